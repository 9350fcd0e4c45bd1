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
#include <QSqlQuery>
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
        return server;
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
    SyncTestBackend m_backend;
    int m_databases = 0;
};

} // namespace zt::test
