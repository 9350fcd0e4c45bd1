// The two ways the server reads a pushed insert (server/README.md decision 36), end to end against
// the real zhitongche-server over real HTTPS, on the back-end named by ZT_SYNC_BACKEND (sqlite, or
// postgresql in a private cluster). An insert whose fields come in the plain form (ASCII keys in
// ascending order, as every client writes them) is checked and stored straight from the body's
// bytes; any other insert goes through a QJsonObject as before. The same inserts sent both ways
// (the second with its fields' keys in reverse order) must be stored as the same rows and get the
// same answers, refusals and their reasons included, and a batch must go on after a refused row.

#include "HttpProbe.h"
#include "ServerProcess.h"
#include "SyncTestBackend.h"

#include "common/Uuid7.h"
#include "sync/HybridClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");
const QString kStationCode = QStringLiteral("330203006");

// One mutation as raw JSON text; the fields' values are JSON text as they go on the wire.
struct RawMutation
{
    QString table = QStringLiteral("visit");
    QString rowId = Uuid7::generate();
    QString op = QStringLiteral("insert");
    qint64 baseSv = 0;
    QList<std::pair<QByteArray, QByteArray>> fields; // key -> JSON value text, in ascending key order
};

QByteArray quoted(const QString &s)
{
    return '"' + s.toUtf8() + '"'; // ids and names here have nothing to escape
}

QByteArray body(const QString &device, qint64 firstSeq, const QList<RawMutation> &mutations, const QString &hlc, bool reversed)
{
    QByteArray out = "{\"batch_id\":" + quoted(Uuid7::generate()) + ",\"device_id\":" + quoted(device) + ",\"mutations\":[";
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const RawMutation &m = mutations.at(i);
        if (i > 0)
            out += ',';
        out += "{\"base_fields\":{},\"base_sv\":" + QByteArray::number(m.baseSv)
               + ",\"device_seq\":" + QByteArray::number(firstSeq + i) + ",\"fields\":{";
        QList<std::pair<QByteArray, QByteArray>> fields = m.fields;
        if (reversed)
            std::reverse(fields.begin(), fields.end());
        for (qsizetype f = 0; f < fields.size(); ++f)
            out += (f > 0 ? "," : "") + quoted(QString::fromUtf8(fields.at(f).first)) + ':' + fields.at(f).second;
        out += "},\"hlc\":" + quoted(hlc) + ",\"mutation_id\":" + quoted(Uuid7::generate()) + ",\"op\":" + quoted(m.op)
               + ",\"row_id\":" + quoted(m.rowId) + ",\"schema_v\":1,\"tbl\":" + quoted(m.table)
               + ",\"tx_id\":null,\"user_id\":\"u1\"}";
    }
    return out + "]}";
}

} // namespace

class tst_SyncPushForms : public QObject
{
    Q_OBJECT

    SyncTestBackend m_backend;
    QString m_stationId = Uuid7::generate();

    std::unique_ptr<ServerProcess> startServer(const QString &name)
    {
        ServerSetup setup = m_backend.serverSetup(name);
        auto server = std::make_unique<ServerProcess>(setup);
        const QStringList script{
            QStringLiteral("district add --code 330203 --name 海曙区"),
            QStringLiteral("station add --code %1 --name 白云街道 --district 330203 --id %2").arg(kStationCode, m_stationId),
            QStringLiteral("account add --username station6 --kind station --scope %1 --password \"%2\"").arg(kStationCode, kPassword)};
        QString error;
        if (!SyncTestBackend::runAdminScript(*server, setup, script, &error))
            qWarning("admin script failed: %s", qPrintable(error));
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return server;
    }

    // A visit insert with every kind of value the plain form holds.
    RawMutation visit(const QByteArray &summary, const QByteArray &visitorCount = "3") const
    {
        RawMutation m;
        m.fields = {{"channel", "\"walk_in\""},
                    {"external_ref", "\"\""},
                    {"half_day", "\"am\""},
                    {"point_id", "null"},
                    {"station_id", quoted(m_stationId)},
                    {"summary", summary},
                    {"visit_date", "\"2026-11-20\""},
                    {"visitor_count", visitorCount}};
        return m;
    }

    // A case insert with the number given.
    RawMutation caseRow(const QString &caseNo) const
    {
        RawMutation m;
        m.table = QStringLiteral("cases");
        m.fields = {{"case_no", quoted(caseNo)},
                    {"channel", "\"walk_in\""},
                    {"registered_on", "\"2026-11-20\""},
                    {"station_id", quoted(m_stationId)},
                    {"title", "\"路灯不亮\""}};
        return m;
    }

    static QJsonObject rowsById(const QJsonObject &page)
    {
        QJsonObject rows;
        for (const QJsonValue &entry : page.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = entry.toObject().value(QStringLiteral("row")).toObject();
            rows.insert(row.value(QStringLiteral("id")).toString(), row);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_backend.stop(); }

    void insertsReadEitherWayAreStoredAndAnsweredAlike()
    {
        auto server = startServer(QStringLiteral("forms"));
        QVERIFY(server);
        HttpProbe probe(server->url(), m_backend.ca().caFile());
        const QString device = Uuid7::generate();
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, device).status, 200);
        const QString hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);

        // Each batch: accepted inserts with awkward values, refusals of every kind between them (the
        // rows after a refusal must still be checked and taken), an insert updated later in the same
        // batch, and an insert of a row the server already has.
        QList<RawMutation> batch;
        batch << visit(QByteArray("\"引号\\\"反斜杠\\\\换行\\n制表\\t😀 é \\u00e9 \\/ \\u4e2d\""), "123456789012345");
        batch << visit("\"\"", "true");
        RawMutation wrongType = visit("\"a\"", "\"many\"");
        RawMutation unknownField = visit("\"b\"");
        unknownField.fields.insert(4, {"secret", "1"});
        RawMutation brokenCheck = visit("\"c\"");
        brokenCheck.fields[2].second = "\"noon\"";
        RawMutation notNull = visit("\"d\"");
        notNull.fields.removeAt(6); // visit_date
        RawMutation zeroVisitors = visit("\"e\"", "0");
        RawMutation otherStation = visit("\"f\"");
        otherStation.fields[4].second = quoted(Uuid7::generate());
        RawMutation sixteenDigits = visit("\"g\"", "1234567890123456"); // read through a QJsonObject either way
        batch << wrongType << unknownField << brokenCheck << notNull << zeroVisitors << otherStation << sixteenDigits;
        batch << visit("\"after the refusals\"");
        RawMutation editedLater = visit("\"before\"");
        batch << editedLater;
        RawMutation edit;
        edit.rowId = editedLater.rowId;
        edit.op = QStringLiteral("update");
        edit.fields = {{"summary", "\"after\""}, {"visitor_count", "5"}};
        batch << edit;
        RawMutation again = batch.first(); // an insert of a row already stored: judged as an update
        again.fields[5].second = "\"sent again\"";
        batch << again;

        // The same mutations with other row ids, for the second form.
        QList<RawMutation> twin = batch;
        QHash<QString, QString> twinOf;
        for (RawMutation &m : twin) {
            if (!twinOf.contains(m.rowId))
                twinOf.insert(m.rowId, Uuid7::generate());
            m.rowId = twinOf.value(m.rowId);
        }

        const ProbeReply plain = probe.send("POST", QStringLiteral("/sync/v1/push"), body(device, 1, batch, hlc, false));
        QCOMPARE(plain.status, 200);
        const ProbeReply reversed = probe.send("POST", QStringLiteral("/sync/v1/push"), body(device, 1 + batch.size(), twin, hlc, true));
        QCOMPARE(reversed.status, 200);

        const QJsonArray plainResults = plain.json().value(QStringLiteral("results")).toArray();
        const QJsonArray reversedResults = reversed.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(plainResults.size(), batch.size());
        QCOMPARE(reversedResults.size(), batch.size());
        const QStringList expected{QStringLiteral("applied"),  QStringLiteral("applied"),  QStringLiteral("rejected"),
                                   QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("rejected"),
                                   QStringLiteral("rejected"), QStringLiteral("rejected"), QStringLiteral("applied"),
                                   QStringLiteral("applied"),  QStringLiteral("applied"),
                                   QStringLiteral("merged"), // the edit was made from base_sv 0
                                   QStringLiteral("merged")};
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QJsonObject a = plainResults.at(i).toObject();
            QJsonObject b = reversedResults.at(i).toObject();
            QVERIFY2(a.value(QStringLiteral("status")).toString() == expected.at(i), qPrintable(QString::number(i)));
            for (const char *key : {"device_seq", "mutation_id", "sv"}) {
                a.remove(QLatin1String(key));
                b.remove(QLatin1String(key));
            }
            QCOMPARE(a, b);
        }
        QCOMPARE(plainResults.at(2).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_value"));
        QCOMPARE(plainResults.at(3).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("unknown_field"));
        QVERIFY(plainResults.at(4).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("CHECK")));
        QVERIFY(plainResults.at(5).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("NOT NULL")));
        QCOMPARE(plainResults.at(7).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("out_of_scope"));

        // Stored alike: every row of the first form equals its twin but for its id and version.
        probe.setToken(QString());
        const QString reader = Uuid7::generate();
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, reader).status, 200);
        const ProbeReply page = probe.send("GET", QStringLiteral("/sync/v1/pull?since=0&limit=1000"));
        QCOMPARE(page.status, 200);
        const QJsonObject rows = rowsById(page.json());
        int compared = 0;
        for (auto it = twinOf.constBegin(); it != twinOf.constEnd(); ++it) {
            QJsonObject a = rows.value(it.key()).toObject();
            QJsonObject b = rows.value(it.value()).toObject();
            QCOMPARE(a.isEmpty(), b.isEmpty());
            if (a.isEmpty())
                continue;
            for (const char *key : {"id", "sv"}) {
                a.remove(QLatin1String(key));
                b.remove(QLatin1String(key));
            }
            QCOMPARE(a, b);
            ++compared;
        }
        QCOMPARE(compared, 5); // the two first inserts, the 16-digit one, the one after the refusals, the edited one

        const QJsonObject first = rows.value(batch.first().rowId).toObject();
        QCOMPARE(first.value(QStringLiteral("summary")).toString(), QStringLiteral("sent again"));
        QCOMPARE(first.value(QStringLiteral("visitor_count")).toInteger(), qint64(123456789012345));
        QCOMPARE(first.value(QStringLiteral("updated_by")).toString(), QStringLiteral("u1"));
        QCOMPARE(first.value(QStringLiteral("hlc")).toString(), hlc);
        QVERIFY(first.value(QStringLiteral("point_id")).isNull());
        const QJsonObject second = rows.value(batch.at(1).rowId).toObject();
        QCOMPARE(second.value(QStringLiteral("summary")).toString(), QString());
        QCOMPARE(second.value(QStringLiteral("visitor_count")), QJsonValue(true)); // stored as sent; the PC stores 1
        const QJsonObject edited = rows.value(editedLater.rowId).toObject();
        QCOMPARE(edited.value(QStringLiteral("summary")).toString(), QStringLiteral("after"));
        QCOMPARE(edited.value(QStringLiteral("visitor_count")).toInteger(), qint64(5));
        QVERIFY(rows.contains(batch.at(9).rowId));
        for (int refused = 2; refused <= 7; ++refused)
            QVERIFY(!rows.contains(batch.at(refused).rowId));
        QCOMPARE(rows.value(batch.at(8).rowId).toObject().value(QStringLiteral("visitor_count")).toInteger(),
                 qint64(1234567890123456));

    }

    // Decision 25's guard inside one batch (the rows of a batch are written after its last mutation):
    // the second new case with a number the batch gave already is refused, a number the batch's own
    // earlier edit gave up may be taken, and the next batch meets the stored rows.
    void aNumberGivenTwiceInOneBatchIsRefusedOnce()
    {
        auto server = startServer(QStringLiteral("numbers"));
        QVERIFY(server);
        HttpProbe probe(server->url(), m_backend.ca().caFile());
        const QString device = Uuid7::generate();
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, device).status, 200);
        const QString hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
        const QString x = kStationCode + QStringLiteral("-2026-A0001");
        const QString y = kStationCode + QStringLiteral("-2026-A0002");
        const QString z = kStationCode + QStringLiteral("-2026-A0003");
        const RawMutation first = caseRow(x);
        const RawMutation twin = caseRow(x);
        RawMutation other = caseRow(y);
        RawMutation renumber; // `other` gives y up for z in the same batch
        renumber.table = QStringLiteral("cases");
        renumber.rowId = other.rowId;
        renumber.op = QStringLiteral("update");
        renumber.fields = {{"case_no", quoted(z)}};
        const RawMutation takesY = caseRow(y);
        const RawMutation takesZ = caseRow(z);
        ProbeReply pushed = probe.send("POST", QStringLiteral("/sync/v1/push"),
                                       body(device, 1, {first, twin, other, renumber, takesY, takesZ}, hlc, false));
        QCOMPARE(pushed.status, 200);
        QJsonArray results = pushed.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 6);
        const QStringList statuses{QStringLiteral("applied"), QStringLiteral("rejected"), QStringLiteral("applied"),
                                   QStringLiteral("merged"), QStringLiteral("applied"), QStringLiteral("rejected")};
        for (qsizetype i = 0; i < results.size(); ++i)
            QVERIFY2(results.at(i).toObject().value(QStringLiteral("status")).toString() == statuses.at(i),
                     qPrintable(QString::number(i) + QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(results.at(i).toObject()).toJson())));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("duplicate_case_no"));
        QCOMPARE(results.at(5).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("duplicate_case_no"));

        // The next batch: x, y and z are stored; a new number goes.
        const RawMutation late = caseRow(x);
        const RawMutation fresh = caseRow(kStationCode + QStringLiteral("-2026-A0004"));
        pushed = probe.send("POST", QStringLiteral("/sync/v1/push"), body(device, 7, {late, fresh}, hlc, false));
        QCOMPARE(pushed.status, 200);
        results = pushed.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("duplicate_case_no"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    }

    void escapedTextIsStoredAsSent()
    {
        auto server = startServer(QStringLiteral("escapes"));
        QVERIFY(server);
        HttpProbe probe(server->url(), m_backend.ca().caFile());
        const QString device = Uuid7::generate();
        QCOMPARE(probe.login(QStringLiteral("station6"), kPassword, device).status, 200);
        const QString hlc = HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0, device);
        const RawMutation m = visit(QByteArray("\"引号\\\"反斜杠\\\\换行\\n制表\\t😀 é \\u00e9 \\/ \\u4e2d\\u0001\""));
        const ProbeReply pushed = probe.send("POST", QStringLiteral("/sync/v1/push"), body(device, 1, {m}, hlc, false));
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
        const ProbeReply page = probe.send("GET", QStringLiteral("/sync/v1/pull?since=0&limit=1000"));
        QCOMPARE(rowsById(page.json()).value(m.rowId).toObject().value(QStringLiteral("summary")).toString(),
                 QStringLiteral("引号\"反斜杠\\换行\n制表\t😀 é é / 中\x01"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncPushForms)
#include "tst_syncpushforms.moc"
