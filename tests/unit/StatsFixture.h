#pragma once
// A small station whose October 2026 figures are worked out by hand in tst_figures.cpp (and printed
// in the golden monthly report of tst_monthlyreport.cpp). Header-only so both tests can include it.
//
// Baiyun street station (330203006), one point, three deputies, four categories, four communities;
// a second station of the same district (330203001) and one of another district (330212001).
// Visits: Sep 10 (1 person); Oct 8 am (1, deputy 1), Oct 8 pm (group of 5, deputies 1 and 2),
// Oct 22 at the point (2, deputy 2), Oct 22 cancelled (3). November: none.
// Cases (registered, category, community, status, dates):
//   c1  Oct 8  A X closed Oct 20, satisfied;          assigned Oct 9,  replied Oct 15, deadline Oct 30; deputy 1
//   c2  Oct 8  A X closed Oct 25, basically satisfied; assigned Oct 9,  replied Oct 16, deadline Oct 30
//   c3  Oct 9  A Y closed Nov 5 (a later month), satisfied; assigned Oct 12, replied Oct 28 (late), deadline Oct 23; deputy 1, escalated
//   c4  Oct 12 B Y reopened after an unsatisfied rating: assigned again Oct 26, deadline Nov 16; deputy 2
//   c5  Oct 12 B Z replied Oct 20;                  assigned Oct 13, deadline Nov 3
//   c6  Oct 13 C Z assigned Oct 14, deadline Oct 28, no reply (overdue)
//   c7  Oct 15 C W registered
//   c8  Oct 16 D W cancelled;   c9 Oct 16 A X merged (neither counts)
//   c10 Oct 10 D (no community) at the point, closed Oct 31 without a rating; assigned Oct 10, replied Oct 20,
//       deadline Oct 31
//   c11 Sep 20 B X fed back; assigned Sep 21, replied Oct 9, deadline Oct 10
// One October case each at the other two stations.
// Notable cases picked for October: c4, c1 (c5 for November). Activities: Sep 24 field visit (deputy 1,
// 6 people); Oct 15 themed reception (deputies 2 and 1, 30); Oct 28 law publicity (deputy 3, 120); an
// Oct 20 survey of the other station.

#include "TestStore.h"

#include "common/Uuid7.h"
#include "storage/WriteTransaction.h"

#include <QDate>
#include <QHash>
#include <QVariantMap>

namespace zt::test {

struct StatsFixture
{
    QString station;
    QString otherStation;   // same district
    QString farStation;     // another district
    QString point;
    QString deputy1, deputy2, deputy3;
    QHash<QString, QString> cases; // "c1" -> id
    QHash<QString, QString> category;

    static QString community(char c)
    {
        switch (c) {
        case 'X': return QStringLiteral("330203006002"); // 云乐社区
        case 'Y': return QStringLiteral("330203006003"); // 南雅社区
        case 'Z': return QStringLiteral("330203006004"); // 联南社区
        case 'W': return QStringLiteral("330203006005"); // 牡丹社区
        }
        return {};
    }

    explicit StatsFixture(TestStore &ts)
    {
        station = ts.stationId();
        WriteTransaction tx(ts.store());
        const auto insert = [&](const QString &table, QVariantMap fields) {
            const QString id = Uuid7::generate();
            if (!fields.contains(QStringLiteral("station_id")))
                fields.insert(QStringLiteral("station_id"), station);
            if (!tx.insert(table, id, fields))
                qFatal("fixture: cannot insert into %s", qPrintable(table));
            return id;
        };
        otherStation = insert(QStringLiteral("station"), {{QStringLiteral("code"), QStringLiteral("330203001")},
                                                          {QStringLiteral("name"), QStringLiteral("江厦街道人大代表联络站")},
                                                          {QStringLiteral("division_code"), QStringLiteral("330203001")}});
        if (!tx.update(QStringLiteral("station"), otherStation, {{QStringLiteral("station_id"), otherStation}}))
            qFatal("fixture: cannot update a station");
        farStation = insert(QStringLiteral("station"), {{QStringLiteral("code"), QStringLiteral("330212001")},
                                                        {QStringLiteral("name"), QStringLiteral("鄞州某街道联络站")},
                                                        {QStringLiteral("division_code"), QStringLiteral("330212001")}});
        if (!tx.update(QStringLiteral("station"), farStation, {{QStringLiteral("station_id"), farStation}}))
            qFatal("fixture: cannot update a station");
        point = insert(QStringLiteral("point"), {{QStringLiteral("name"), QStringLiteral("云乐社区联络点")},
                                                 {QStringLiteral("division_code"), community('X')}});
        deputy1 = insert(QStringLiteral("deputy"), {{QStringLiteral("name"), QStringLiteral("王建国")},
                                                    {QStringLiteral("level"), QStringLiteral("county")}});
        deputy2 = insert(QStringLiteral("deputy"), {{QStringLiteral("name"), QStringLiteral("李秀英")},
                                                    {QStringLiteral("level"), QStringLiteral("township")}});
        deputy3 = insert(QStringLiteral("deputy"), {{QStringLiteral("name"), QStringLiteral("陈明")},
                                                    {QStringLiteral("level"), QStringLiteral("city")}});
        const QString department = insert(QStringLiteral("department"), {{QStringLiteral("name"), QStringLiteral("城建科")}});
        const QString department2 = insert(QStringLiteral("department"), {{QStringLiteral("name"), QStringLiteral("区物业办")}});
        const QStringList names{QStringLiteral("垃圾分类"), QStringLiteral("停车"), QStringLiteral("小区物业"),
                                QStringLiteral("道路")};
        for (int i = 0; i < 4; ++i)
            category.insert(QString(QChar('A' + i)),
                            insert(QStringLiteral("category"), {{QStringLiteral("code"), QStringLiteral("cat%1").arg(i)},
                                                                {QStringLiteral("name"), names.at(i)},
                                                                {QStringLiteral("sort_order"), i}}));

        const auto visit = [&](const QString &date, const QString &half, int people, const QStringList &deputies,
                               const QString &pointId = {}, bool cancelled = false) {
            QVariantMap f{{QStringLiteral("visit_date"), date},
                          {QStringLiteral("half_day"), half},
                          {QStringLiteral("channel"), QStringLiteral("walk_in")},
                          {QStringLiteral("visitor_count"), people},
                          {QStringLiteral("status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("active")}};
            if (!pointId.isEmpty())
                f.insert(QStringLiteral("point_id"), pointId);
            const QString id = insert(QStringLiteral("visit"), f);
            for (const QString &d : deputies)
                insert(QStringLiteral("visit_deputy"), {{QStringLiteral("visit_id"), id}, {QStringLiteral("deputy_id"), d}});
        };
        visit(QStringLiteral("2026-09-10"), QStringLiteral("pm"), 1, {deputy1});
        visit(QStringLiteral("2026-10-08"), QStringLiteral("am"), 1, {deputy1});
        visit(QStringLiteral("2026-10-08"), QStringLiteral("pm"), 5, {deputy1, deputy2});
        visit(QStringLiteral("2026-10-22"), QStringLiteral("pm"), 2, {deputy2}, point);
        visit(QStringLiteral("2026-10-22"), QStringLiteral("am"), 3, {deputy1}, {}, true);

        int serial = 0;
        const auto addCase = [&](const QString &key, const QString &registered, char cat, char comm,
                                 const QString &status, QVariantMap f, const QString &stationId = {}) {
            f.insert(QStringLiteral("case_no"), QStringLiteral("330203006-2026-A%1").arg(++serial, 4, 10, QLatin1Char('0')));
            f.insert(QStringLiteral("title"), QStringLiteral("问题%1").arg(key));
            f.insert(QStringLiteral("channel"), QStringLiteral("walk_in"));
            f.insert(QStringLiteral("registered_on"), registered);
            f.insert(QStringLiteral("status"), status);
            if (cat)
                f.insert(QStringLiteral("category_id"), category.value(QString(QChar(cat))));
            f.insert(QStringLiteral("community_code"), community(comm));
            if (!stationId.isEmpty())
                f.insert(QStringLiteral("station_id"), stationId);
            cases.insert(key, insert(QStringLiteral("cases"), f));
        };
        const auto d = [](const char *s) { return QString::fromLatin1(s); };
        const QString dep = QStringLiteral("department_id");
        addCase(d("c1"), d("2026-10-08"), 'A', 'X', d("closed"),
                {{dep, department}, {d("assigned_on"), d("2026-10-09")}, {d("replied_on"), d("2026-10-15")},
                 {d("deadline"), d("2026-10-30")}, {d("closed_on"), d("2026-10-20")}, {d("satisfaction"), d("satisfied")},
                 {d("deputy_id"), deputy1}});
        addCase(d("c2"), d("2026-10-08"), 'A', 'X', d("closed"),
                {{dep, department}, {d("assigned_on"), d("2026-10-09")}, {d("replied_on"), d("2026-10-16")},
                 {d("deadline"), d("2026-10-30")}, {d("closed_on"), d("2026-10-25")},
                 {d("satisfaction"), d("basically_satisfied")}});
        addCase(d("c3"), d("2026-10-09"), 'A', 'Y', d("closed"),
                {{dep, department2}, {d("assigned_on"), d("2026-10-12")}, {d("replied_on"), d("2026-10-28")},
                 {d("deadline"), d("2026-10-23")}, {d("closed_on"), d("2026-11-05")}, {d("satisfaction"), d("satisfied")},
                 {d("deputy_id"), deputy1}});
        addCase(d("c4"), d("2026-10-12"), 'B', 'Y', d("assigned"),
                {{dep, department2}, {d("assigned_on"), d("2026-10-26")}, {d("deadline"), d("2026-11-16")},
                 {d("satisfaction"), d("unsatisfied")}, {d("deputy_id"), deputy2}});
        addCase(d("c5"), d("2026-10-12"), 'B', 'Z', d("replied"),
                {{dep, department}, {d("assigned_on"), d("2026-10-13")}, {d("replied_on"), d("2026-10-20")},
                 {d("deadline"), d("2026-11-03")}});
        addCase(d("c6"), d("2026-10-13"), 'C', 'Z', d("assigned"),
                {{dep, department2}, {d("assigned_on"), d("2026-10-14")}, {d("deadline"), d("2026-10-28")}});
        addCase(d("c7"), d("2026-10-15"), 'C', 'W', d("registered"), {});
        addCase(d("c8"), d("2026-10-16"), 'D', 'W', d("cancelled"), {});
        addCase(d("c9"), d("2026-10-16"), 'A', 'X', d("merged"), {});
        addCase(d("c10"), d("2026-10-10"), 'D', 0, d("closed"),
                {{dep, department}, {d("assigned_on"), d("2026-10-10")}, {d("replied_on"), d("2026-10-20")},
                 {d("deadline"), d("2026-10-31")}, {d("closed_on"), d("2026-10-31")}, {d("point_id"), point}});
        addCase(d("c11"), d("2026-09-20"), 'B', 'X', d("fed_back"),
                {{dep, department}, {d("assigned_on"), d("2026-09-21")}, {d("replied_on"), d("2026-10-09")},
                 {d("deadline"), d("2026-10-10")}});
        // The other stations: one October case each.
        addCase(d("o1"), d("2026-10-20"), 0, 0, d("registered"), {}, otherStation);
        addCase(d("f1"), d("2026-10-20"), 0, 0, d("registered"), {}, farStation);

        insert(QStringLiteral("case_event"), {{d("case_id"), cases.value(d("c3"))}, {d("kind"), d("escalated")},
                                              {d("occurred_at"), d("2026-10-29T02:00:00Z")},
                                              {d("note"), d("多个小区反映同类问题")}});
        // Notable cases picked for the October report: c4 (reopened) and c1 (closed, satisfied), and c5 for
        // November; activities held (the September one is the previous month, the other station's is not ours).
        for (const auto &[key, period] : {std::pair{d("c4"), d("2026-10")}, std::pair{d("c1"), d("2026-10")},
                                          std::pair{d("c5"), d("2026-11")}})
            insert(QStringLiteral("notable_case"), {{d("case_id"), cases.value(key)}, {d("period"), period}});
        const auto activity = [&](const QString &date, const QString &kind, const QString &title, int people,
                                  const QStringList &deputies, const QString &stationId = {}) {
            QVariantMap f{{d("held_on"), date}, {d("kind"), kind}, {d("title"), title}, {d("participants"), people}};
            if (!stationId.isEmpty())
                f.insert(d("station_id"), stationId);
            const QString id = insert(QStringLiteral("station_activity"), f);
            for (const QString &deputy : deputies)
                insert(QStringLiteral("station_activity_deputy"), {{d("activity_id"), id}, {d("deputy_id"), deputy}});
        };
        activity(d("2026-09-24"), d("field_visit"), QStringLiteral("走访云乐社区地下车库"), 6, {deputy1});
        activity(d("2026-10-15"), d("themed_reception"), QStringLiteral("垃圾分类主题接待"), 30, {deputy2, deputy1});
        activity(d("2026-10-28"), d("law_publicity"), QStringLiteral("民法典进社区"), 120, {deputy3});
        activity(d("2026-10-20"), d("survey"), QStringLiteral("江厦街道停车调研"), 12, {}, otherStation);
        if (!tx.commit())
            qFatal("fixture: commit failed");
    }
};

} // namespace zt::test
