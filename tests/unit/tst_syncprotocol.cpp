// The sync protocol's JSON, as both ends parse it: strict about types and keys, so a malformed push
// is refused whole instead of half applied; and the back-off between failed syncs.

#include "sync/JsonText.h"
#include "sync/MutationResult.h"
#include "sync/PullPage.h"
#include "sync/PushBatch.h"
#include "sync/PushBodyScanner.h"
#include "sync/SyncBackoff.h"
#include "sync/SyncLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace zt::sync;

class tst_SyncProtocol : public QObject
{
    Q_OBJECT

    static Mutation mutation(qint64 seq)
    {
        Mutation m;
        m.deviceSeq = seq;
        m.mutationId = QStringLiteral("m%1").arg(seq);
        m.txId = QStringLiteral("t1");
        m.table = QStringLiteral("cases");
        m.rowId = QStringLiteral("r1");
        m.op = QStringLiteral("update");
        m.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("路灯不亮")}, {QStringLiteral("visitor_count"), 3},
                               {QStringLiteral("deadline"), QJsonValue::Null}};
        m.baseSv = 17;
        m.baseFields = QJsonObject{{QStringLiteral("title"), QStringLiteral("路灯")}};
        m.hlc = QStringLiteral("0000018c3a5f2b10-0001-dev");
        m.schemaV = 4;
        return m;
    }

private slots:
    void batchRoundTrips()
    {
        const PushBatch batch{QStringLiteral("dev"), QStringLiteral("b1"), {mutation(5), mutation(6)}};
        auto parsed = PushBatch::fromJson(batch.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->deviceId, QStringLiteral("dev"));
        QCOMPARE(parsed->mutations.size(), 2);
        QCOMPARE(parsed->mutations.at(1).toJson(), mutation(6).toJson());
        QCOMPARE(parsed->mutations.at(0).fields.value(QStringLiteral("title")).toString(), QStringLiteral("路灯不亮"));
    }

    void malformedBatchesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QJsonObject good = mutation(1).toJson();
        auto with = [&](const QString &key, const QJsonValue &v) {
            QJsonObject m = good;
            if (v.isUndefined())
                m.remove(key);
            else
                m.insert(key, v);
            return QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("d")},
                                             {QStringLiteral("batch_id"), QStringLiteral("b")},
                                             {QStringLiteral("mutations"), QJsonArray{m}}})
                .toJson();
        };
        QTest::newRow("not json") << QByteArray("{\"device_id\":");
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("empty batch") << QByteArray("{\"device_id\":\"d\",\"batch_id\":\"b\",\"mutations\":[]}");
        QTest::newRow("unknown envelope key") << QByteArray("{\"device_id\":\"d\",\"batch_id\":\"b\",\"mutations\":[],\"scope\":1}");
        QTest::newRow("seq as string") << with(QStringLiteral("device_seq"), QStringLiteral("1"));
        QTest::newRow("seq fractional") << with(QStringLiteral("device_seq"), 1.5);
        QTest::newRow("seq zero") << with(QStringLiteral("device_seq"), 0);
        QTest::newRow("negative base") << with(QStringLiteral("base_sv"), -1);
        QTest::newRow("bad op") << with(QStringLiteral("op"), QStringLiteral("drop"));
        QTest::newRow("no table") << with(QStringLiteral("tbl"), QJsonValue::Undefined);
        QTest::newRow("fields not object") << with(QStringLiteral("fields"), QJsonArray{1});
        QTest::newRow("nested field") << with(QStringLiteral("fields"), QJsonObject{{QStringLiteral("a"), QJsonObject{}}});
        QTest::newRow("unknown mutation key") << with(QStringLiteral("station_scope"), 1);
        QTest::newRow("out of order")
            << QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("d")},
                                         {QStringLiteral("batch_id"), QStringLiteral("b")},
                                         {QStringLiteral("mutations"), QJsonArray{mutation(2).toJson(), mutation(1).toJson()}}})
                   .toJson();
    }

    void batchesAboveTheLimitAreTooLarge()
    {
        // Decision 26: the server passes its own limit; 200 (protocol v1) when none is given.
        QJsonArray list;
        for (int i = 1; i <= kMaxBatchMutations + 1; ++i)
            list.append(mutation(i).toJson());
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device_id"), QStringLiteral("d")},
                                                          {QStringLiteral("batch_id"), QStringLiteral("b")},
                                                          {QStringLiteral("mutations"), list}})
                                    .toJson();
        auto v1 = PushBatch::fromJson(body);
        QVERIFY(!v1);
        QCOMPARE(v1.error().code, QStringLiteral("batch_too_large"));
        QVERIFY(v1.error().message.contains(QStringLiteral("200")));
        auto bigger = PushBatch::fromJson(body, 1000);
        QVERIFY(bigger);
        QCOMPARE(bigger->mutations.size(), kMaxBatchMutations + 1);
        auto smaller = PushBatch::fromJson(body, 50);
        QVERIFY(!smaller);
        QCOMPARE(smaller.error().code, QStringLiteral("batch_too_large"));
    }

    void malformedBatchesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        auto parsed = PushBatch::fromJson(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("bad_request"));
        QVERIFY(!parsed.error().message.isEmpty());
        // The raw-text scanner leaves every refusal to the QJsonDocument parse (same reason as before).
        QVERIFY(!PushBodyScanner::scan(body, kMaxBatchMutations));
        QVERIFY(!PushBodyScanner::scan(body, kMaxBatchMutations, PushBatch::InsertFields::Scanned));
        QCOMPARE(PushBatch::fromJson(body, kMaxBatchMutations, PushBatch::InsertFields::Scanned).error().message,
                 parsed.error().message);
        QCOMPARE(parsed.error().message, PushBatch::fromJsonDocument(body).error().message);
    }

    void scannerReadsWhatTheDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("scanned"); // false: the scanner leaves it to the parser, which takes it
        Mutation awkward = mutation(8);
        awkward.op = QStringLiteral("insert");
        awkward.userId = QStringLiteral("u1");
        awkward.txId.clear();
        awkward.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("引号\"反斜杠\\换行\n制表\t😀 é")},
                                     {QStringLiteral("big"), qint64(9007199254740993)},
                                     {QStringLiteral("negative"), -42},
                                     {QStringLiteral("zero"), 0},
                                     {QStringLiteral("yes"), true},
                                     {QStringLiteral("no"), false},
                                     {QStringLiteral("nothing"), QJsonValue::Null},
                                     {QStringLiteral("empty"), QString()},
                                     {QStringLiteral("控制"), QStringLiteral("\x01\x1f")}};
        Mutation bare = mutation(9);
        bare.fields = QJsonObject{};
        bare.baseFields = QJsonObject{};
        const PushBatch batch{QStringLiteral("dev"), QStringLiteral("b1"), {mutation(7), awkward, bare}};
        QTest::newRow("compact, as the client writes it") << batch.toJson() << true;
        QJsonArray list;
        for (const Mutation &m : batch.mutations)
            list.append(m.toJson());
        const QJsonObject object{{QStringLiteral("device_id"), QStringLiteral("dev")},
                                 {QStringLiteral("batch_id"), QStringLiteral("b1")},
                                 {QStringLiteral("mutations"), list}};
        QTest::newRow("indented by QJsonDocument") << QJsonDocument(object).toJson(QJsonDocument::Indented) << true;
        QTest::newRow("escaped letters and nulls")
            << QByteArray("{\"mutations\":[{\"device_seq\":3,\"mutation_id\":\"m\\u00e9\",\"tx_id\":null,\"tbl\":\"cases\","
                          "\"row_id\":\"r\",\"op\":\"delete\",\"fields\":{\"a\\/b\":\"\\u4e2d\\r\"},\"base_sv\":0,"
                          "\"hlc\":\"h\",\"user_id\":null,\"schema_v\":1}],\"batch_id\":\"b\",\"device_id\":\"d\"}  \n")
            << true;
        // Valid, but not what the scanner reads itself: a fractional field, a surrogate pair escape.
        QTest::newRow("fractional field")
            << QByteArray("{\"device_id\":\"d\",\"batch_id\":\"b\",\"mutations\":[{\"device_seq\":1,\"mutation_id\":\"m\","
                          "\"tbl\":\"cases\",\"row_id\":\"r\",\"op\":\"update\",\"fields\":{\"x\":1.5},\"base_sv\":0,"
                          "\"hlc\":\"h\",\"schema_v\":1}]}")
            << false;
        QTest::newRow("surrogate escape")
            << QByteArray("{\"device_id\":\"d\",\"batch_id\":\"b\",\"mutations\":[{\"device_seq\":1,\"mutation_id\":\"m\","
                          "\"tbl\":\"cases\",\"row_id\":\"r\",\"op\":\"update\",\"fields\":{\"x\":\"\\ud83d\\ude00\"},"
                          "\"base_sv\":0,\"hlc\":\"h\",\"schema_v\":1}]}")
            << false;
    }

    void scannerReadsWhatTheDocumentReads()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, scanned);
        const auto reference = PushBatch::fromJsonDocument(body, kMaxBatchMutations);
        QVERIFY(reference);
        const auto fast = PushBodyScanner::scan(body, kMaxBatchMutations);
        QCOMPARE(bool(fast), scanned);
        const auto taken = PushBatch::fromJson(body);
        QVERIFY(taken);
        for (const PushBatch *b : {fast ? &*fast : nullptr, &taken.value()}) {
            if (!b)
                continue;
            QCOMPARE(b->deviceId, reference->deviceId);
            QCOMPARE(b->batchId, reference->batchId);
            QCOMPARE(b->mutations.size(), reference->mutations.size());
            for (qsizetype i = 0; i < b->mutations.size(); ++i) {
                const Mutation &m = b->mutations.at(i);
                const Mutation &r = reference->mutations.at(i);
                QCOMPARE(m.toJson(), r.toJson());
                QCOMPARE(JsonText::object(m.fields), JsonText::object(r.fields));
                for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it)
                    QCOMPARE(m.fields.value(it.key()).type(), it.value().type());
                QCOMPARE(m.fields.value(QStringLiteral("big")).toInteger(), r.fields.value(QStringLiteral("big")).toInteger());
            }
        }
    }

    // The server's form (decision 36): an insert's fields in the plain form stay UTF-8, everything
    // else gets its QJsonObject; either way the batch reads as the QJsonDocument parse reads it, and
    // each kept value writes the JSON text JsonText writes for the parsed one.
    void scannedInsertFieldsReadAsTheDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("kept"); // the first mutation's fields kept as UTF-8
        Mutation insert = mutation(1);
        insert.op = QStringLiteral("insert");
        insert.fields = QJsonObject{{QStringLiteral("title"), QStringLiteral("引号\"反斜杠\\换行\n制表\t😀 é \x01")},
                                    {QStringLiteral("big"), qint64(999999999999999)},
                                    {QStringLiteral("negative"), -42},
                                    {QStringLiteral("zero"), 0},
                                    {QStringLiteral("yes"), true},
                                    {QStringLiteral("no"), false},
                                    {QStringLiteral("nothing"), QJsonValue::Null},
                                    {QStringLiteral("empty"), QString()}};
        const QByteArray written = PushBatch{QStringLiteral("d"), QStringLiteral("b"), {insert, mutation(2)}}.toJson();
        QTest::newRow("an insert as the client writes it") << written << true;
        Mutation empty = insert;
        empty.fields = QJsonObject{};
        QTest::newRow("an insert without fields") << PushBatch{QStringLiteral("d"), QStringLiteral("b"), {empty}}.toJson() << true;
        QTest::newRow("keys out of order") << QByteArray(written).replace("\"big\":999999999999999,\"empty\":\"\",",
                                                                          "\"empty\":\"\",\"big\":999999999999999,")
                                           << false;
        QTest::newRow("sixteen digits") << QByteArray(written).replace("999999999999999", "9999999999999999") << false;
        QTest::newRow("an escaped key") << QByteArray(written).replace("\"big\"", "\"\\u0062ig\"") << false;
        QTest::newRow("a key not ASCII") << QByteArray(written).replace("\"zero\"", "\"零\"") << false;
        QTest::newRow("escapes in values")
            << QByteArray(written).replace("\"empty\":\"\"", "\"empty\":\"\\u00e9\\/\\u4e2d\\r\\u0001\"") << true;
        Mutation update = mutation(1);
        QTest::newRow("an update") << PushBatch{QStringLiteral("d"), QStringLiteral("b"), {update}}.toJson() << false;
    }

    void scannedInsertFieldsReadAsTheDocument()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, kept);
        const auto reference = PushBatch::fromJsonDocument(body, kMaxBatchMutations);
        QVERIFY(reference);
        const auto scanned = PushBatch::fromJson(body, kMaxBatchMutations, PushBatch::InsertFields::Scanned);
        QVERIFY(scanned);
        QCOMPARE(scanned->mutations.size(), reference->mutations.size());
        QCOMPARE(scanned->mutations.first().fieldsScanned, kept);
        for (qsizetype i = 0; i < scanned->mutations.size(); ++i) {
            const Mutation &m = scanned->mutations.at(i);
            const Mutation &r = reference->mutations.at(i);
            QCOMPARE(m.toJson(), r.toJson());
            QCOMPARE(m.fieldsObject(), r.fields);
            if (!m.fieldsScanned) {
                QCOMPARE(m.fields, r.fields);
                continue;
            }
            QCOMPARE(m.op, QStringLiteral("insert"));
            QVERIFY(m.fields.isEmpty());
            QCOMPARE(m.scannedFields.size(), r.fields.size());
            for (auto it = r.fields.constBegin(); it != r.fields.constEnd(); ++it) {
                const QByteArray key = it.key().toLatin1();
                const QLatin1StringView name(key.constData(), key.size());
                QVERIFY(m.hasField(name));
                QCOMPARE(m.field(name), it.value());
                QCOMPARE(m.field(name).type(), it.value().type());
                QByteArray mine;
                QByteArray theirs;
                m.scannedFields.appendJson(mine, m.scannedFields.indexOf(key));
                JsonText::appendValue(theirs, it.value());
                QCOMPARE(mine, theirs);
            }
            QVERIFY(!m.hasField(QLatin1StringView("absent")));
            QVERIFY(m.field(QLatin1StringView("absent")).isUndefined());
        }
    }

    void scannerLeavesOddBodiesToTheParser_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = PushBatch{QStringLiteral("d"), QStringLiteral("b"), {mutation(1)}}.toJson();
        QTest::newRow("trailing garbage") << good + "x";
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + good;
        QTest::newRow("invalid UTF-8") << QByteArray(good).replace("路灯不亮", "\xE8\xB7");
        QTest::newRow("overlong UTF-8") << QByteArray(good).replace("t1", "\xC0\xAF");
        QTest::newRow("raw control character") << QByteArray(good).replace("t1", "t\x01");
        QTest::newRow("key twice") << QByteArray(good).replace("\"tx_id\":\"t1\"", "\"tx_id\":\"t1\",\"tx_id\":\"t2\"");
        QTest::newRow("field twice") << QByteArray(good).replace("\"deadline\":null", "\"deadline\":null,\"deadline\":1");
        QTest::newRow("leading zero") << QByteArray(good).replace("\"base_sv\":17", "\"base_sv\":017");
        QTest::newRow("exponent") << QByteArray(good).replace("\"base_sv\":17", "\"base_sv\":1.7e1");
        QTest::newRow("huge integer") << QByteArray(good).replace("\"visitor_count\":3", "\"visitor_count\":99999999999999999999");
    }

    void scannerLeavesOddBodiesToTheParser()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!PushBodyScanner::scan(body, kMaxBatchMutations));
        QVERIFY(!PushBodyScanner::scan(body, kMaxBatchMutations, PushBatch::InsertFields::Scanned));
        const auto reference = PushBatch::fromJsonDocument(body);
        const auto taken = PushBatch::fromJson(body);
        QCOMPARE(bool(taken), bool(reference));
        if (!reference)
            QCOMPARE(taken.error().message, reference.error().message);
    }

    void resultsAndPagesRoundTrip()
    {
        MutationResult r;
        r.deviceSeq = 9;
        r.mutationId = QStringLiteral("m9");
        r.status = QStringLiteral("conflict");
        r.sv = 120;
        r.conflicts.append(FieldConflict{QStringLiteral("c1"), QStringLiteral("priority"), QStringLiteral("normal"),
                                         QStringLiteral("urgent"), QStringLiteral("low"), QStringLiteral("server")});
        const MutationResult back = MutationResult::fromJson(r.toJson());
        QCOMPARE(back.toJson(), r.toJson());

        PullPage page;
        page.rows.append(PulledRow{7, QStringLiteral("cases"), QStringLiteral("put"), QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}});
        page.nextSince = 7;
        page.hasMore = true;
        const PullPage again = PullPage::fromJson(page.toJson());
        QCOMPARE(again.rows.size(), 1);
        QCOMPARE(again.rows.first().seq, 7);
        QVERIFY(again.hasMore);
        QCOMPARE(again.nextSince, 7);
    }

    void textWriterReadsBackAsQtWrites()
    {
        // The push body, the row store's JSON and the push answers are written by JsonText: what a
        // reader gets back must be what QJsonDocument's own text gives, for awkward values too.
        QString lone = QStringLiteral("a");
        lone.append(QChar(0xd800)); // a lone surrogate: no UTF-8 form, Qt writes it as a u-escape
        lone.append(QStringLiteral("b"));
        const QJsonObject o{{QStringLiteral("quote"), QStringLiteral("say \"hi\" \\ back")},
                            {QStringLiteral("controls"), QStringLiteral("tab\tnl\ncr\rbell\adel\x7f")},
                            {QStringLiteral("chinese"), QStringLiteral("小区地下车库雨天进水，车位无法使用 🚗")},
                            {QStringLiteral("lone"), lone},
                            {QStringLiteral("int"), 42},
                            {QStringLiteral("negative"), -7},
                            {QStringLiteral("big"), 9007199254740993.0},
                            {QStringLiteral("fraction"), 0.1},
                            {QStringLiteral("tiny"), 1e-300},
                            {QStringLiteral("true"), true},
                            {QStringLiteral("false"), false},
                            {QStringLiteral("null"), QJsonValue::Null},
                            {QStringLiteral("empty"), QStringLiteral("")},
                            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("x")}},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}};
        const QByteArray text = JsonText::object(o);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object());
        QCOMPARE(back.object().value(QStringLiteral("lone")).toString(), lone);
        QCOMPARE(back.object().value(QStringLiteral("int")).toInteger(), 42);

        MutationResult r;
        r.deviceSeq = 12;
        r.mutationId = QStringLiteral("m12");
        r.status = QStringLiteral("rejected");
        r.code = QStringLiteral("invalid_value");
        r.reason = QStringLiteral("cases.priority must be \"text\"");
        QCOMPARE(QJsonDocument::fromJson(r.toJsonText()).object(), r.toJson());
        r.code.clear();
        r.reason.clear();
        r.status = QStringLiteral("applied");
        QCOMPARE(QJsonDocument::fromJson(r.toJsonText()).object(), r.toJson());
    }

    void pushBodySplicesTheOutboxText()
    {
        // The client sends the outbox's stored JSON as it is; the server reads the same fields.
        Mutation m = mutation(8);
        m.fieldsText = QJsonDocument(m.fields).toJson(QJsonDocument::Compact);
        m.baseFieldsText = QJsonDocument(m.baseFields).toJson(QJsonDocument::Compact);
        const QJsonObject fields = m.fields;
        m.fields = {};
        m.baseFields = {};
        const PushBatch batch{QStringLiteral("dev"), QStringLiteral("b2"), {m}};
        auto parsed = PushBatch::fromJson(batch.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->mutations.first().fields, fields);
        QCOMPARE(parsed->mutations.first().toJson(), mutation(8).toJson());
        // Text that is no object (a damaged outbox row) goes as what it parses to, as before: {}.
        m.fieldsText = "not json";
        auto damaged = PushBatch::fromJson(PushBatch{QStringLiteral("dev"), QStringLiteral("b3"), {m}}.toJson());
        QVERIFY(damaged);
        QVERIFY(damaged->mutations.first().fields.isEmpty());
    }

    void backoffGrowsWithJitterWithinBounds()
    {
        SyncBackoff backoff;
        QList<qint64> delays;
        for (int i = 0; i < 12; ++i) {
            const qint64 d = backoff.nextDelayMsecs();
            QVERIFY(d >= SyncBackoff::kMinMsecs);
            QVERIFY(d <= SyncBackoff::kMaxMsecs);
            delays << d;
        }
        // Doubling outruns +-20 % jitter: every delay beats the one two steps before, until the cap.
        for (int i = 2; i < 7; ++i)
            QVERIFY(delays.at(i) > delays.at(i - 2));
        QCOMPARE(backoff.failures(), 12);
        QVERIFY(backoff.nextDelayMsecs() >= SyncBackoff::kMaxMsecs * 8 / 10); // saturated near 15 min
        QCOMPARE(backoff.nextDelayMsecs(20 * 60'000), 20 * 60'000); // Retry-After wins when longer
        backoff.reset();
        QVERIFY(backoff.nextDelayMsecs() <= SyncBackoff::kMinMsecs * 12 / 10);
    }
};

QTEST_GUILESS_MAIN(tst_SyncProtocol)
#include "tst_syncprotocol.moc"
