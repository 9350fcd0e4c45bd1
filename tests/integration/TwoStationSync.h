#pragma once
// What the two-station sync tests share (tst_syncmovedcase, tst_syncfirstrun): a PC with its own store
// (SyncPc) and a fresh zhitongche-server with district 330203, stations 330203006 and 330203007 and the
// accounts station6, station7 and district (TwoStationServer), over real HTTPS with a CA the test makes,
// on the back-end ZT_SYNC_BACKEND names.

#include "StoreRows.h"
#include "SyncTestBackend.h"

#include "common/Uuid7.h"
#include "storage/AttachmentRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncClient.h"
#include "workflow/AttachmentStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QTemporaryDir>
#include <memory>

namespace zt::test {

inline const QString kPassword = QStringLiteral("correct horse 1");
inline const QString kStationCode = QStringLiteral("330203006");
inline const QString kOtherStationCode = QStringLiteral("330203007");

// One PC: its own store file.
class SyncPc
{
public:
    SyncPc(const QString &stationId, QChar letter, bool createStation, const QString &code = kStationCode)
        : m_stationId(stationId)
    {
        auto opened = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        if (!opened)
            qFatal("cannot open store: %s", qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        if (createStation
            && insert(QStringLiteral("station"), stationId,
                      {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("联络站 %1").arg(code)},
                       {QStringLiteral("division_code"), code}})
                   .isEmpty())
            qFatal("cannot create station");
        if (!m_store->setUpDevice(stationId, letter))
            qFatal("cannot set up device");
        m_sync = std::make_unique<SyncClient>(*m_store);
    }
    Store &store() { return *m_store; }
    SyncClient &sync() { return *m_sync; }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    // A row of this PC's station; returns its id (empty when the write failed).
    QString insert(const QString &table, QString id, QVariantMap fields)
    {
        if (id.isEmpty())
            id = Uuid7::generate();
        fields.insert(QStringLiteral("station_id"), m_stationId);
        WriteTransaction tx(*m_store);
        return tx.insert(table, id, fields) && tx.commit() ? id : QString();
    }
    QString attach(const QString &caseId, const QByteArray &bytes)
    {
        const QString source = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        auto imported = AttachmentStore(*m_store).importFile(source);
        if (!imported)
            return {};
        Attachment a = imported.value();
        a.stationId = m_stationId;
        a.ownerTable = QStringLiteral("cases");
        a.ownerId = caseId;
        WriteTransaction tx(*m_store);
        if (!AttachmentRepository(*m_store).insert(tx, a) || !tx.commit())
            return {};
        return a.id;
    }
    // A case or a department as the forms make them (the case's number from its id: unique, no allocator).
    QString newCase(const QString &title)
    {
        const QString id = Uuid7::generate();
        return insert(QStringLiteral("cases"), id,
                      {{QStringLiteral("case_no"), QStringLiteral("T-") + id.right(12)},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("channel"), QStringLiteral("walk_in")},
                       {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                       {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}});
    }
    QString newDepartment(const QString &name) { return insert(QStringLiteral("department"), {}, {{QStringLiteral("name"), name}}); }
    bool edit(const QString &table, const QString &id, const QVariantMap &fields)
    {
        WriteTransaction tx(*m_store);
        return tx.update(table, id, fields) && tx.commit();
    }
    QVariant value(const QString &table, const QString &id, const QString &column) const
    {
        QSqlQuery q(m_store->db());
        q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = '%3'").arg(column, table, id));
        return q.next() ? q.value(0) : QVariant();
    }
    QVariantMap row(const QString &table, const QString &id) const { return StoreRows::all(m_store->db(), table).value(id); }
    // Every row of a table, every column, keyed by id: what "converged" compares.
    QMap<QString, QVariantMap> rows(const QString &table) const { return StoreRows::all(m_store->db(), table); }
    int count(const QString &sql) const { return StoreRows::count(m_store->db(), sql); }

private:
    QTemporaryDir m_dir;
    QString m_stationId;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncClient> m_sync;
};

// The server side of a test: the CA, the PostgreSQL cluster when that is the back-end, a fresh
// database for every server started.
class TwoStationServer
{
public:
    // In initTestCase: the CA, and the cluster when ZT_SYNC_BACKEND is postgresql; empty or the error.
    QString init()
    {
        QString error;
        m_backend.start(&error);
        return error;
    }
    void stop() { m_backend.stop(); }
    QString caFile() const { return m_backend.ca().caFile(); }
    bool postgres() const { return m_backend.postgres(); }

    // A fresh server with district 330203, stations 330203006 and 330203007, accounts station6,
    // station7 and district; its access tokens last accessTokenSeconds.
    std::unique_ptr<ServerProcess> start(const QString &stationId, const QString &otherStationId, int accessTokenSeconds = 900)
    {
        ServerSetup setup = m_backend.serverSetup(QStringLiteral("server_%1").arg(++m_databases));
        setup.accessTokenSeconds = accessTokenSeconds;
        auto server = std::make_unique<ServerProcess>(setup);
        const QStringList script{
            QStringLiteral("district add --code 330203 --name 海曙区"),
            QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, stationId),
            QStringLiteral("station add --code %1 --name 南门街道 --district 330203 --id %2").arg(kOtherStationCode, otherStationId),
            QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword),
            QStringLiteral("account add --username station7 --kind station --scope %1 --password \"%2\"").arg(kOtherStationCode, kPassword),
            QStringLiteral("account add --username district --kind district --scope 330203 --password \"%1\"").arg(kPassword)};
        QString error;
        if (!SyncTestBackend::runAdminScript(*server, setup, script, &error))
            qWarning("admin script failed: %s", qPrintable(error));
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        m_setups.insert(server.get(), setup);
        return server;
    }

    // Changes columns of a stored row straight in the server's database, as a server before decision 34
    // took such a change (a row naming another station's row, which the push now refuses): the row gets
    // a new version from the server's sequence, the changed columns are marked changed at it, and every
    // PC pulls it as any change. The server may run meanwhile (nothing else may push at that moment).
    bool writeLegacyChange(const ServerProcess &server, const QString &table, const QString &rowId, const QJsonObject &changes)
    {
        const ServerSetup setup = m_setups.value(&server);
        const QString name = QStringLiteral("legacy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = false;
        {
            QSqlDatabase d = QSqlDatabase::addDatabase(setup.postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
            if (setup.postgres) {
                d.setHostName(QStringLiteral("127.0.0.1"));
                d.setPort(setup.pgPort);
                d.setDatabaseName(setup.pgDatabase);
                d.setUserName(QStringLiteral("postgres"));
            } else {
                d.setDatabaseName(QDir(setup.dir).filePath(QStringLiteral("server.sqlite")));
                d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            }
            ok = d.open() && writeChange(d, table, rowId, changes);
            if (!ok)
                qWarning("legacy write failed: %s", qPrintable(d.lastError().text()));
            d.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    bool enrol(SyncPc &client, const ServerProcess &server, const QString &user) { return enrol(client, server.url(), user); }
    // Through another address (a FaultProxy in front of the server).
    bool enrol(SyncPc &client, const QString &url, const QString &user)
    {
        if (Status s = client.sync().configure(QUrl(url), caFile()); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        if (Status s = client.sync().enrol(user, kPassword); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return false;
        }
        return true;
    }

    static bool syncOk(SyncPc &client)
    {
        auto r = client.sync().syncOnce();
        if (!r)
            qWarning("sync failed: %s (%s)", qPrintable(r.error().message), qPrintable(r.error().code));
        return r.ok();
    }

private:
    static bool writeChange(QSqlDatabase &d, const QString &table, const QString &rowId, const QJsonObject &changes)
    {
        QSqlQuery q(d);
        if (!d.transaction())
            return false;
        auto fail = [&] {
            qWarning("legacy write: %s", qPrintable(q.lastError().text()));
            d.rollback();
            return false;
        };
        if (!q.exec(QStringLiteral("UPDATE seq_counter SET last_seq = last_seq + 1 WHERE singleton = 1"))
            || !q.exec(QStringLiteral("SELECT last_seq FROM seq_counter WHERE singleton = 1")) || !q.next())
            return fail();
        const qint64 seq = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT data, field_sv FROM row_store WHERE tbl = ? AND row_id = ?"));
        q.addBindValue(table);
        q.addBindValue(rowId);
        if (!q.exec() || !q.next())
            return fail();
        QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        QJsonObject fieldSv = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        q.finish();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            data.insert(it.key(), it.value());
            fieldSv.insert(it.key(), seq);
        }
        q.prepare(QStringLiteral("UPDATE row_store SET sv = ?, data = ?, field_sv = ? WHERE tbl = ? AND row_id = ?"));
        q.addBindValue(seq);
        q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        q.addBindValue(QString::fromUtf8(QJsonDocument(fieldSv).toJson(QJsonDocument::Compact)));
        q.addBindValue(table);
        q.addBindValue(rowId);
        if (!q.exec())
            return fail();
        return d.commit();
    }

    SyncTestBackend m_backend;
    int m_databases = 0;
    QHash<const ServerProcess *, ServerSetup> m_setups;
};

} // namespace zt::test
