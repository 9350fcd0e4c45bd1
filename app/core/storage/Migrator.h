#pragma once
// Applies the numbered migration scripts embedded from sql/client, each in its own transaction,
// keeping the schema version in PRAGMA user_version.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace zt {

struct Migration
{
    int version = 0;
    QString name;
    QString resourcePath;
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    static QList<Migration> available();
    static int latestVersion();
    static int currentVersion(const QSqlDatabase &db);
    // Migrates up to targetVersion (default: the latest). Stops at the first failure, leaving the
    // store at the last migration that committed.
    static Status migrate(const QSqlDatabase &db, int targetVersion = -1);
};

} // namespace zt
