#include "storage/SignInAttemptRepository.h"

#include "storage/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt {

SignInAttempts SignInAttemptRepository::load(const QString &username) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT failures, locked_until FROM sign_in_attempts WHERE username = ?"));
    q.addBindValue(username);
    SignInAttempts a;
    if (q.exec() && q.next()) {
        a.failures = q.value(0).toInt();
        if (!q.value(1).isNull())
            a.lockedUntil = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return a;
}

QString SignInAttemptRepository::save(const QString &username, const SignInAttempts &attempts)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO sign_in_attempts (username, failures, locked_until) VALUES (?, ?, ?) "
                             "ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                             "locked_until = excluded.locked_until"));
    q.addBindValue(username);
    q.addBindValue(attempts.failures);
    q.addBindValue(attempts.lockedUntil.isValid() ? QVariant(attempts.lockedUntil.toUTC().toString(Qt::ISODateWithMs))
                                                  : QVariant());
    return q.exec() ? QString() : q.lastError().text();
}

QString SignInAttemptRepository::clear(const QString &username)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("DELETE FROM sign_in_attempts WHERE username = ?"));
    q.addBindValue(username);
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace zt
