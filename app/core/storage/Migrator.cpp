#include "storage/Migrator.h"

#include "storage/CaseSearchIndex.h"
#include "storage/SqliteHandle.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace zt {

QList<Migration> Migrator::available()
{
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/sql/client"));
        for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto m = re.match(file);
            if (!m.hasMatch())
                continue;
            list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
        }
        std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Migrator::migrate(const QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const int from = currentVersion(db);
    if (from < 0)
        return Error{QStringLiteral("store.unreadable"), tr("The schema version of the store cannot be read.")};
    // The search index's migration names the tokenizer and the trigger switch; any connection that migrates
    // needs them, not only those Database opened.
    if (from < targetVersion)
        CaseSearchIndex::registerOn(SqliteHandle::of(db));
    for (const Migration &m : available()) {
        if (m.version <= from || m.version > targetVersion)
            continue;
        QFile file(m.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("migration.missing"), tr("Migration %1 is missing from the program.").arg(m.version)};
        const QString script = QString::fromUtf8(file.readAll());
        // One transaction per migration: a failure leaves the store at the previous version.
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;\n%1\n;PRAGMA user_version = %2;\nCOMMIT;")
                                .arg(script)
                                .arg(m.version);
        const QString error = SqliteHandle::execScript(db, sql);
        if (!error.isEmpty()) {
            SqliteHandle::execScript(db, QStringLiteral("ROLLBACK;"));
            return Error{QStringLiteral("migration.failed"),
                         tr("Updating the store to version %1 (%2) failed: %3").arg(m.version).arg(m.name, error)};
        }
    }
    return {};
}

} // namespace zt
