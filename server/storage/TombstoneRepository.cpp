#include "storage/TombstoneRepository.h"

#include "storage/ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt::server {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db.failed"), q.lastError().text()};
}

// One number from a query with bound values; 0 for NULL (MAX over nothing).
Result<qint64> scalar(ServerDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Status run(ServerDatabase &db, const QString &sql, const QVariantList &values, qint64 *affected = nullptr)
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    if (affected)
        *affected = q.numRowsAffected();
    return {};
}

} // namespace

Result<qint64> TombstoneRepository::horizon()
{
    QSqlQuery &q = m_db.cached(QStringLiteral("SELECT horizon_seq FROM purge_horizon WHERE singleton = 1"));
    if (!q.exec())
        return sqlError(q);
    const qint64 h = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return h;
}

Result<PurgeOutcome> TombstoneRepository::purge(int olderThanDays, const QDateTime &now)
{
    PurgeOutcome outcome;
    // Marks are ISO UTC strings with milliseconds: their text order is their time order.
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    const QString cutoff = now.toUTC().addDays(-olderThanDays).toString(Qt::ISODateWithMs);
    if (Status s = m_db.beginWrite(); !s)
        return s.error();
    auto fail = [&](const Error &e) -> Result<PurgeOutcome> {
        m_db.rollback();
        return e;
    };
    auto before = horizon();
    if (!before)
        return fail(before.error());
    outcome.horizonBefore = before.value();
    if (Status s = run(m_db, QStringLiteral("INSERT INTO seq_mark (marked_at, last_seq) "
                                            "SELECT ?, last_seq FROM seq_counter WHERE singleton = 1 "
                                            "ON CONFLICT (marked_at) DO NOTHING"),
                       {at});
        !s)
        return fail(s.error());
    auto upTo = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(last_seq), 0) FROM seq_mark WHERE marked_at <= ?"), {cutoff});
    if (!upTo)
        return fail(upTo.error());
    outcome.upTo = upTo.value();
    auto lastRow = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(sv), 0) FROM row_store WHERE deleted = 1 AND sv <= ?"),
                          {outcome.upTo});
    auto lastRevoke = scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM row_revoke WHERE seq <= ?"), {outcome.upTo});
    if (!lastRow || !lastRevoke)
        return fail(!lastRow ? lastRow.error() : lastRevoke.error());
    if (Status s = run(m_db, QStringLiteral("DELETE FROM row_store WHERE deleted = 1 AND sv <= ?"), {outcome.upTo}, &outcome.rows);
        !s)
        return fail(s.error());
    if (Status s = run(m_db, QStringLiteral("DELETE FROM row_revoke WHERE seq <= ?"), {outcome.upTo}, &outcome.revokes); !s)
        return fail(s.error());
    // Only as high as what was removed: a PC whose cursor is past every purged tombstone missed
    // nothing and pulls on as before.
    outcome.horizon = std::max({outcome.horizonBefore, lastRow.value(), lastRevoke.value()});
    if (Status s = run(m_db, QStringLiteral("UPDATE purge_horizon SET horizon_seq = ?, purged_at = ? WHERE singleton = 1"),
                       {outcome.horizon, at});
        !s)
        return fail(s.error());
    // The marks older than the one used are never needed again (the cut-off only moves forward).
    if (Status s = run(m_db, QStringLiteral("DELETE FROM seq_mark WHERE last_seq < ? AND marked_at < ?"), {outcome.upTo, cutoff}); !s)
        return fail(s.error());
    if (Status s = m_db.commit(); !s)
        return fail(s.error());
    return outcome;
}

} // namespace zt::server
