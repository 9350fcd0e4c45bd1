// The row store's batch statements (server/storage/RowStore), on the back-end named by ZT_SYNC_BACKEND
// (sqlite, or postgresql in a private cluster). On PostgreSQL each batch statement binds one array per
// column (decision 38): every text must come back exactly as it went in, whatever array_in and Qt's
// quoting would make of it (quotes, backslashes, braces, commas, the words NULL and null, empty
// strings, Chinese, emoji, line breaks), and a null id or number asked for must match nothing (not
// the text "NULL"). Updates and inserts in one statement, numbers asked twice and ids that are not stored are
// the other edges the array forms touch. The pushes' own path (an insert updated in the same batch,
// a replayed batch) is tst_syncpushforms, on both back-ends too.

#include "SyncTestBackend.h"

#include "ServerConfig.h"
#include "common/Uuid7.h"
#include "storage/RowStore.h"
#include "storage/ServerDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace zt;
using namespace zt::server;
using namespace zt::test;

namespace {

// Texts that an array literal, a Qt string constant or a JSON text could each get wrong.
const QStringList kAwkwardTexts{
    QStringLiteral(""),
    QStringLiteral("NULL"),
    QStringLiteral("null"),
    QStringLiteral("引号\"反斜杠\\尾\\"),
    QStringLiteral("{a,b},\"c\"}"),
    QStringLiteral("it's 'quoted' ''twice''"),
    QStringLiteral(" leading and trailing spaces "),
    QStringLiteral("换行\n制表\t回车\r"),
    QStringLiteral("😀 emoji 民意直通车 é"),
    QStringLiteral("\\N $1 ? :name E'\\x41'"),
};

} // namespace

class tst_SyncRowStore : public QObject
{
    Q_OBJECT

    SyncTestBackend m_backend;
    std::unique_ptr<ServerDatabase> m_db;
    int m_databases = 0;

    static StoredRow row(const QString &station, qint64 sv, const QJsonObject &data)
    {
        StoredRow r;
        r.stationId = station;
        r.sv = sv;
        r.data = data;
        for (auto it = data.begin(); it != data.end(); ++it)
            r.fieldSv.insert(it.key(), sv);
        r.fieldBy.insert(QStringLiteral("title"), QStringLiteral("device \"1\""));
        return r;
    }

    static ServerConfig configFor(const ServerSetup &setup)
    {
        ServerConfig config;
        if (setup.postgres) {
            config.databaseKind = QStringLiteral("postgresql");
            config.pgPort = setup.pgPort;
            config.pgDatabase = setup.pgDatabase;
        } else {
            config.sqlitePath = setup.dir + QStringLiteral("/server.sqlite");
        }
        return config;
    }

    bool write(const std::function<Status(RowStore &)> &work)
    {
        RowStore rows(*m_db);
        if (!m_db->beginWrite())
            return false;
        if (Status s = work(rows); !s) {
            qWarning("%s", qPrintable(s.error().message));
            m_db->rollback();
            return false;
        }
        return bool(m_db->commit());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        const ServerSetup setup = m_backend.serverSetup(QStringLiteral("rowstore%1").arg(++m_databases), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServerConfig config = configFor(setup);
        auto opened = ServerDatabase::open(config);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_db = std::move(opened.value());
    }

    void cleanup() { m_db.reset(); }
    void cleanupTestCase() { m_backend.stop(); }

    void awkwardTextsComeBackAsTheyWent()
    {
        const QString station = QStringLiteral("station \"A\", {1}");
        QList<std::pair<std::pair<QString, QString>, StoredRow>> rows;
        QList<RowStore::RowText> texts;
        QStringList ids;
        qint64 sv = 0;
        for (const QString &text : kAwkwardTexts) {
            const QString id = QStringLiteral("id ") + text; // row ids are free text to the store
            ids << id;
            const StoredRow r = row(station, ++sv, {{QStringLiteral("title"), text}, {QStringLiteral("note"), QJsonValue::Null}});
            rows.append({{QStringLiteral("cases"), id}, r});
            // Half the rows come with their JSON text (as a scanned insert has it), half as objects.
            texts.append(sv % 2 ? RowStore::RowText{QJsonDocument(r.data).toJson(QJsonDocument::Compact), {}, {}, {}} : RowStore::RowText{});
        }
        QVERIFY(write([&](RowStore &store) { return store.putMany(rows, texts); }));

        RowStore store(*m_db);
        auto found = store.findMany(QStringLiteral("cases"), ids + QStringList{QStringLiteral("not stored"), QString()});
        QVERIFY(found);
        QCOMPARE(found->size(), kAwkwardTexts.size());
        for (const auto &[key, expected] : std::as_const(rows)) {
            QVERIFY2(found->contains(key.second), qPrintable(key.second));
            const StoredRow &got = found->value(key.second);
            QCOMPARE(got.stationId, station);
            QCOMPARE(got.sv, expected.sv);
            QCOMPARE(got.deleted, false);
            QCOMPARE(got.data, expected.data);
            QVERIFY(got.data.value(QStringLiteral("note")).isNull());
            QCOMPARE(got.fieldSv, expected.fieldSv);
            QCOMPARE(got.fieldBy, expected.fieldBy);
        }
        auto stations = store.stationsOf(QStringLiteral("cases"), ids + QStringList{QStringLiteral("not stored")});
        QVERIFY(stations);
        QCOMPARE(stations->size(), kAwkwardTexts.size());
        QCOMPARE(stations->value(ids.at(3)), station);
    }

    // A row a push created is stored with field_sv / field_by saying "every column at this version,
    // by this device" (decision 49); the push's conflict checks read full objects, one entry a column.
    void aNewRowsCompactFieldTextsComeBackAsOneEntryAColumn()
    {
        const QString device = QStringLiteral("device \"1\" 民意");
        const QJsonObject data{{QStringLiteral("title"), QStringLiteral("路灯")},
                               {QStringLiteral("note"), QJsonValue::Null},
                               {QStringLiteral("hlc"), QStringLiteral("0001-00000-dev")},
                               {QStringLiteral("updated_by"), QJsonValue::Null}};
        StoredRow created;
        created.stationId = QStringLiteral("s1");
        created.sv = 7;
        created.data = data;
        const RowStore::RowText text{QJsonDocument(data).toJson(QJsonDocument::Compact), StoredRow::createdFieldSv(7),
                                     StoredRow::createdFieldBy(device), {}};
        // A column changed later is listed beside the "*" (the full form written after an update
        // has no "*" at all; both read the same way).
        StoredRow changed = created;
        changed.sv = 9;
        const RowStore::RowText changedText{text.data, QByteArrayLiteral("{\"*\":7,\"title\":9}"), text.fieldBy, {}};
        QVERIFY(write([&](RowStore &store) {
            return store.putMany({{{QStringLiteral("cases"), QStringLiteral("new")}, created},
                                  {{QStringLiteral("cases"), QStringLiteral("changed")}, changed}},
                                 {text, changedText});
        }));
        const QJsonObject everyColumnAt7{{QStringLiteral("title"), 7}, {QStringLiteral("note"), 7}};
        const QJsonObject everyColumnByDevice{{QStringLiteral("title"), device}, {QStringLiteral("note"), device}};
        RowStore store(*m_db);
        auto one = store.find(QStringLiteral("cases"), QStringLiteral("new"));
        QVERIFY(one && one->has_value());
        QCOMPARE(one->value().data, data);
        QCOMPARE(one->value().fieldSv, everyColumnAt7);
        QCOMPARE(one->value().fieldBy, everyColumnByDevice);
        auto many = store.findMany(QStringLiteral("cases"), {QStringLiteral("new"), QStringLiteral("changed")});
        QVERIFY2(many, many ? "" : qPrintable(many.error().message));
        QCOMPARE(many->value(QStringLiteral("new")).fieldSv, everyColumnAt7);
        QCOMPARE(many->value(QStringLiteral("new")).fieldBy, everyColumnByDevice);
        QCOMPARE(many->value(QStringLiteral("changed")).fieldSv,
                 QJsonObject({{QStringLiteral("title"), 9}, {QStringLiteral("note"), 7}}));
    }

    void updatesAndInsertsInOneStatement()
    {
        const QString station = QStringLiteral("s1");
        QVERIFY(write([&](RowStore &store) {
            return store.putMany({{{QStringLiteral("cases"), QStringLiteral("a")}, row(station, 1, {{QStringLiteral("title"), QStringLiteral("old")}})}});
        }));
        StoredRow updated = row(QStringLiteral("s2"), 2, {{QStringLiteral("title"), QStringLiteral("新 \"title\"")}});
        updated.deleted = true;
        QVERIFY(write([&](RowStore &store) {
            return store.putMany({{{QStringLiteral("cases"), QStringLiteral("a")}, updated},
                                  {{QStringLiteral("visit"), QStringLiteral("a")}, row(station, 3, {{QStringLiteral("summary"), QStringLiteral("x")}})},
                                  {{QStringLiteral("cases"), QStringLiteral("b")}, row(station, 4, {})}});
        }));
        RowStore store(*m_db);
        auto cases = store.findMany(QStringLiteral("cases"), {QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(cases);
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->value(QStringLiteral("a")).stationId, QStringLiteral("s2"));
        QCOMPARE(cases->value(QStringLiteral("a")).sv, qint64(2));
        QCOMPARE(cases->value(QStringLiteral("a")).deleted, true);
        QCOMPARE(cases->value(QStringLiteral("a")).data, updated.data);
        QCOMPARE(cases->value(QStringLiteral("b")).data, QJsonObject());
        auto visits = store.findMany(QStringLiteral("visit"), {QStringLiteral("a")});
        QVERIFY(visits);
        QCOMPARE(visits->value(QStringLiteral("a")).sv, qint64(3));
        // Nothing asked, nothing written: no statement fails on an empty array.
        QVERIFY(write([&](RowStore &s) { return s.putMany({}); }));
        QVERIFY(write([&](RowStore &s) { return s.logMutations(QStringLiteral("d"), {}); }));
        auto none = store.findMany(QStringLiteral("cases"), {});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    // Decision 41: a bootstrap's first page analyses row_store on PostgreSQL when its statistics are
    // from before a big push (the planner then sorted the whole table for every page); not again while
    // they are fresh; never on SQLite. The server's statistics counters arrive within a second or so.
    void staleStatisticsAreRefreshedBeforeABootstrap()
    {
        RowStore store(*m_db);
        if (!m_backend.postgres()) {
            auto analysed = store.refreshStaleStatistics();
            QVERIFY(analysed);
            QVERIFY(!analysed.value());
            return;
        }
        {
            // Only the code under test analyses here (autovacuum could too, on its own round).
            QSqlQuery off(m_db->db());
            QVERIFY(off.exec(QStringLiteral("ALTER TABLE row_store SET (autovacuum_enabled = false)")));
        }
        QList<std::pair<std::pair<QString, QString>, StoredRow>> rows;
        for (int i = 0; i < 3000; ++i)
            rows.append({{QStringLiteral("cases"), QStringLiteral("row-%1").arg(i)}, row(QStringLiteral("s1"), i + 1, {{QStringLiteral("title"), QStringLiteral("t")}})});
        QVERIFY(write([&](RowStore &s) { return s.putMany(rows); }));
        bool analysed = false; // QTRY evaluates its expression once more at the end: keep the first yes
        QTRY_VERIFY_WITH_TIMEOUT(analysed = analysed || store.refreshStaleStatistics().value(), 15'000);
        QSqlQuery q(m_db->db());
        QVERIFY(q.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'row_store'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 3000.0); // the planner now knows the table's size
        q.finish();
        // Fresh now: a second bootstrap does not analyse again.
        QTest::qWait(1500);
        auto again = store.refreshStaleStatistics();
        QVERIFY(again);
        QVERIFY(!again.value());
    }

    void caseNumbersAreFoundOncePerRow()
    {
        const QString station = QStringLiteral("s1");
        const QString awkward = QStringLiteral("330203006-2026-\"A\\0001\"'");
        QVERIFY(write([&](RowStore &store) {
            return store.putMany({{{QStringLiteral("cases"), QStringLiteral("c1")}, row(station, 1, {{QStringLiteral("case_no"), awkward}})},
                                  {{QStringLiteral("cases"), QStringLiteral("c2")},
                                   row(station, 2, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0002")}})},
                                  {{QStringLiteral("cases"), QStringLiteral("c3")},
                                   row(QStringLiteral("s2"), 3, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0002")}})},
                                  {{QStringLiteral("visit"), QStringLiteral("v1")},
                                   row(station, 4, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0003")}})}});
        }));
        RowStore store(*m_db);
        auto found = store.caseRowsNumberedMany(station, {awkward, QStringLiteral("330203006-2026-A0002"), awkward,
                                                          QStringLiteral("330203006-2026-A0003"), QStringLiteral("NULL"), QString()});
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->value(awkward), QStringList{QStringLiteral("c1")}); // asked twice, found once
        QCOMPARE(found->value(QStringLiteral("330203006-2026-A0002")), QStringList{QStringLiteral("c2")});
    }

    // Decision 51: a case's number is a column the server fills from the row it writes, whichever form
    // the row came in (its object; only its text, as a scanned insert; one row by put()), and a
    // renumbered case is found by its new number only.
    void caseNumbersFollowEveryWayARowIsWritten()
    {
        const QString station = QStringLiteral("s1");
        StoredRow textOnly;
        textOnly.stationId = station;
        textOnly.sv = 2;
        const QByteArray text = QByteArrayLiteral("{\"case_no\":\"330203006-2026-B0002\",\"title\":\"路灯\"}");
        QVERIFY(write([&](RowStore &store) {
            return store.putMany({{{QStringLiteral("cases"), QStringLiteral("c1")},
                                   row(station, 1, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-B0001")}})},
                                  {{QStringLiteral("cases"), QStringLiteral("c2")}, textOnly}},
                                 {RowStore::RowText{},
                                  RowStore::RowText{text, StoredRow::createdFieldSv(2), StoredRow::createdFieldBy(QStringLiteral("d")),
                                                    QStringLiteral("330203006-2026-B0002")}});
        }));
        QVERIFY(write([&](RowStore &store) {
            return store.put(QStringLiteral("cases"), QStringLiteral("c3"),
                             row(station, 3, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-B0003")}}));
        }));
        RowStore store(*m_db);
        auto found = store.caseRowsNumberedMany(station, {QStringLiteral("330203006-2026-B0001"), QStringLiteral("330203006-2026-B0002"),
                                                          QStringLiteral("330203006-2026-B0003")});
        QVERIFY(found);
        QCOMPARE(found->value(QStringLiteral("330203006-2026-B0001")), QStringList{QStringLiteral("c1")});
        QCOMPARE(found->value(QStringLiteral("330203006-2026-B0002")), QStringList{QStringLiteral("c2")});
        QCOMPARE(found->value(QStringLiteral("330203006-2026-B0003")), QStringList{QStringLiteral("c3")});

        // Renumbered (an update of the row, as the push writes it): the old number is free again.
        QVERIFY(write([&](RowStore &s) {
            return s.putMany({{{QStringLiteral("cases"), QStringLiteral("c1")},
                               row(station, 4, {{QStringLiteral("case_no"), QStringLiteral("330203006-2026-B0009")}})}});
        }));
        auto old = store.caseRowsNumbered(station, QStringLiteral("330203006-2026-B0001"));
        QVERIFY(old);
        QVERIFY(old->isEmpty());
        auto renumbered = store.caseRowsNumbered(station, QStringLiteral("330203006-2026-B0009"));
        QVERIFY(renumbered);
        QCOMPARE(renumbered.value(), QStringList{QStringLiteral("c1")});
    }

    // Migration 0005 fills the case number column of the rows an older server wrote (their number only
    // in the data text), so that a push after the upgrade still meets the numbers they took.
    void rowsWrittenBeforeTheCaseNumberColumnKeepTheirNumbers()
    {
        m_db.reset();
        QString error;
        const ServerSetup setup = m_backend.serverSetup(QStringLiteral("rowstore%1").arg(++m_databases), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServerConfig config = configFor(setup);
        {
            auto before = ServerDatabase::open(config, 4);
            QVERIFY2(before, before ? "" : qPrintable(before.error().message));
            QCOMPARE(before.value()->schemaVersion(), 4);
            // As the server before decision 51 wrote them.
            QSqlQuery q(before.value()->db());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO row_store (tbl, row_id, station_id, sv, deleted, data, field_sv, field_by) "
                                             "VALUES (?, ?, 's1', ?, 0, ?, '{}', '{}')")));
            const QList<std::tuple<QString, QString, QString>> rows{
                {QStringLiteral("cases"), QStringLiteral("c1"), QStringLiteral("{\"case_no\":\"330203006-2026-A0001\"}")},
                {QStringLiteral("cases"), QStringLiteral("c2"), QStringLiteral("{\"title\":\"无编号\"}")},
                {QStringLiteral("visit"), QStringLiteral("v1"), QStringLiteral("{\"case_no\":\"330203006-2026-A0002\"}")}};
            qint64 sv = 0;
            for (const auto &[table, id, data] : rows) {
                q.bindValue(0, table);
                q.bindValue(1, id);
                q.bindValue(2, ++sv);
                q.bindValue(3, data);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        auto opened = ServerDatabase::open(config);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        m_db = std::move(opened.value());
        QCOMPARE(m_db->schemaVersion(), ServerDatabase::latestVersion(m_backend.postgres()));
        RowStore store(*m_db);
        auto found = store.caseRowsNumberedMany(QStringLiteral("s1"), {QStringLiteral("330203006-2026-A0001"),
                                                                      QStringLiteral("330203006-2026-A0002")});
        QVERIFY(found);
        QCOMPARE(found->size(), 1); // the visit's field is not a case number
        QCOMPARE(found->value(QStringLiteral("330203006-2026-A0001")), QStringList{QStringLiteral("c1")});

        // A server does not open a database a newer one has migrated (it would write what the newer
        // schema does not expect).
        QSqlQuery newer(m_db->db());
        QVERIFY(newer.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'later')")
                               .arg(ServerDatabase::latestVersion(m_backend.postgres()) + 1)));
        m_db.reset();
        auto refused = ServerDatabase::open(config);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("migration.newer_database"));
    }

    void logEntriesComeBackAsTheyWent()
    {
        const QString device = QStringLiteral("device 'x' \"y\"");
        QList<RowStore::NewLogEntry> entries;
        qint64 seq = 0;
        for (const QString &text : kAwkwardTexts) {
            const QJsonObject result{{QStringLiteral("status"), QStringLiteral("applied")}, {QStringLiteral("reason"), text}};
            entries.append({++seq, QStringLiteral("m ") + text, QJsonDocument(result).toJson(QJsonDocument::Compact)});
        }
        QVERIFY(write([&](RowStore &store) { return store.logMutations(device, entries); }));
        RowStore store(*m_db);
        auto logged = store.loggedMutations(device, 1, seq);
        QVERIFY(logged);
        QCOMPARE(logged->size(), entries.size());
        for (const RowStore::NewLogEntry &e : std::as_const(entries)) {
            QCOMPARE(logged->value(e.deviceSeq).mutationId, e.mutationId);
            QCOMPARE(logged->value(e.deviceSeq).result, QJsonDocument::fromJson(e.resultText).object());
        }
    }
};

QTEST_GUILESS_MAIN(tst_SyncRowStore)
#include "tst_syncrowstore.moc"
