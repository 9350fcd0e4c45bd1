#pragma once
// A fresh store in a temporary directory for one test function, set up for a station.

#include "domain/User.h"
#include "storage/Store.h"

#include <QTemporaryDir>
#include <memory>

namespace zt::test {

class TestStore
{
public:
    // Creates <tmp>/store.sqlite at the latest schema, with a station (code 330203006) and this
    // device bound to it with letter A.
    TestStore();
    Store &store() { return *m_store; }
    Store *operator->() { return m_store.get(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString stationId() const { return m_stationId; }
    // Close and reopen the store from disk.
    void reopen();
    void close() { m_store.reset(); }

    // An account of this station with the role (a Role code), signed-in name = display name = username;
    // its password hash is not a real one (tests that sign in make their accounts through UserAdmin).
    User addUser(const QString &username, const QString &role);

    // Rows of one table / pending outbox rows, for assertions.
    int count(const QString &table, const QString &where = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_stationId;
};

} // namespace zt::test
