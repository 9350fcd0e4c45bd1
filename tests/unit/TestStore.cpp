#include "TestStore.h"

#include "common/Uuid7.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

namespace zt::test {

TestStore::TestStore()
{
    auto opened = Store::open(path());
    if (!opened)
        qFatal("cannot open test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    m_stationId = Uuid7::generate();
    WriteTransaction tx(*m_store);
    Status s = tx.insert(QStringLiteral("station"), m_stationId,
                         {{QStringLiteral("station_id"), m_stationId},
                          {QStringLiteral("code"), QStringLiteral("330203006")},
                          {QStringLiteral("name"), QStringLiteral("白云街道人大代表联络站")},
                          {QStringLiteral("division_code"), QStringLiteral("330203006")}});
    if (!s || !tx.commit())
        qFatal("cannot create test station");
    if (!m_store->setUpDevice(m_stationId, QLatin1Char('A')))
        qFatal("cannot set up device");
}

void TestStore::reopen()
{
    m_store.reset();
    auto opened = Store::open(path());
    if (!opened)
        qFatal("cannot reopen test store: %s", qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

User TestStore::addUser(const QString &username, const QString &role)
{
    User u;
    u.username = username;
    u.displayName = username;
    u.role = role;
    u.passwordHash = QStringLiteral("$argon2id$not-used-here");
    u.stationId = m_stationId;
    WriteTransaction tx(*m_store);
    if (!UserRepository(*m_store).insert(tx, u) || !tx.commit())
        qFatal("cannot add user %s", qPrintable(username));
    return u;
}

int TestStore::count(const QString &table, const QString &where) const
{
    QSqlQuery q(m_store->db());
    q.exec(QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace zt::test
