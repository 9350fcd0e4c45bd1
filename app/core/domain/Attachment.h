#pragma once
// Metadata of a photo, scan, voice note or video; the bytes live by content hash outside the rows.

#include "domain/SyncMeta.h"

#include <QDateTime>

namespace zt {

struct Attachment
{
    QString id;
    QString stationId;
    QString ownerTable;    // cases, visit, case_event, deputy
    QString ownerId;
    QString sha256;
    QString fileName;
    QString mimeType = QStringLiteral("application/octet-stream");
    qint64 sizeBytes = 0;
    QString kind = QStringLiteral("file");
    QDateTime createdAt;
    SyncMeta meta;
};

} // namespace zt
