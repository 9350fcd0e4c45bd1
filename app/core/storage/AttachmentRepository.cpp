#include "storage/AttachmentRepository.h"

#include "storage/RecordReader.h"

namespace zt {

QVariantMap AttachmentRepository::toFields(const Attachment &row)
{
    return {{QStringLiteral("station_id"), row.stationId},
            {QStringLiteral("owner_table"), row.ownerTable},
            {QStringLiteral("owner_id"), row.ownerId},
            {QStringLiteral("sha256"), row.sha256},
            {QStringLiteral("file_name"), row.fileName},
            {QStringLiteral("mime_type"), row.mimeType},
            {QStringLiteral("size_bytes"), row.sizeBytes},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("created_at"), timestamp(row.createdAt)}};
}

Attachment AttachmentRepository::fromRecord(const QSqlRecord &record)
{
    const RecordReader r(record);
    Attachment a;
    a.id = r.text("id");
    a.stationId = r.text("station_id");
    a.ownerTable = r.text("owner_table");
    a.ownerId = r.text("owner_id");
    a.sha256 = r.text("sha256");
    a.fileName = r.text("file_name");
    a.mimeType = r.text("mime_type");
    a.sizeBytes = r.integer("size_bytes");
    a.kind = r.text("kind");
    a.createdAt = r.dateTime("created_at");
    a.meta = r.meta();
    return a;
}

QList<Attachment> AttachmentRepository::listForOwner(const QString &ownerTable, const QString &ownerId) const
{
    return select(QStringLiteral("WHERE owner_table = ? AND owner_id = ? AND deleted = 0 ORDER BY created_at"),
                  {ownerTable, ownerId});
}

} // namespace zt
