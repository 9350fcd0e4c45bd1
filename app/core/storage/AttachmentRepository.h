#pragma once
// Reads and writes attachment rows (Attachment).

#include "domain/Attachment.h"
#include "storage/Repository.h"

namespace zt {

class AttachmentRepository : public Repository<Attachment, AttachmentRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("attachment"); }
    static QVariantMap toFields(const Attachment &row);
    static Attachment fromRecord(const QSqlRecord &record);

    QList<Attachment> listForOwner(const QString &ownerTable, const QString &ownerId) const;
};

} // namespace zt
