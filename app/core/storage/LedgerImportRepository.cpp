#include "storage/LedgerImportRepository.h"

#include "common/Clock.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

Error writeFailed(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.write_failed"),
                 LedgerImportRepository::tr("The import could not be saved: %1").arg(q.lastError().text())};
}

} // namespace

std::optional<QString> LedgerImportRepository::caseForFingerprint(const QString &fingerprint) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT case_id FROM ledger_import_row WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

Status LedgerImportRepository::recordRow(const QString &fingerprint, const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ledger_import_row (fingerprint, case_id, imported_at) VALUES (?, ?, ?)"));
    q.addBindValue(fingerprint);
    q.addBindValue(caseId);
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return writeFailed(q);
    return {};
}

Status LedgerImportRepository::saveMapping(const QString &name, const QJsonObject &mapping) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ledger_mapping (name, mapping, saved_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, saved_at = excluded.saved_at"));
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    q.addBindValue(Clock::nowUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return writeFailed(q);
    return {};
}

std::optional<QJsonObject> LedgerImportRepository::mapping(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT mapping FROM ledger_mapping WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

QStringList LedgerImportRepository::mappingNames() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM ledger_mapping ORDER BY saved_at DESC, name")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace zt
