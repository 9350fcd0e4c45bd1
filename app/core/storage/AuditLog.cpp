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

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QList<AuditEntry> out;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT seq, occurred_at, user_id, action, tbl, row_id, detail FROM audit_log "
                             "ORDER BY seq DESC LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    return out;
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
