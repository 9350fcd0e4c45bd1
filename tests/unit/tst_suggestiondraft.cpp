// Drafting a deputy's suggestion from cases: the evidence is counted from the cases (citizens once each,
// communities and categories ranked), the draft shows it literally (HTML in case text stays text), and
// the cases record that they were carried into the suggestion.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/WriteTransaction.h"
#include "suggestions/SuggestionDraft.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {
QDateTime local(QDate date)
{
    return QDateTime(date, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}
const QString Yunle = QStringLiteral("330203006002");  // 云乐社区
const QString Nanya = QStringLiteral("330203006003");  // 南雅社区
} // namespace

class TestSuggestionDraft : public QObject
{
    Q_OBJECT

    QString m_categoryId;
    QString m_departmentId;

    void addReferenceRows(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        Category parking;
        parking.code = QStringLiteral("parking");
        parking.name = QStringLiteral("停车");
        Department dep;
        dep.name = QStringLiteral("城管中队");
        QVERIFY(CategoryRepository(ts.store()).insert(tx, parking));
        QVERIFY(DepartmentRepository(ts.store()).insert(tx, dep));
        QVERIFY(tx.commit());
        m_categoryId = parking.id;
        m_departmentId = dep.id;
    }

    QString addCase(test::TestStore &ts, QDate on, const QString &title, const QString &community,
                    const QString &phone, const QString &name)
    {
        Clock::setFixedNow(local(on));
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = title;
        c.categoryId = m_categoryId;
        c.communityCode = community;
        c.citizenPhone = phone;
        c.citizenName = name;
        if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
            return {};
        return c.id;
    }

private slots:
    void cleanup() { Clock::setFixedNow({}); }

    void evidenceIsCountedFromTheCases()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString a = addCase(ts, QDate(2026, 3, 5), QStringLiteral("小区停车位不足"), Yunle,
                                  QStringLiteral("13812345678"), QStringLiteral("张三"));
        const QString b = addCase(ts, QDate(2026, 1, 8), QStringLiteral("夜间乱停车堵消防通道"), Yunle,
                                  QStringLiteral("13812345678"), QStringLiteral("张三"));
        const QString c = addCase(ts, QDate(2026, 6, 18), QStringLiteral("<b>停车</b> 收费不合理"), Nanya,
                                  QString(), QStringLiteral("李四"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        Clock::setFixedNow(local(QDate(2026, 7, 1)));
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar::fromStore(ts->db()));
        QVERIFY(workflow.accept(a));
        QVERIFY(workflow.assign(a, m_departmentId));
        QVERIFY(workflow.reply(a, QStringLiteral("已施划临时停车位40个")));

        const SuggestionEvidence e = SuggestionDraft::gather(ts.store(), {a, b, c});
        QCOMPARE(e.cases.size(), 3);
        // Registration order, whatever order they were chosen in.
        QCOMPARE(e.cases.at(0).caseId, b);
        QCOMPARE(e.cases.at(2).caseId, c);
        QCOMPARE(e.firstRaised, QDate(2026, 1, 8));
        QCOMPARE(e.lastRaised, QDate(2026, 6, 18));
        // The same phone twice is one citizen; a citizen without a phone counts by name.
        QCOMPARE(e.citizens, 2);
        QCOMPARE(e.communities.size(), 2);
        QCOMPARE(e.communities.at(0), qMakePair(QStringLiteral("云乐社区"), 2));
        QCOMPARE(e.communities.at(1), qMakePair(QStringLiteral("南雅社区"), 1));
        QCOMPARE(e.categories.value(0), qMakePair(QStringLiteral("停车"), 3));
        QCOMPARE(e.replies.size(), 1);
        QCOMPARE(e.replies.at(0).departmentName, QStringLiteral("城管中队"));
        QCOMPARE(e.replies.at(0).text, QStringLiteral("已施划临时停车位40个"));

        const QString html = SuggestionDraft::html(e, QStringLiteral("关于老旧小区停车改造的建议"),
                                                   QStringLiteral("白云街道代表联络站"), QDate(2026, 7, 1));
        QVERIFY(html.contains(QStringLiteral("关于老旧小区停车改造的建议")));
        QVERIFY(html.contains(QStringLiteral("已施划临时停车位40个")));
        // Text typed by people is shown, never interpreted as markup.
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;停车&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>停车</b>")));
        // Phone numbers are not part of the draft.
        QVERIFY(!html.contains(QStringLiteral("13812345678")));
    }

    void theCasesRecordTheEscalation()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString a = addCase(ts, QDate(2026, 3, 5), QStringLiteral("停车难"), Yunle, QString(), QStringLiteral("王五"));
        const QString b = addCase(ts, QDate(2026, 3, 6), QStringLiteral("停车难2"), Yunle, QString(), QStringLiteral("赵六"));
        Clock::setFixedNow(local(QDate(2026, 3, 9)));
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar::fromStore(ts->db()));
        QVERIFY(workflow.cancel(b, QStringLiteral("重复登记")));

        const SuggestionEvidence e = SuggestionDraft::gather(ts.store(), {a, b});
        QVERIFY(SuggestionDraft::markEscalated(ts.store(), WorkingDayCalendar::fromStore(ts->db()), e,
                                               QStringLiteral("关于停车的建议")));
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(a);
        QCOMPARE(events.last().kind, CaseEventKind::Escalated);
        QVERIFY(events.last().note.contains(QStringLiteral("关于停车的建议")));
        // A cancelled case stays evidence, but its finished timeline is not written to.
        QVERIFY(CaseEventRepository(ts.store()).listForCase(b).last().kind != CaseEventKind::Escalated);
    }
};

QTEST_MAIN(TestSuggestionDraft)
#include "tst_suggestiondraft.moc"
