// What a PC does after the server refused a case's number as another PC's (server/README.md decision 25),
// on the core: the case gets a new number, its timeline records the change as a synced case event
// ("Number changed from X to Y"), and the case is found by its old number wherever a number is looked up
// (the case search, the merge target, the notable-case picker), shown under its new number; on a PC that
// only pulled the event, too. The refusal is the outbox state SyncClient writes for the server's answer.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "models/CaseListModel.h"
#include "models/CaseTimelineModel.h"
#include "storage/CaseDetailsReader.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseNumberEnd.h"
#include "storage/CaseRenumbering.h"
#include "storage/CaseRepository.h"
#include "storage/NotableCaseRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkingDayCalendar.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;

namespace {

const QString UserId = QStringLiteral("0190f0c2-0000-7000-8000-000000000001");

QDateTime local(QDate date, int hour) { return QDateTime(date, QTime(hour, 0)).toUTC(); }

QString registerCase(Store &store, const QString &title, const QDateTime &at)
{
    WriteTransaction tx(store);
    CaseRecord c;
    c.title = title;
    c.citizenName = QStringLiteral("李大伯");
    c.registeredOn = at.toLocalTime().date();
    if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c, at) || !tx.commit())
        return {};
    return c.id;
}

QString caseNo(Store &store, const QString &id)
{
    const auto c = CaseRepository(store).find(id);
    return c ? c->caseNo : QString();
}

// What SyncClient records when the server answers rejected{duplicate_case_no} for the case's insert.
bool refuseInsert(Store &store, const QString &caseId)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'rejected', last_error = 'duplicate_case_no: taken' "
                             "WHERE tbl = 'cases' AND row_id = ? AND op = 'insert'"));
    q.addBindValue(caseId);
    return q.exec() && q.numRowsAffected() == 1;
}

// A case as pulled from another PC, with the number that PC gave it.
QString caseWithNumber(Store &store, const QString &number, const QString &title)
{
    const QString id = Uuid7::generate();
    WriteTransaction tx(store);
    const bool ok = tx.insert(QStringLiteral("cases"), id,
                              {{QStringLiteral("station_id"), store.stationId()},
                               {QStringLiteral("case_no"), number},
                               {QStringLiteral("title"), title},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("citizen_name"), QStringLiteral("王阿姨")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-27")}})
                    && tx.commit();
    return ok ? id : QString();
}

// The cases the case list shows for a search: number and title of each.
QStringList listFor(Store &store, const QString &text)
{
    CaseListModel model(store);
    CaseFilter f;
    f.text = text;
    f.sort = CaseFilter::Sort::CaseNumber;
    model.setFilter(f);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, CaseListModel::Number).data().toString() + QLatin1Char(' ')
                   + model.index(r, CaseListModel::Title).data().toString();
    if (model.countMatching() != out.size())
        return {QStringLiteral("count differs from rows")};
    return out;
}

} // namespace

class tst_CaseRenumbering : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixedNow(QDateTime()); }

    // The refused case gets a new number; its timeline says from which to which, in a synced event sent
    // after the case's new insert; the notice is kept.
    void timelineRecordsTheNewNumber()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        Clock::setFixedNow(local(QDate(2026, 11, 27), 9));
        const QString kept = registerCase(ts.store(), QStringLiteral("楼道堆物"), Clock::nowUtc());
        const QString refused = registerCase(ts.store(), QStringLiteral("路灯不亮"), Clock::nowUtc());
        const QString oldNo = caseNo(ts.store(), refused);
        QCOMPARE(oldNo, QStringLiteral("330203006-2026-A0002"));
        QVERIFY(refuseInsert(ts.store(), refused));

        Clock::setFixedNow(local(QDate(2026, 11, 29), 10));
        auto renumbered = CaseRenumbering(ts.store()).settleRefusals();
        QVERIFY(renumbered.ok());
        QCOMPARE(renumbered->size(), 1);
        const QString newNo = caseNo(ts.store(), refused);
        QCOMPARE(newNo, QStringLiteral("330203006-2026-A0003"));
        QCOMPARE(renumbered->first().oldNo, oldNo);
        QCOMPARE(caseNo(ts.store(), kept), QStringLiteral("330203006-2026-A0001"));

        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(refused);
        QCOMPARE(events.size(), 2);
        const CaseEvent &e = events.last();
        QCOMPARE(e.kind, CaseEventKind::Renumbered);
        QCOMPARE(e.note, oldNo + QStringLiteral(" → ") + newNo);
        QCOMPARE(e.occurredAt, Clock::nowUtc());
        QCOMPARE(e.stationId, ts.stationId());
        QVERIFY(CaseEventRepository(ts.store()).listForCase(kept).size() == 1);

        // Synced: a pending insert in the outbox, after the case's new insert (the server has the case first).
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT tbl, op, row_id FROM sync_outbox WHERE state = 'pending' "
                                      "AND (row_id = '%1' OR row_id = '%2') ORDER BY device_seq")
                           .arg(refused, e.id)));
        QStringList pending;
        while (q.next())
            pending << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(pending, (QStringList{QStringLiteral("cases insert"), QStringLiteral("case_event insert")}));

        // The timeline, as the case panel shows it.
        const auto details = CaseDetailsReader(ts.store()).load(refused);
        QVERIFY(details);
        QCOMPARE(details->timeline.size(), 2);
        QCOMPARE(DomainText::caseEventKind(details->timeline.last().event.kind), QStringLiteral("Case number changed"));
        QVERIFY2(CaseTimelineModel::detailsText(details->timeline.last())
                     .startsWith(QStringLiteral("Number changed from %1 to %2").arg(oldNo, newNo)),
                 qPrintable(CaseTimelineModel::detailsText(details->timeline.last())));

        // Settled once: a second run changes nothing.
        auto again = CaseRenumbering(ts.store()).settleRefusals();
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(CaseEventRepository(ts.store()).listForCase(refused).size(), 2);
    }

    // The case search finds the case by its old number and shows it under the new one, here (the notice)
    // and on a PC that has only the synced event (no notice of its own); the current number still works.
    void searchFindsTheOldNumber()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        Clock::setFixedNow(local(QDate(2026, 11, 27), 9));
        registerCase(ts.store(), QStringLiteral("楼道堆物"), Clock::nowUtc());
        const QString refused = registerCase(ts.store(), QStringLiteral("路灯不亮"), Clock::nowUtc());
        const QString oldNo = caseNo(ts.store(), refused);
        QVERIFY(refuseInsert(ts.store(), refused));
        QVERIFY(CaseRenumbering(ts.store()).settleRefusals().ok());
        const QString newNo = caseNo(ts.store(), refused);
        QVERIFY(newNo != oldNo);
        // The other PC's case, which kept the number, comes with the pull: the number finds both, each
        // under the number it has now.
        QVERIFY(!caseWithNumber(ts.store(), oldNo, QStringLiteral("噪音扰民")).isEmpty());

        const QStringList expected{oldNo + QStringLiteral(" 噪音扰民"), newNo + QStringLiteral(" 路灯不亮")};
        QCOMPARE(listFor(ts.store(), oldNo), expected);
        QCOMPARE(listFor(ts.store(), oldNo.toLower()), expected);
        QCOMPARE(listFor(ts.store(), QStringLiteral("  %1 ").arg(oldNo)), expected);
        QCOMPARE(listFor(ts.store(), newNo), QStringList{expected.last()});
        QCOMPARE(listFor(ts.store(), QStringLiteral("路灯")), QStringList{expected.last()});
        QCOMPARE(listFor(ts.store(), QStringLiteral("330203006-2026-A0001")),
                 QStringList{QStringLiteral("330203006-2026-A0001 楼道堆物")});
        QCOMPARE(CaseRenumbering(ts.store()).caseIdByOldNumber(oldNo), refused);
        QVERIFY(CaseRenumbering(ts.store()).caseIdByOldNumber(newNo).isEmpty());
        QVERIFY(CaseRenumbering(ts.store()).caseIdByOldNumber(oldNo.left(oldNo.size() - 1)).isEmpty());

        // The end people say ("A0002") finds them too, and a case of another year with the same end;
        // a longer or shorter end, or only digits, does not find by number.
        const QString end = oldNo.section(QLatin1Char('-'), -1);
        QCOMPARE(end.size(), 5);
        const QString lastYear = oldNo.section(QLatin1Char('-'), 0, 0) + QStringLiteral("-2025-") + end;
        QVERIFY(!caseWithNumber(ts.store(), lastYear, QStringLiteral("去年的案件")).isEmpty());
        const QStringList withLastYear{lastYear + QStringLiteral(" 去年的案件"), expected.first(), expected.last()};
        QCOMPARE(listFor(ts.store(), end), withLastYear);
        QCOMPARE(listFor(ts.store(), end.toLower()), withLastYear);
        QCOMPARE(listFor(ts.store(), end.left(4)), QStringList());
        QCOMPARE(listFor(ts.store(), end.mid(1)), QStringList());

        // A PC that pulled the case and its event has no notice of its own.
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM case_renumbered")));
        QCOMPARE(listFor(ts.store(), oldNo), expected);
        QCOMPARE(listFor(ts.store(), end), withLastYear);
        QCOMPARE(CaseRenumbering(ts.store()).caseIdByOldNumber(oldNo), refused);

        // The merge target and the notable-case picker take the old number too, when no case has it now.
        QCOMPARE(CaseRepository(ts.store()).findByNumber(oldNo)->title, QStringLiteral("噪音扰民"));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET deleted = 1, case_no = 'gone' WHERE case_no = '%1'").arg(oldNo)));
        const auto byNumber = CaseRepository(ts.store()).findByNumber(oldNo);
        QVERIFY(byNumber);
        QCOMPARE(byNumber->id, refused);
        QCOMPARE(byNumber->caseNo, newNo);
        QVERIFY(CaseRepository(ts.store()).findByNumber(newNo));
        QVERIFY(!CaseRepository(ts.store()).findByNumber(QStringLiteral("330203006-2026-A0999")));
        QVERIFY(NotableCaseRepository(ts.store()).markByNumber(oldNo, QStringLiteral("2026-11")).ok());
        QSqlQuery marked(ts->db());
        QVERIFY(marked.exec(QStringLiteral("SELECT count(*) FROM notable_case WHERE case_id = '%1' AND deleted = 0").arg(refused)));
        QVERIFY(marked.next());
        QCOMPARE(marked.value(0).toInt(), 1);
        marked.finish();
        // Its end too, once no case has a number ending so now.
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET deleted = 1, case_no = 'gone too' WHERE case_no = '%1'").arg(lastYear)));
        QVERIFY(NotableCaseRepository(ts.store()).markByNumber(end.toLower(), QStringLiteral("2026-12")).ok());
        QVERIFY(marked.exec(QStringLiteral("SELECT count(*) FROM notable_case WHERE case_id = '%1' AND deleted = 0").arg(refused)));
        QVERIFY(marked.next());
        QCOMPARE(marked.value(0).toInt(), 2);
        QVERIFY(!NotableCaseRepository(ts.store()).markByNumber(QStringLiteral("Z9999"), QStringLiteral("2026-12")).ok());
    }

    // The look-up reads the partial index, not every case event.
    void oldNumberLookupUsesTheIndex()
    {
        test::TestStore ts;
        QSqlQuery q(ts->db());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + CaseRenumbering::oldNumberCaseIdsSql()));
        for (const QVariant &v : CaseRenumbering::oldNumberBinds(QStringLiteral("330203006-2026-A0001")))
            q.addBindValue(v);
        QVERIFY(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("USING COVERING INDEX case_event_renumbered (note>? AND note<?)"))
                     || plan.join(QLatin1Char('\n')).contains(QStringLiteral("USING INDEX case_event_renumbered (note>? AND note<?)")),
                 qPrintable(plan.join(QLatin1Char('\n'))));
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("case_renumbered_old_no")), qPrintable(plan.join(QLatin1Char('\n'))));
    }

    // The end of a number ("A0002") is looked up by index too: the numbers it can be part of are made
    // from the stations and years and each read through the unique index on case_no; only the tiny
    // partial index of renumbered events and this PC's notices are scanned.
    void numberEndLookupUsesTheIndexes()
    {
        test::TestStore ts;
        QSqlQuery q(ts->db());
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + CaseNumberEnd::caseIdsSql()));
        for (const QVariant &v : CaseNumberEnd::binds(QStringLiteral("A0002"), 2026))
            q.addBindValue(v);
        QVERIFY(q.exec());
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(!text.contains(QStringLiteral("SCAN cases")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SEARCH cases USING INDEX")) || text.contains(QStringLiteral("SEARCH cases USING COVERING INDEX")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN case_event\n")) && !text.endsWith(QStringLiteral("SCAN case_event")), qPrintable(text));

        QCOMPARE(CaseNumberEnd::parse(QStringLiteral(" a0002 ")), QStringLiteral("A0002"));
        QCOMPARE(CaseNumberEnd::parse(QStringLiteral("A12345")), QStringLiteral("A12345"));
        QVERIFY(CaseNumberEnd::parse(QStringLiteral("A002")).isEmpty());
        QVERIFY(CaseNumberEnd::parse(QStringLiteral("A0%02")).isEmpty());
        QVERIFY(CaseNumberEnd::parse(QStringLiteral("0002")).isEmpty());
    }

    // A duplicate merged into the case before its renumbering stays linked to it, not to the other PC's
    // case that has the old number on every PC now: the renumbering corrects the merge event (a synced
    // correction naming the new number, decision 25 (4)), and the timeline shows one merge, not two.
    void mergeLinkFollowsTheNewNumber()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        Clock::setFixedNow(local(QDate(2026, 11, 27), 9));
        registerCase(ts.store(), QStringLiteral("楼道堆物"), Clock::nowUtc());
        const QString refused = registerCase(ts.store(), QStringLiteral("路灯不亮"), Clock::nowUtc());
        const QString duplicate = registerCase(ts.store(), QStringLiteral("路灯又不亮了"), Clock::nowUtc());
        const QString oldNo = caseNo(ts.store(), refused);
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QDateTime mergedAt = local(QDate(2026, 11, 27), 11);
        Clock::setFixedNow(local(QDate(2026, 11, 27), 12));
        QVERIFY(wf.mergeInto(duplicate, refused, mergedAt).ok());
        QVERIFY(refuseInsert(ts.store(), refused));

        Clock::setFixedNow(local(QDate(2026, 11, 29), 10));
        QVERIFY(CaseRenumbering(ts.store()).settleRefusals().ok());
        const QString newNo = caseNo(ts.store(), refused);
        QVERIFY(newNo != oldNo);
        // The pull brings the case that kept the number.
        const QString kept = caseWithNumber(ts.store(), oldNo, QStringLiteral("噪音扰民"));
        QVERIFY(!kept.isEmpty());

        // The duplicate's link: the renumbered case under its new number.
        const auto details = CaseDetailsReader(ts.store()).load(duplicate);
        QVERIFY(details);
        QStringList merges;
        for (const CaseDetails::TimelineEntry &entry : details->timeline)
            if (entry.event.kind == CaseEventKind::Merged)
                merges << entry.event.note + QLatin1Char(' ') + entry.event.occurredAt.toString(Qt::ISODate);
        QCOMPARE(merges, QStringList{newNo + QLatin1Char(' ') + mergedAt.toString(Qt::ISODate)});
        QStringList related;
        for (const CaseDetails::RelatedCase &r : details->related)
            related << r.id + QLatin1Char(' ') + r.caseNo;
        QCOMPARE(related, QStringList{refused + QLatin1Char(' ') + newNo});
        // The renumbered case lists the duplicate as merged into it; the case that kept the number does not.
        const auto target = CaseDetailsReader(ts.store()).load(refused);
        QVERIFY(target);
        QCOMPARE(target->related.size(), 1);
        QCOMPARE(target->related.first().id, duplicate);
        QVERIFY(target->related.first().relation == CaseDetails::RelatedCase::Relation::MergedFrom);
        const auto other = CaseDetailsReader(ts.store()).load(kept);
        QVERIFY(other);
        QVERIFY(other->related.isEmpty());

        // The correction is a synced event, after the case's new insert, naming the event it corrects.
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(duplicate);
        QCOMPARE(events.size(), 3); // registered, the merge, its correction
        const CaseEvent &first = events.at(1);
        const CaseEvent &correction = events.at(2);
        QCOMPARE(first.note, oldNo);
        QCOMPARE(correction.kind, CaseEventKind::Merged);
        QCOMPARE(correction.supersedes, first.id);
        QCOMPARE(correction.note, newNo);
        QCOMPARE(correction.actorId, first.actorId);
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT row_id FROM sync_outbox WHERE state = 'pending' AND (row_id = '%1' OR row_id = '%2') "
                                      "AND op = 'insert' ORDER BY device_seq")
                           .arg(refused, correction.id)));
        QStringList pending;
        while (q.next())
            pending << q.value(0).toString();
        QCOMPARE(pending, (QStringList{refused, correction.id}));

        // The timeline as the case panel shows it, given every event: one merge, naming the new number.
        QList<CaseDetails::TimelineEntry> all;
        for (const CaseEvent &e : events)
            all << CaseDetails::TimelineEntry{e, {}, {}, {}};
        CaseTimelineModel model(ts.store());
        model.setTimeline(all);
        QStringList shown;
        for (int r = 0; r < model.rowCount(); ++r)
            shown << model.index(r, CaseTimelineModel::What).data().toString() + QLatin1Char(' ')
                         + model.index(r, CaseTimelineModel::Details).data().toString();
        QCOMPARE(shown.size(), 2);
        QVERIFY2(shown.last().startsWith(DomainText::caseEventKind(CaseEventKind::Merged) + QLatin1Char(' ') + newNo), qPrintable(shown.last()));

        // Settled once: a second run corrects nothing again.
        QVERIFY(CaseRenumbering(ts.store()).settleRefusals().ok());
        QCOMPARE(CaseEventRepository(ts.store()).listForCase(duplicate).size(), 3);
    }

    // A new number is no step of the case's handling: a step may still be dated before the sync that
    // renumbered the case (recorded late, from paper).
    void stepMayBeDatedBeforeTheRenumbering()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        Clock::setFixedNow(local(QDate(2026, 11, 23), 9));
        registerCase(ts.store(), QStringLiteral("楼道堆物"), Clock::nowUtc());
        const QString refused = registerCase(ts.store(), QStringLiteral("路灯不亮"), Clock::nowUtc());
        QVERIFY(refuseInsert(ts.store(), refused));
        Clock::setFixedNow(local(QDate(2026, 11, 27), 10));
        QVERIFY(CaseRenumbering(ts.store()).settleRefusals().ok());

        Clock::setFixedNow(local(QDate(2026, 11, 29), 10));
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const Status accepted = wf.accept(refused, local(QDate(2026, 11, 24), 15));
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(refused);
        QStringList kinds;
        for (const CaseEvent &e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{CaseEventKind::Registered, CaseEventKind::Accepted, CaseEventKind::Renumbered}));
    }
};

QTEST_GUILESS_MAIN(tst_CaseRenumbering)
#include "tst_caserenumbering.moc"
