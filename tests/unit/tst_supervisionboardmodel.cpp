// The supervision board's model: most urgent first across page boundaries, the headline counts by
// working days (a deadline on a weekend right after the due-soon window still counts as due soon), and
// only cases waiting for a department's reply.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "models/SupervisionBoardModel.h"
#include "storage/DepartmentRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/SupervisionColour.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {
QDateTime local(QDate date)
{
    return QDateTime(date, QTime(9, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}
// Wednesday 4 November 2026.
const QDate Today(2026, 11, 4);
} // namespace

class TestSupervisionBoardModel : public QObject
{
    Q_OBJECT

    QString m_department;

    QString assigned(test::TestStore &ts, CaseWorkflow &workflow, QDate deadline)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = QStringLiteral("案件 %1").arg(deadline.toString(Qt::ISODate));
        if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
            return {};
        if (!workflow.accept(c.id) || !workflow.assign(c.id, m_department, deadline))
            return {};
        return c.id;
    }

private slots:
    void init() { Clock::setFixedNow(local(Today)); }
    void cleanup() { Clock::setFixedNow({}); }

    void mostUrgentFirstAcrossPages()
    {
        test::TestStore ts;
        {
            WriteTransaction tx(ts.store());
            Department d;
            d.name = QStringLiteral("城建科");
            QVERIFY(DepartmentRepository(ts.store()).insert(tx, d));
            QVERIFY(tx.commit());
            m_department = d.id;
        }
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(ts->db());
        CaseWorkflow workflow(ts.store(), calendar);
        // Deadlines set at assignment may be in the past only through a historical assignment; set them
        // from today and move the clock forward instead.
        QList<QDate> deadlines;
        for (int i = 0; i < 7; ++i)
            deadlines << Today.addDays(i * 3);
        QStringList ids;
        for (const QDate &d : deadlines)
            ids << assigned(ts, workflow, d);
        QVERIFY(!ids.contains(QString()));
        // A replied case is off the board's clock.
        QVERIFY(workflow.reply(ids.last(), QStringLiteral("已答复")));

        // Friday 13 November: deadlines 4, 7(Sat), 10 passed; 13 today; 16 and 19 ahead.
        Clock::setFixedNow(local(QDate(2026, 11, 13)));
        SupervisionBoardModel model(ts.store(), calendar);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 6);
        for (int r = 0; r < 6; ++r)
            QCOMPARE(model.rowId(r), ids.at(r));
        QCOMPARE(model.index(0, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::Overdue));
        QCOMPARE(model.index(3, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::DueSoon));

        const SupervisionCounts counts = model.counts();
        QCOMPARE(counts.overdue, 3);
        // 13 (today, 0 left), 16 (Mon, 1 left), 19 (Thu, 4 left: on time).
        QCOMPARE(counts.dueSoon, 2);
        QCOMPARE(counts.onTime, 1);
        QCOMPARE(counts.total(), qint64(model.rowCount()));
        QCOMPARE(model.allItems().size(), 6);
    }

    void aWeekendDeadlineAfterTheWindowIsDueSoon()
    {
        test::TestStore ts;
        {
            WriteTransaction tx(ts.store());
            Department d;
            d.name = QStringLiteral("城建科");
            QVERIFY(DepartmentRepository(ts.store()).insert(tx, d));
            QVERIFY(tx.commit());
            m_department = d.id;
        }
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(ts->db());
        CaseWorkflow workflow(ts.store(), calendar);
        // Today Wednesday 4 Nov: 3 working days left ends on Monday 9 Nov; Saturday 7 and Sunday 8 have
        // 2 working days left, and a deadline of Friday 6 has 2 as well.
        const QString saturday = assigned(ts, workflow, QDate(2026, 11, 7));
        const QString tuesday = assigned(ts, workflow, QDate(2026, 11, 10));
        QVERIFY(!saturday.isEmpty() && !tuesday.isEmpty());
        SupervisionBoardModel model(ts.store(), calendar);
        model.setFilter({});
        const SupervisionCounts counts = model.counts();
        QCOMPARE(counts.dueSoon, 1);
        QCOMPARE(counts.onTime, 1);
        // The counts agree with the colour of each row.
        QCOMPARE(model.index(0, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::DueSoon));
        QCOMPARE(model.index(1, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::OnTime));
    }
};

QTEST_MAIN(TestSupervisionBoardModel)
#include "tst_supervisionboardmodel.moc"
