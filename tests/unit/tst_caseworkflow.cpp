// The case state machine: every move's events and derived fields, deadlines in working days across
// holidays, and every refusal, which must say why and write nothing.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "models/CaseTimelineModel.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// A moment in the station's time zone (the tests run with TZ=Asia/Shanghai).
QDateTime local(QDate date, int hour = 10)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

const QString UserId = QStringLiteral("0190f0c2-0000-7000-8000-000000000001");

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT

private:
    static QString addDepartment(test::TestStore &ts, const QString &name)
    {
        WriteTransaction tx(ts.store());
        Department dep;
        dep.name = name;
        if (!DepartmentRepository(ts.store()).insert(tx, dep) || !tx.commit())
            return {};
        return dep.id;
    }

    static QString addCategory(test::TestStore &ts, int days)
    {
        WriteTransaction tx(ts.store());
        Category c;
        c.code = QStringLiteral("cat%1").arg(days);
        c.name = QStringLiteral("小区物业");
        c.defaultDeadlineDays = days;
        if (!CategoryRepository(ts.store()).insert(tx, c) || !tx.commit())
            return {};
        return c.id;
    }

    static QString addDeputy(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        Deputy dep;
        dep.name = QStringLiteral("王建国");
        dep.level = DeputyLevel::Township;
        if (!DeputyRepository(ts.store()).insert(tx, dep) || !tx.commit())
            return {};
        return dep.id;
    }

    static QString registerCase(test::TestStore &ts, const QString &categoryId = {})
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = QStringLiteral("地下车库进水");
        c.categoryId = categoryId;
        if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
            return {};
        return c.id;
    }

    static CaseRecord caseRow(test::TestStore &ts, const QString &id) { return *CaseRepository(ts.store()).find(id); }

    static QList<CaseEvent> events(test::TestStore &ts, const QString &id)
    {
        return CaseEventRepository(ts.store()).listForCase(id);
    }

    static QStringList kinds(test::TestStore &ts, const QString &id)
    {
        QStringList out;
        for (const CaseEvent &e : events(ts, id))
            out << e.kind;
        return out;
    }

    static bool isNull(test::TestStore &ts, const QString &column, const QString &id)
    {
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT %1 IS NULL FROM cases WHERE id = ?").arg(column));
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

    // Outbox rows of one row, and how many transactions they came in.
    static int outboxFor(test::TestStore &ts, const QString &rowId)
    {
        return ts.count(QStringLiteral("sync_outbox"), QStringLiteral("row_id = '%1'").arg(rowId));
    }

    static void at(QDate date, int hour = 10) { Clock::setFixedNow(local(date, hour)); }

    // A case moved through to the wanted point of its life, with a department, on fixed days.
    struct Setup
    {
        QString caseId;
        QString departmentId;
        QString deputyId;
    };

    static Setup caseAt(test::TestStore &ts, CaseWorkflow &wf, const QString &status)
    {
        Setup s;
        s.departmentId = addDepartment(ts, QStringLiteral("城建科"));
        s.deputyId = addDeputy(ts);
        s.caseId = registerCase(ts);
        if (status == CaseStatus::Cancelled)
            (void)wf.cancel(s.caseId, QStringLiteral("重复登记"));
        if (status == CaseStatus::Registered || status == CaseStatus::Cancelled)
            return s;
        if (!wf.accept(s.caseId) || status == CaseStatus::Accepted)
            return s;
        if (!wf.assign(s.caseId, s.departmentId) || status == CaseStatus::Assigned)
            return s;
        if (!wf.reply(s.caseId, QStringLiteral("已修复排水泵")) || status == CaseStatus::Replied)
            return s;
        if (!wf.feedBack(s.caseId, QStringLiteral("电话反馈"), s.deputyId) || status == CaseStatus::FedBack)
            return s;
        (void)wf.rate(s.caseId, Satisfaction::Satisfied);
        return s;
    }

    // A refused move: the expected code (and message, when given), and nothing written.
    static void verifyRefused(test::TestStore &ts, const QString &caseId, const std::function<Status()> &move,
                              const QString &code, const QString &message = {})
    {
        const int eventsBefore = ts.count(QStringLiteral("case_event"));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        const CaseRecord before = caseRow(ts, caseId);
        const Status s = move();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(s.error().message, message);
        QCOMPARE(ts.count(QStringLiteral("case_event")), eventsBefore);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
        const CaseRecord after = caseRow(ts, caseId);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.meta.hlc, before.meta.hlc);
    }

private slots:
    void askingForTheCurrentFinalStateGetsAPlainAnswer()
    {
        QCOMPARE(CaseWorkflow::refusal(CaseStatus::Closed, CaseWorkflow::Move::Close),
                 QStringLiteral("This case is already closed."));
        QCOMPARE(CaseWorkflow::refusal(CaseStatus::Cancelled, CaseWorkflow::Move::Cancel),
                 QStringLiteral("This case is already cancelled."));
        QCOMPARE(CaseWorkflow::refusal(CaseStatus::Closed, CaseWorkflow::Move::Assign),
                 QStringLiteral("This case is closed; it cannot be assigned."));
    }

    void init() { at(d(2026, 9, 28)); }

    void cleanup() { Clock::setFixedNow(QDateTime()); }

    // A report at another station (decision 43: written by the server when the case moved here) is
    // no step of the case's handling: a step may be dated before it. Its note reads back in parts.
    void stepMayBeDatedBeforeAReportElsewhere()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        const QString id = registerCase(ts);
        at(d(2026, 9, 30));
        {
            WriteTransaction tx(ts.store());
            CaseEvent reported;
            reported.id = Uuid7::generate();
            reported.stationId = ts->stationId();
            reported.caseId = id;
            reported.kind = CaseEventKind::ReportedElsewhere;
            reported.note = CaseEventKind::reportedElsewhereNote(QStringLiteral("白云街道联络站"), QStringLiteral("2026-09-29"),
                                                                 QStringLiteral("邻居也反映"));
            QVERIFY(CaseEventRepository(ts.store()).append(tx, reported).ok());
            QVERIFY(tx.commit());
        }
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const Status accepted = wf.accept(id, local(d(2026, 9, 29), 15));
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message));
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(id);
        QCOMPARE(events.last().kind, CaseEventKind::ReportedElsewhere);
        QCOMPARE(CaseEventKind::reportedElsewhereParts(events.last().note),
                 (QStringList{QStringLiteral("白云街道联络站"), QStringLiteral("2026-09-29"), QStringLiteral("邻居也反映")}));
        QCOMPARE(CaseEventKind::reportedElsewhereParts(
                     CaseEventKind::reportedElsewhereNote(QStringLiteral("白云街道联络站"), QStringLiteral("2026-09-29"), QString())),
                 (QStringList{QStringLiteral("白云街道联络站"), QStringLiteral("2026-09-29"), QString()}));
        QVERIFY(CaseEventKind::reportedElsewhereParts(QStringLiteral("邻居也反映")).isEmpty());
        // The timeline's words: what the visitor added is part of the sentence (joined as a fact of its
        // own it read "...to this station; They added: ...").
        CaseDetails::TimelineEntry entry{events.last(), {}, {}, {}};
        QCOMPARE(CaseTimelineModel::detailsText(entry),
                 QStringLiteral("A visitor at 白云街道联络站 reported this again on 2026-09-29, before the case came to this "
                                "station, and added: 邻居也反映"));
        entry.event.note = CaseEventKind::reportedElsewhereNote(QStringLiteral("白云街道联络站"), QStringLiteral("2026-09-29"), QString());
        QCOMPARE(CaseTimelineModel::detailsText(entry),
                 QStringLiteral("A visitor at 白云街道联络站 reported this again on 2026-09-29, before the case came to this station"));
    }

    void happyPath()
    {
        test::TestStore ts;
        ts->setCurrentUserId(UserId);
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString dept = addDepartment(ts, QStringLiteral("城建科"));
        const QString deputy = addDeputy(ts);
        const QString category = addCategory(ts, 15);
        const QString id = registerCase(ts, category);
        QVERIFY(!id.isEmpty());

        QVERIFY(wf.accept(id).ok());
        QCOMPARE(caseRow(ts, id).status, CaseStatus::Accepted);
        QVERIFY(wf.assign(id, dept).ok());
        at(d(2026, 10, 19));
        QVERIFY(wf.remind(id, QStringLiteral("临近办理期限，已提醒承办单位")).ok());
        at(d(2026, 10, 26));
        QVERIFY(wf.remind(id, QStringLiteral("已超过办理期限，电话督办")).ok());
        QCOMPARE(caseRow(ts, id).status, CaseStatus::Assigned);
        at(d(2026, 10, 27));
        QVERIFY(wf.reply(id, QStringLiteral("已疏通排水管道"), d(2026, 10, 26)).ok());
        at(d(2026, 10, 28));
        QVERIFY(wf.feedBack(id, QStringLiteral("代表电话反馈办理结果"), deputy).ok());
        at(d(2026, 10, 29));
        QVERIFY(wf.rate(id, Satisfaction::Satisfied).ok());

        const QStringList expected = {CaseEventKind::Registered, CaseEventKind::Accepted, CaseEventKind::Assigned,
                                      CaseEventKind::Reminded,   CaseEventKind::Reminded, CaseEventKind::Replied,
                                      CaseEventKind::FedBack,    CaseEventKind::Rated,    CaseEventKind::Closed};
        QCOMPARE(kinds(ts, id), expected);

        const CaseRecord c = caseRow(ts, id);
        QCOMPARE(c.status, CaseStatus::Closed);
        QCOMPARE(c.departmentId, dept);
        // 15 working days after Mon 2026-09-28 across National Day (see tst_workingdaycalendar).
        QCOMPARE(c.deadline, d(2026, 10, 23));
        QCOMPARE(c.deadline, WorkingDayCalendar::fromResource().addWorkingDays(d(2026, 9, 28), 15));
        QCOMPARE(c.assignedOn, d(2026, 9, 28));
        QCOMPARE(c.repliedOn, d(2026, 10, 26));
        QCOMPARE(c.closedOn, d(2026, 10, 29));
        QCOMPARE(c.satisfaction, Satisfaction::Satisfied);

        const QList<CaseEvent> ev = events(ts, id);
        for (int i = 1; i < ev.size(); ++i) {
            QCOMPARE(ev.at(i).actorId, UserId);
            QCOMPARE(ev.at(i).stationId, ts.stationId());
        }
        QCOMPARE(ev.at(2).departmentId, dept);
        QCOMPARE(ev.at(2).deadline, d(2026, 10, 23));
        QCOMPARE(ev.at(2).occurredAt, local(d(2026, 9, 28)));
        QCOMPARE(ev.at(3).note, QStringLiteral("临近办理期限，已提醒承办单位"));
        QCOMPARE(ev.at(4).occurredAt, local(d(2026, 10, 26)));
        QCOMPARE(ev.at(5).note, QStringLiteral("已疏通排水管道"));
        QCOMPARE(ev.at(5).departmentId, dept);
        QCOMPARE(ev.at(6).deputyId, deputy);
        QCOMPARE(ev.at(6).note, QStringLiteral("代表电话反馈办理结果"));
        QCOMPARE(ev.at(7).satisfaction, Satisfaction::Satisfied);
        QCOMPARE(ev.at(8).occurredAt, ev.at(7).occurredAt);
    }

    void deadlineDefaults()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const WorkingDayCalendar cal = WorkingDayCalendar::fromResource();
        const QString dept = addDepartment(ts, QStringLiteral("物业办"));

        // The category's own number: 5 working days from Mon 09-28 ends on the make-up Saturday 10-10.
        const QString short5 = registerCase(ts, addCategory(ts, 5));
        QVERIFY(wf.accept(short5).ok());
        QVERIFY(wf.assign(short5, dept).ok());
        QCOMPARE(caseRow(ts, short5).deadline, cal.addWorkingDays(d(2026, 9, 28), 5));
        QCOMPARE(caseRow(ts, short5).deadline, d(2026, 10, 10));

        // No category: 15 working days.
        const QString none = registerCase(ts);
        QVERIFY(wf.accept(none).ok());
        QVERIFY(wf.assign(none, dept).ok());
        QCOMPARE(caseRow(ts, none).deadline, d(2026, 10, 23));

        // The assigner's own date wins; one before the day of assignment is refused.
        const QString chosen = registerCase(ts);
        QVERIFY(wf.accept(chosen).ok());
        verifyRefused(
            ts, chosen, [&] { return wf.assign(chosen, dept, d(2026, 9, 25)); },
            QStringLiteral("workflow.deadline_early"));
        QVERIFY(wf.assign(chosen, dept, d(2026, 11, 2)).ok());
        QCOMPARE(caseRow(ts, chosen).deadline, d(2026, 11, 2));
    }

    void unsatisfiedReopensWithNewDeadline()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString dept = addDepartment(ts, QStringLiteral("城建科"));
        const QString deputy = addDeputy(ts);
        const QString id = registerCase(ts, addCategory(ts, 15));
        at(d(2026, 9, 1));
        QVERIFY(wf.accept(id).ok());
        QVERIFY(wf.assign(id, dept).ok());
        at(d(2026, 9, 15));
        QVERIFY(wf.reply(id, QStringLiteral("已清理")).ok());
        QVERIFY(wf.feedBack(id, QStringLiteral("上门反馈"), deputy).ok());
        at(d(2026, 9, 28));
        QVERIFY(wf.rate(id, Satisfaction::Unsatisfied).ok());

        QCOMPARE(kinds(ts, id).mid(5), (QStringList{CaseEventKind::Rated, CaseEventKind::Reopened}));
        CaseRecord c = caseRow(ts, id);
        QCOMPARE(c.status, CaseStatus::Assigned);
        QCOMPARE(c.departmentId, dept);
        QCOMPARE(c.satisfaction, Satisfaction::Unsatisfied);
        // The new clock: 15 working days from 09-28 across National Day.
        QCOMPARE(c.deadline, d(2026, 10, 23));
        QCOMPARE(c.assignedOn, d(2026, 9, 28));
        QVERIFY(isNull(ts, QStringLiteral("replied_on"), id));
        QVERIFY(isNull(ts, QStringLiteral("closed_on"), id));
        const CaseEvent reopened = events(ts, id).last();
        QCOMPARE(reopened.departmentId, dept);
        QCOMPARE(reopened.deadline, d(2026, 10, 23));
        QCOMPARE(events(ts, id).at(5).satisfaction, Satisfaction::Unsatisfied);

        // The second round ends with the newer rating on the row.
        at(d(2026, 10, 20));
        QVERIFY(wf.remind(id).ok());
        QVERIFY(wf.reply(id, QStringLiteral("已更换排水泵")).ok());
        QVERIFY(wf.feedBack(id, QStringLiteral("电话反馈"), deputy).ok());
        QVERIFY(wf.rate(id, Satisfaction::BasicallySatisfied).ok());
        c = caseRow(ts, id);
        QCOMPARE(c.status, CaseStatus::Closed);
        QCOMPARE(c.satisfaction, Satisfaction::BasicallySatisfied);
        QCOMPARE(c.repliedOn, d(2026, 10, 20));
        QCOMPARE(c.closedOn, d(2026, 10, 20));
        QCOMPARE(kinds(ts, id).last(), CaseEventKind::Closed);
    }

    void reassignKeepsBothDepartments()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString first = addDepartment(ts, QStringLiteral("城建科"));
        const QString second = addDepartment(ts, QStringLiteral("区物业办"));
        at(d(2026, 9, 21));
        const QString id = registerCase(ts);
        QVERIFY(wf.accept(id).ok());
        QVERIFY(wf.assign(id, first).ok());
        verifyRefused(
            ts, id, [&] { return wf.reassign(id, first); }, QStringLiteral("workflow.same_department"));
        at(d(2026, 9, 28));
        QVERIFY(wf.reassign(id, second, {}, QStringLiteral("承办单位职责不符，改派")).ok());

        const QList<CaseEvent> ev = events(ts, id);
        QCOMPARE(ev.size(), 4);
        QCOMPARE(ev.at(2).kind, CaseEventKind::Assigned);
        QCOMPARE(ev.at(2).departmentId, first);
        QCOMPARE(ev.at(3).kind, CaseEventKind::Reassigned);
        QCOMPARE(ev.at(3).departmentId, second);
        QCOMPARE(ev.at(3).note, QStringLiteral("承办单位职责不符，改派"));
        const CaseRecord c = caseRow(ts, id);
        QCOMPARE(c.status, CaseStatus::Assigned);
        QCOMPARE(c.departmentId, second);
        QCOMPARE(c.assignedOn, d(2026, 9, 28));
        QCOMPARE(c.deadline, d(2026, 10, 23));
    }

    void transferMergeEscalateCancelClose()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());

        const QString toHotline = registerCase(ts);
        QVERIFY(wf.transfer(toHotline, Channel::Hotline8890, QStringLiteral(" 8890-20260928-0017 ")).ok());
        QCOMPARE(caseRow(ts, toHotline).status, CaseStatus::Transferred);
        QCOMPARE(caseRow(ts, toHotline).externalRef, QStringLiteral("8890-20260928-0017"));
        QCOMPARE(events(ts, toHotline).last().note, QStringLiteral("hotline_8890 8890-20260928-0017"));

        const QString target = registerCase(ts);
        const QString duplicate = registerCase(ts);
        QVERIFY(wf.mergeInto(duplicate, target).ok());
        QCOMPARE(caseRow(ts, duplicate).status, CaseStatus::Merged);
        QCOMPARE(events(ts, duplicate).last().kind, CaseEventKind::Merged);
        QCOMPARE(events(ts, duplicate).last().note, caseRow(ts, target).caseNo);

        const QString cancelled = registerCase(ts);
        QVERIFY(wf.cancel(cancelled, QStringLiteral("来访人撤回诉求")).ok());
        QCOMPARE(caseRow(ts, cancelled).status, CaseStatus::Cancelled);
        QCOMPARE(events(ts, cancelled).last().note, QStringLiteral("来访人撤回诉求"));

        const QString refusedOne = registerCase(ts);
        QVERIFY(wf.notAccept(refusedOne, QStringLiteral("已进入诉讼程序")).ok());
        QCOMPARE(caseRow(ts, refusedOne).status, CaseStatus::NotAccepted);

        // Escalation flags open and closed cases and leaves their status alone.
        CaseWorkflow::Move escalate = CaseWorkflow::Move::Escalate;
        QVERIFY(CaseWorkflow::isAllowed(CaseStatus::Closed, escalate));
        const Setup closed = caseAt(ts, wf, CaseStatus::Closed);
        QVERIFY(wf.escalate(closed.caseId, QStringLiteral("同类问题多发，提请代表形成建议")).ok());
        QCOMPARE(caseRow(ts, closed.caseId).status, CaseStatus::Closed);
        QCOMPARE(events(ts, closed.caseId).last().kind, CaseEventKind::Escalated);
        QVERIFY(wf.escalate(target).ok());
        QCOMPARE(caseRow(ts, target).status, CaseStatus::Registered);

        // Closing without a rating: only with a reason; the case stays unrated.
        const Setup fedBack = caseAt(ts, wf, CaseStatus::FedBack);
        verifyRefused(
            ts, fedBack.caseId, [&] { return wf.close(fedBack.caseId, QStringLiteral("  ")); },
            QStringLiteral("workflow.reason_required"));
        QVERIFY(wf.close(fedBack.caseId, QStringLiteral("多次联系来访人未果，按程序办结")).ok());
        const CaseRecord c = caseRow(ts, fedBack.caseId);
        QCOMPARE(c.status, CaseStatus::Closed);
        QCOMPARE(c.closedOn, d(2026, 9, 28));
        QVERIFY(c.satisfaction.isEmpty());
    }

    void illegalMovesAreRefusedAndWriteNothing()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString illegal = QStringLiteral("workflow.illegal_move");

        const Setup registered = caseAt(ts, wf, CaseStatus::Registered);
        const QString r = registered.caseId;
        verifyRefused(
            ts, r, [&] { return wf.assign(r, registered.departmentId); }, illegal,
            QStringLiteral("A case must be accepted before it is assigned to a department."));
        verifyRefused(
            ts, r, [&] { return wf.remind(r); }, illegal);
        verifyRefused(
            ts, r, [&] { return wf.reply(r, QStringLiteral("x")); }, illegal);
        verifyRefused(
            ts, r, [&] { return wf.close(r, QStringLiteral("x")); }, illegal);
        verifyRefused(
            ts, r, [&] { return wf.cancel(r, QString()); }, QStringLiteral("workflow.reason_required"));
        verifyRefused(
            ts, r, [&] { return wf.notAccept(r, QStringLiteral(" ")); }, QStringLiteral("workflow.reason_required"));
        verifyRefused(
            ts, r, [&] { return wf.mergeInto(r, r); }, QStringLiteral("workflow.merge_self"),
            QStringLiteral("A case cannot be merged into itself."));
        verifyRefused(
            ts, r, [&] { return wf.mergeInto(r, QStringLiteral("no-such-case")); },
            QStringLiteral("workflow.merge_missing"));
        verifyRefused(
            ts, r, [&] { return wf.transfer(r, Channel::WalkIn, QStringLiteral("1")); },
            QStringLiteral("workflow.bad_platform"));
        verifyRefused(
            ts, r, [&] { return wf.transfer(r, Channel::Mediation, QString()); },
            QStringLiteral("workflow.no_external_ref"));
        verifyRefused(
            ts, r, [&] { return wf.accept(r, local(d(2026, 9, 29))); }, QStringLiteral("workflow.future"));
        verifyRefused(
            ts, r, [&] { return wf.accept(r, local(d(2026, 9, 27))); }, QStringLiteral("workflow.before_previous"));
    }

    void illegalMovesOnLaterStatuses()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString illegal = QStringLiteral("workflow.illegal_move");

        const Setup accepted = caseAt(ts, wf, CaseStatus::Accepted);
        const QString a = accepted.caseId;
        verifyRefused(
            ts, a, [&] { return wf.accept(a); }, illegal, QStringLiteral("This case has already been accepted."));
        verifyRefused(
            ts, a, [&] { return wf.assign(a, QString()); }, QStringLiteral("workflow.no_department"));
        verifyRefused(
            ts, a, [&] { return wf.assign(a, QStringLiteral("no-such-department")); },
            QStringLiteral("workflow.unknown_department"));

        const Setup assigned = caseAt(ts, wf, CaseStatus::Assigned);
        const QString s = assigned.caseId;
        verifyRefused(
            ts, s, [&] { return wf.rate(s, Satisfaction::Satisfied); }, illegal,
            QStringLiteral("The citizen can rate the case only after being given feedback."));
        verifyRefused(
            ts, s, [&] { return wf.feedBack(s, QStringLiteral("电话")); }, illegal);
        verifyRefused(
            ts, s, [&] { return wf.reply(s, QString()); }, QStringLiteral("workflow.no_reply_text"));
        verifyRefused(
            ts, s, [&] { return wf.reply(s, QStringLiteral("x"), d(2026, 9, 29)); },
            QStringLiteral("workflow.reply_date"));

        const Setup replied = caseAt(ts, wf, CaseStatus::Replied);
        verifyRefused(
            ts, replied.caseId, [&] { return wf.remind(replied.caseId); }, illegal);
        verifyRefused(
            ts, replied.caseId,
            [&] { return wf.feedBack(replied.caseId, QStringLiteral("电话"), QStringLiteral("no-such-deputy")); },
            QStringLiteral("workflow.unknown_deputy"));

        const Setup fedBack = caseAt(ts, wf, CaseStatus::FedBack);
        verifyRefused(
            ts, fedBack.caseId, [&] { return wf.rate(fedBack.caseId, QStringLiteral("happy")); },
            QStringLiteral("workflow.bad_satisfaction"));

        const Setup closed = caseAt(ts, wf, CaseStatus::Closed);
        const QString c = closed.caseId;
        verifyRefused(
            ts, c, [&] { return wf.reply(c, QStringLiteral("x")); }, illegal,
            QStringLiteral("This case is closed; no reply can be recorded."));
        verifyRefused(
            ts, c, [&] { return wf.assign(c, closed.departmentId); }, illegal,
            QStringLiteral("This case is closed; it cannot be assigned."));
        verifyRefused(
            ts, c, [&] { return wf.cancel(c, QStringLiteral("x")); }, illegal);
        verifyRefused(
            ts, c, [&] { return wf.rate(c, Satisfaction::Unsatisfied); }, illegal);

        const Setup cancelled = caseAt(ts, wf, CaseStatus::Cancelled);
        verifyRefused(
            ts, cancelled.caseId, [&] { return wf.escalate(cancelled.caseId); }, illegal,
            QStringLiteral("This case was cancelled; it cannot be escalated."));
        // Nothing can be merged into a cancelled case.
        const QString fresh = registerCase(ts);
        verifyRefused(
            ts, fresh, [&] { return wf.mergeInto(fresh, cancelled.caseId); },
            QStringLiteral("workflow.merge_target_cancelled"));

        const Status missing = wf.accept(QStringLiteral("no-such-case"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("case.not_found"));
    }

    void eachMoveWritesItsOutboxInOneTransaction()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const Setup s = caseAt(ts, wf, CaseStatus::Registered);

        auto verifyMove = [&](const std::function<Status()> &move, int newEvents, bool caseChanges) {
            const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
            const int caseOutboxBefore = outboxFor(ts, s.caseId);
            const int eventsBefore = ts.count(QStringLiteral("case_event"));
            QVERIFY(move().ok());
            QCOMPARE(ts.count(QStringLiteral("case_event")), eventsBefore + newEvents);
            QCOMPARE(outboxFor(ts, s.caseId), caseOutboxBefore + (caseChanges ? 1 : 0));
            QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + newEvents + (caseChanges ? 1 : 0));
            // All of this move's mutations carry one transaction id.
            QSqlQuery q(ts->db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT tx_id) FROM (SELECT tx_id FROM sync_outbox "
                                          "ORDER BY device_seq DESC LIMIT %1)")
                               .arg(newEvents + (caseChanges ? 1 : 0))));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QSqlQuery last(ts->db());
            QVERIFY(last.exec(QStringLiteral("SELECT tbl, op FROM sync_outbox ORDER BY device_seq DESC LIMIT 1")));
            QVERIFY(last.next());
            QCOMPARE(last.value(0).toString(), caseChanges ? QStringLiteral("cases") : QStringLiteral("case_event"));
        };

        verifyMove([&] { return wf.accept(s.caseId); }, 1, true);
        verifyMove([&] { return wf.assign(s.caseId, s.departmentId); }, 1, true);
        verifyMove([&] { return wf.remind(s.caseId); }, 1, false); // nothing on the row changes
        verifyMove([&] { return wf.reply(s.caseId, QStringLiteral("已处理")); }, 1, true);
        verifyMove([&] { return wf.feedBack(s.caseId, QStringLiteral("电话"), s.deputyId); }, 1, true);
        verifyMove([&] { return wf.rate(s.caseId, Satisfaction::Satisfied); }, 2, true);
        verifyMove([&] { return wf.escalate(s.caseId); }, 1, false);
    }

    void allowedMovesTable()
    {
        using Move = CaseWorkflow::Move;
        const QList<Move> every = {Move::Accept, Move::NotAccept, Move::Assign, Move::Reassign, Move::Remind,
                                   Move::Reply,  Move::FeedBack,  Move::Rate,   Move::Close,    Move::Transfer,
                                   Move::Merge,  Move::Escalate,  Move::Cancel};
        QCOMPARE(
            CaseWorkflow::allowedMoves(CaseStatus::Registered),
            (QList<Move>{Move::Accept, Move::NotAccept, Move::Transfer, Move::Merge, Move::Escalate, Move::Cancel}));
        QCOMPARE(CaseWorkflow::allowedMoves(CaseStatus::FedBack),
                 (QList<Move>{Move::Rate, Move::Close, Move::Escalate, Move::Cancel}));
        QCOMPARE(CaseWorkflow::allowedMoves(CaseStatus::Closed), QList<Move>{Move::Escalate});
        for (const QString &status :
             {CaseStatus::NotAccepted, CaseStatus::Transferred, CaseStatus::Merged, CaseStatus::Cancelled})
            QVERIFY(CaseWorkflow::allowedMoves(status).isEmpty());
        // Every refusal says why; every allowed move has none; every move has a label.
        for (const QString &status : CaseStatus::all()) {
            for (Move move : every) {
                const QString why = CaseWorkflow::refusal(status, move);
                QCOMPARE(why.isEmpty(), CaseWorkflow::isAllowed(status, move));
                QVERIFY(!CaseWorkflow::moveLabel(move).isEmpty());
            }
        }
    }

    void historicalMoments()
    {
        test::TestStore ts;
        CaseWorkflow wf(ts.store(), WorkingDayCalendar::fromResource());
        const QString dept = addDepartment(ts, QStringLiteral("城建科"));
        at(d(2026, 9, 1));
        const QString id = registerCase(ts);
        at(d(2026, 10, 30));
        // An import replays a ledger: the dates of the moves come from it, not from today.
        QVERIFY(wf.accept(id, local(d(2026, 9, 28), 9)).ok());
        QVERIFY(wf.assign(id, dept, {}, local(d(2026, 9, 28), 11)).ok());
        QVERIFY(wf.reply(id, QStringLiteral("已处理"), {}, local(d(2026, 10, 9))).ok());
        const CaseRecord c = caseRow(ts, id);
        QCOMPARE(c.assignedOn, d(2026, 9, 28));
        QCOMPARE(c.deadline, d(2026, 10, 23));
        QCOMPARE(c.repliedOn, d(2026, 10, 9));
        QCOMPARE(events(ts, id).last().occurredAt, local(d(2026, 10, 9)));
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
