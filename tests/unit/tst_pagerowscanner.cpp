// The compact bootstrap page (format=rows, server/README decision 32) as the client reads it: every value
// comes out as the object form's QJsonDocument would have given it, a page in the object form is handed
// back for the old way, and a damaged page is an error with nothing of it returned. Also the server's
// side: JsonMembers splits a stored row's text into the slices the server copies into a page.

#include "sync/JsonMembers.h"
#include "sync/JsonText.h"
#include "sync/PageRowScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace zt;
using namespace zt::sync;

namespace {

QByteArray envelope(const QByteArray &groups, const QByteArray &more = "\"has_more\":false")
{
    return "{\"format\":\"rows\",\"groups\":" + groups + ",\"next_since\":41,\"scope_epoch\":0," + more
           + ",\"schema_min\":1,\"schema_max\":17,\"server_time\":\"2026-11-29T07:30:00.000Z\",\"snapshot_seq\":42,\"total\":3,\"done\":3}";
}

// What the object form would have bound for the same JSON value (SyncStateRepository's bindJson).
QVariant objectFormValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    default:
        return QVariant();
    }
}

QVariant scannedValue(const RowPage &page, const RowValue &v)
{
    switch (v.kind) {
    case RowValue::Kind::Text:
        return page.text(v);
    case RowValue::Kind::Integer:
        return v.integer;
    case RowValue::Kind::Real:
        return v.real;
    case RowValue::Kind::Null:
        return QVariant();
    }
    return QVariant();
}

// A row as the server stores it, with a nested value whose strings hold brackets.
QJsonObject storedRow()
{
    return QJsonObject{{QStringLiteral("title"), QStringLiteral("引号\"和\\斜杠")}, {QStringLiteral("n"), 3},
                       {QStringLiteral("none"), QJsonValue::Null}, {QStringLiteral("x"), 2.5},
                       {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, QStringLiteral("]}")}}}},
                       {QStringLiteral("ok"), true}};
}

} // namespace

class tst_PageRowScanner : public QObject
{
    Q_OBJECT

private slots:
    void readsGroupsValuesAndTheEnvelope()
    {
        const QString longText = QString(60'000, QChar(u'长')) + QStringLiteral("end");
        QByteArray groups = "[{\"tbl\":\"cases\",\"columns\":[\"id\",\"sv\",\"deleted\",\"title\",\"visitor_count\",\"score\",\"deadline\",\"urgent\"],"
                            "\"rows\":[[\"c1\",40,0,\"路灯不亮 \\\"老街\\\" 🚲\\n第二行\\\\\",3,4.5,null,true],"
                            "[\"c2\",41,1,\"\\u8def\\ud83d\\udeb2\\/\\t\",-7,1e3,null,false]]},"
                            "{\"tbl\":\"case_event\",\"columns\":[\"id\",\"note\"],\"rows\":[[\"e1\",";
        JsonText::appendString(groups, longText);
        groups += "]]}]";
        auto scanned = PageRowScanner::scan(envelope(groups, "\"has_more\":true,\"page_token\":\"b1.42.41.1.3.3\""));
        QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().message));
        const RowPage &page = scanned.value();
        QVERIFY(page.rowsForm);
        QCOMPARE(page.groups.size(), qsizetype(2));
        QCOMPARE(page.rowCount, 3);
        QCOMPARE(page.nextSince, qint64(41));
        QVERIFY(page.hasMore);
        QCOMPARE(page.pageToken, QStringLiteral("b1.42.41.1.3.3"));
        QCOMPARE(page.snapshotSeq, qint64(42));
        QCOMPARE(page.total, qint64(3));
        QCOMPARE(page.done, qint64(3));
        QCOMPARE(page.lastSeq, qint64(-1));
        QCOMPARE(page.serverTime, QStringLiteral("2026-11-29T07:30:00.000Z"));

        const RowGroup &cases = page.groups.at(0);
        QCOMPARE(cases.table, QStringLiteral("cases"));
        QCOMPARE(cases.columns.size(), qsizetype(8));
        QCOMPARE(cases.rows, 2);
        QCOMPARE(page.text(page.value(cases, 0, 3)), QStringLiteral("路灯不亮 \"老街\" 🚲\n第二行\\"));
        QCOMPARE(page.value(cases, 0, 4).kind, RowValue::Kind::Integer);
        QCOMPARE(page.value(cases, 0, 4).integer, qint64(3));
        QCOMPARE(page.value(cases, 0, 5).kind, RowValue::Kind::Real);
        QCOMPARE(page.value(cases, 0, 5).real, 4.5);
        QCOMPARE(page.value(cases, 0, 6).kind, RowValue::Kind::Null);
        QCOMPARE(page.value(cases, 0, 7).integer, qint64(1));
        QCOMPARE(page.text(page.value(cases, 1, 3)), QStringLiteral("路🚲/\t"));
        QCOMPARE(page.value(cases, 1, 4).integer, qint64(-7));
        QCOMPARE(page.value(cases, 1, 5).kind, RowValue::Kind::Integer); // 1e3 is a whole number, as in the object form
        QCOMPARE(page.value(cases, 1, 5).integer, qint64(1000));
        QCOMPARE(page.value(cases, 1, 7).integer, qint64(0));
        QCOMPARE(page.value(cases, 1, 2).integer, qint64(1));
        // A string without escapes is read where it is: no copy.
        QVERIFY(!page.value(cases, 0, 0).inArena);
        QVERIFY(page.value(cases, 0, 3).inArena);

        const RowGroup &events = page.groups.at(1);
        QCOMPARE(events.table, QStringLiteral("case_event"));
        QCOMPARE(page.text(page.value(events, 0, 1)), longText);
    }

    // Every kind of value a row can hold reads as QJsonDocument reads it in the object form.
    void valuesEqualWhatTheObjectFormGives()
    {
        const QJsonArray values{QJsonValue::Null, 0, -1, 42, qint64(1) << 53, 3.25, -0.5, 1e-7, true, false,
                                QStringLiteral(""), QStringLiteral("plain"), QStringLiteral("引号\"反斜杠\\斜杠/"),
                                QStringLiteral("控制\b\f\n\r\t\x01\x1f"), QStringLiteral("😀👨‍👩‍👧 emoji"),
                                QStringLiteral("中文 123 ÄÖÜ é ñ"), QString(5000, QLatin1Char('x')),
                                QJsonArray{1, 2}, QJsonObject{{QStringLiteral("a"), 1}}};
        QByteArray row;
        for (const QJsonValue &v : values) {
            row += row.isEmpty() ? "[" : ",";
            JsonText::appendValue(row, v);
        }
        row += ']';
        QByteArray columns = "[";
        for (int i = 0; i < values.size(); ++i)
            columns += (i ? ",\"c" : "\"c") + QByteArray::number(i) + '"';
        columns += ']';
        auto scanned = PageRowScanner::scan(envelope("[{\"tbl\":\"t\",\"columns\":" + columns + ",\"rows\":[" + row + "]}]"));
        QVERIFY2(scanned, qPrintable(scanned ? QString() : scanned.error().message));
        const QJsonArray parsed = QJsonDocument::fromJson("[" + row + "]").array().at(0).toArray();
        QCOMPARE(parsed.size(), values.size());
        for (int i = 0; i < values.size(); ++i)
            QCOMPARE(scannedValue(scanned.value(), scanned->value(scanned->groups.at(0), 0, i)), objectFormValue(parsed.at(i)));
    }

    // Random strings (any code point, escaped or not) come out as Qt's parser gives them.
    void randomStringsRoundTrip()
    {
        QRandomGenerator random(6);
        for (int round = 0; round < 200; ++round) {
            QString s;
            const int length = int(random.bounded(40));
            for (int i = 0; i < length; ++i) {
                const quint32 pick = random.bounded(6);
                char32_t c = pick == 0   ? char32_t(random.bounded(0x20))
                             : pick == 1 ? char32_t(0x20 + random.bounded(0x60))
                             : pick == 2 ? char32_t(0x4E00 + random.bounded(0x5000))
                             : pick == 3 ? char32_t(0x1F300 + random.bounded(0x300))
                             : pick == 4 ? char32_t(u'"')
                                         : char32_t(u'\\');
                s += QString::fromUcs4(&c, 1);
            }
            QByteArray text;
            JsonText::appendString(text, s);
            auto scanned = PageRowScanner::scan(envelope("[{\"tbl\":\"t\",\"columns\":[\"v\"],\"rows\":[[" + text + "]]}]"));
            QVERIFY2(scanned, qPrintable(text));
            QCOMPARE(scanned->text(scanned->value(scanned->groups.at(0), 0, 0)), s);
        }
    }

    void objectFormIsHandedBack()
    {
        const QByteArray objects = "{\"rows\":[{\"seq\":1,\"tbl\":\"cases\",\"op\":\"put\",\"row\":{\"id\":\"c1\",\"sv\":1}}],"
                                   "\"next_since\":1,\"has_more\":false,\"scope_epoch\":0,\"server_time\":\"x\",\"snapshot_seq\":1}";
        auto scanned = PageRowScanner::scan(objects);
        QVERIFY(scanned);
        QVERIFY(!scanned->rowsForm);
        QVERIFY(scanned->groups.isEmpty());
        // An empty page of either form.
        QVERIFY(PageRowScanner::scan("{\"rows\":[],\"has_more\":false}").ok());
        auto empty = PageRowScanner::scan(envelope("[]"));
        QVERIFY(empty);
        QVERIFY(empty->rowsForm);
        QCOMPARE(empty->rowCount, 0);
    }

    void damagedPagesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = "[{\"tbl\":\"cases\",\"columns\":[\"id\",\"title\"],\"rows\":[[\"c1\",\"a\"]]}]";
        QVERIFY(PageRowScanner::scan(envelope(good)).ok());
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("not an object") << QByteArray("[1,2]");
        QTest::newRow("cut off") << envelope(good).left(60);
        QTest::newRow("text after the page") << envelope(good) + "x";
        QTest::newRow("a row too long") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\",\"title\"],\"rows\":[[\"c1\",\"a\",3]]}]");
        QTest::newRow("a row too short") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\",\"title\"],\"rows\":[[\"c1\"]]}]");
        QTest::newRow("rows of different lengths")
            << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\",\"title\"],\"rows\":[[\"c1\",\"a\"],[\"c2\"]]}]");
        QTest::newRow("a row that is not an array") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[{\"id\":\"c1\"}]}]");
        QTest::newRow("a group without its table") << envelope("[{\"columns\":[\"id\"],\"rows\":[[\"c1\"]]}]");
        QTest::newRow("a group without columns") << envelope("[{\"tbl\":\"cases\",\"rows\":[[\"c1\"]]}]");
        QTest::newRow("a repeated column") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\",\"id\"],\"rows\":[[\"c1\",\"c2\"]]}]");
        QTest::newRow("a column that is no string") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\",7],\"rows\":[[\"c1\",1]]}]");
        QTest::newRow("missing comma") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\" \"title\"],\"rows\":[]}]");
        QTest::newRow("trailing comma") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"c1\",]]}]");
        QTest::newRow("unterminated string") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"c1]]}]");
        QTest::newRow("bad escape") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"c\\x1\"]]}]");
        QTest::newRow("short unicode escape") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"\\u12\"]]}]");
        QTest::newRow("raw control character") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"a\nb\"]]}]");
        QTest::newRow("invalid UTF-8") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"a\xff\"]]}]");
        QTest::newRow("overlong UTF-8") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"\xc0\xaf\"]]}]");
        QTest::newRow("UTF-8 surrogate") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"\xed\xa0\x80\"]]}]");
        QTest::newRow("cut UTF-8") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"\xe8\xb7\"]]}]");
        QTest::newRow("bad number") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[01]]}]");
        QTest::newRow("bare minus") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[-]]}]");
        QTest::newRow("bad literal") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[nul]]}]");
        QTest::newRow("a cursor that is no number") << QByteArray("{\"format\":\"rows\",\"groups\":[],\"next_since\":\"41\"}");
        QTest::newRow("a fractional cursor") << QByteArray("{\"format\":\"rows\",\"groups\":[],\"next_since\":4.5}");
        QTest::newRow("has_more that is no boolean") << QByteArray("{\"format\":\"rows\",\"groups\":[],\"has_more\":1}");
        QTest::newRow("neither rows nor groups") << QByteArray("{\"has_more\":false}");
        QTest::newRow("both rows and groups") << QByteArray("{\"rows\":[],\"groups\":[]}");
        QTest::newRow("groups twice") << QByteArray("{\"format\":\"rows\",\"groups\":[],\"groups\":[]}");
        QTest::newRow("a group's rows twice")
            << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[\"c1\"]],\"rows\":[[\"c2\"]]}]");
        QTest::newRow("a group's table twice") << envelope("[{\"tbl\":\"\",\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[]}]");
        QTest::newRow("a number beyond a double") << envelope("[{\"tbl\":\"cases\",\"columns\":[\"id\"],\"rows\":[[1e400]]}]");
        QTest::newRow("groups that are no array") << QByteArray("{\"format\":\"rows\",\"groups\":{}}");
    }

    void damagedPagesAreErrors()
    {
        QFETCH(QByteArray, body);
        auto scanned = PageRowScanner::scan(body);
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().code, QStringLiteral("sync.server"));
        QVERIFY(!scanned.error().message.isEmpty());
    }

    // The server's side: a stored row's members as slices, values as written (copied, never re-encoded).
    void membersOfAStoredRow()
    {
        const QJsonObject row = storedRow();
        const QByteArray text = JsonText::object(row);
        JsonMembers::List members;
        QVERIFY(JsonMembers::split(text, members));
        QCOMPARE(qsizetype(members.size()), row.size());
        const QJsonObject again = QJsonDocument::fromJson(text).object();
        for (const JsonMembers::Member &m : members) {
            const QString name = QString::fromUtf8(m.name.data(), m.name.size());
            QVERIFY(again.contains(name));
            const QJsonValue value = QJsonDocument::fromJson("[" + m.value.toByteArray() + "]").array().at(0);
            QCOMPARE(value, again.value(name));
        }
        QVERIFY(JsonMembers::split(QByteArrayView("{}"), members));
        QCOMPARE(members.size(), qsizetype(0));
        QVERIFY(JsonMembers::split(QByteArrayView(" { \"a\" : 1 , \"b\" : [ ] } "), members));
        QCOMPARE(members.size(), qsizetype(2));
        for (const char *bad : {"", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":\"x}", "{\"a\":[1}", "{\"a\":nope}", "{\"a\":1}x"})
            QVERIFY2(!JsonMembers::split(QByteArrayView(bad), members), bad);
    }
};

QTEST_GUILESS_MAIN(tst_PageRowScanner)
#include "tst_pagerowscanner.moc"
