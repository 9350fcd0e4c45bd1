#include "storage/AuditLog.h"

#include "common/Clock.h"
#include "storage/Store.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));
}

QString AuditLog::chainHash(const QString &prevHash, const AuditEntry &e)
{
    const QStringList parts{prevHash, QString::number(e.seq), e.occurredAt.toString(Qt::ISODateWithMs),
                            e.userId, e.action, e.table, e.rowId, e.detail};
    // Unit separators keep ("ab","c") and ("a","bc") apart.
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const QString &action, const QString &table, const QString &rowId, const QString &detail)
{
    QSqlDatabase db = m_store.db();
    QSqlQuery q(db);
    // The read of the last hash and the insert must not interleave with another writer.
    const bool ownTx = q.exec(QStringLiteral("SAVEPOINT audit_append"));
    QString prev = kGenesis;
    qint64 seq = 1;
    if (q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next()) {
        seq = q.value(0).toLongLong() + 1;
        prev = q.value(1).toString();
    }
    q.finish();
    AuditEntry e{seq, Clock::nowUtc(), m_store.currentUserId(), action, table, rowId, detail};
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, occurred_at, user_id, action, tbl, row_id, detail, "
                                  "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)"));
    insert.addBindValue(e.seq);
    insert.addBindValue(e.occurredAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(e.userId.isEmpty() ? QVariant() : e.userId);
    insert.addBindValue(e.action);
    // An empty QString would bind as NULL; these columns hold '' instead.
    insert.addBindValue(QString(e.table.isNull() ? QStringLiteral("") : e.table));
    insert.addBindValue(QString(e.rowId.isNull() ? QStringLiteral("") : e.rowId));
    insert.addBindValue(QString(e.detail.isNull() ? QStringLiteral("") : e.detail));
    insert.addBindValue(prev);
    insert.addBindValue(chainHash(prev, e));
    const bool ok = insert.exec();
    const QString error = insert.lastError().text();
    if (ownTx) {
        // ROLLBACK TO keeps the savepoint open; RELEASE ends it, or the connection stays in a transaction.
        if (!ok)
            q.exec(QStringLiteral("ROLLBACK TO audit_append"));
        q.exec(QStringLiteral("RELEASE audit_append"));
    }
    if (!ok)
        return Error{QStringLiteral("audit.failed"), tr("The audit log could not be written: %1").arg(error)};
    return {};
}

namespace {
// Rows of "SELECT seq, occurred_at, user_id, action, tbl, row_id, detail".
QList<AuditEntry> readEntries(QSqlQuery &q)
{
    QList<AuditEntry> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    return out;
}
} // namespace

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT seq, occurred_at, user_id, action, tbl, row_id, detail FROM audit_log "
                             "ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    return readEntries(q);
}

QList<AuditEntry> AuditLog::search(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.userId.isEmpty()) {
        where << QStringLiteral("user_id = ?");
        binds << filter.userId;
    }
    if (!filter.action.isEmpty()) {
        where << QStringLiteral("action = ?");
        binds << filter.action;
    }
    // Stored in UTC; the days the user picks are local days.
    if (filter.from.isValid()) {
        where << QStringLiteral("occurred_at >= ?");
        binds << QDateTime(filter.from, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("occurred_at < ?");
        binds << QDateTime(filter.to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
    }
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, occurred_at, user_id, action, tbl, row_id, detail FROM audit_log %1 "
                             "ORDER BY seq DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(filter.limit);
    return readEntries(q);
}

QStringList AuditLog::actions() const
{
    QStringList out;
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QStringList AuditLog::userIds() const
{
    QStringList out;
    QSqlQuery q(m_store.db());
    if (q.exec(QStringLiteral("SELECT DISTINCT user_id FROM audit_log WHERE user_id IS NOT NULL ORDER BY user_id")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QHash<QString, QDateTime> AuditLog::latestPerRow(const QString &action) const
{
    QHash<QString, QDateTime> out;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT row_id, max(occurred_at) FROM audit_log WHERE action = ? AND row_id <> '' "
                             "GROUP BY row_id"));
    q.addBindValue(action);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
    return out;
}

qint64 AuditLog::firstRemovedNewestEntry() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'), "
                               "(SELECT max(seq) FROM audit_log)"))
        || !q.next() || q.value(0).isNull())
        return 0;
    const qint64 highestWritten = q.value(0).toLongLong();
    const qint64 last = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    return highestWritten > last ? last + 1 : 0;
}

qint64 AuditLog::firstBrokenEntry() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT seq, occurred_at, user_id, action, tbl, row_id, detail, prev_hash, hash "
                          "FROM audit_log ORDER BY seq"));
    QString prev = kGenesis;
    qint64 expectedSeq = 0;
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()};
        // A gap in seq means an entry was removed.
        if ((expectedSeq && e.seq != expectedSeq) || q.value(7).toString() != prev || q.value(8).toString() != chainHash(prev, e))
            return e.seq;
        prev = q.value(8).toString();
        expectedSeq = e.seq + 1;
    }
    return 0;
}

} // namespace zt
