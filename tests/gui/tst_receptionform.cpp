// The reception form as the desk uses it, driven by object names: a returning visitor with two new
// problems and one already open, saved with Ctrl+S; bad input marked next to its field with nothing
// saved; Esc asks before throwing typed text away; Enter inside an input method's composition does not
// save; a draft survives the program going away; a visit saved by mistake is cancelled with a reason.

#include "MainWindow.h"
#include "common/Clock.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "models/TodayVisitsModel.h"
#include "reception/ProblemRow.h"
#include "reception/ReceiptBuilder.h"
#include "reception/ReceptionPage.h"
#include "refdata/DivisionCatalog.h"
#include "setup/StationSetup.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"
#include "workflow/VisitIntake.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include "schedule/ReceptionSchedule.h"

#include <QTest>

using namespace zt;

class TestReceptionForm : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QString m_deputyId;
    QString m_parkingId;
    QString m_community;
    QString m_communityName;
    QString m_earlierCaseId;

    int count(const QString &table, const QString &where = {}) const
    {
        QSqlQuery q(m_store->db());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
        return q.next() ? q.value(0).toInt() : -1;
    }

    template <typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    // Chinese text arrives as an input method's commit string, as from a pinyin input method.
    static void commit(QWidget *w, const QString &text)
    {
        w->setFocus();
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(w, &event);
    }

    static void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        // Drafts go to the settings; keep them out of the user's own.
        QCoreApplication::setOrganizationName(QStringLiteral("ZhitongcheTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_receptionform"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        // Thursday 29 October 2026, 14:00 in Ningbo: a reception afternoon.
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 29), QTime(6, 0), Qt::UTC));
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        station.contactPhone = QStringLiteral("0574-87001234");
        QVERIFY(StationSetup::setUp(*m_store, station).ok());
        for (const Category &c : CategoryRepository(*m_store).listForStation(m_store->stationId()))
            if (c.code == QLatin1String("parking"))
                m_parkingId = c.id;
        const Division village = DivisionCatalog(m_store->db()).villagesOf(QStringLiteral("330203006")).at(0);
        m_community = village.code;
        m_communityName = village.name;
        Deputy d;
        d.name = QStringLiteral("李秀英");
        d.level = DeputyLevel::County;
        {
            WriteTransaction tx(*m_store);
            QVERIFY(DeputyRepository(*m_store).insert(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        m_deputyId = d.id;

        // The visitor came three weeks ago about parking; that case is still open.
        VisitIntake::Input earlier;
        earlier.visit.date = QDate(2026, 10, 8);
        earlier.visit.halfDay = HalfDay::Afternoon;
        earlier.visit.deputyIds << m_deputyId;
        Visitor v;
        v.name = QStringLiteral("王建明");
        v.phone = QStringLiteral("13812341234");
        v.communityCode = m_community;
        earlier.visit.visitors << v;
        earlier.problems << VisitIntake::Problem{QStringLiteral("小区停车位不够，晚上车辆乱停占用消防通道"), m_parkingId, {}, {}, {}};
        auto saved = VisitIntake(*m_store).save(earlier);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        m_earlierCaseId = saved->cases.first().record.id;
    }

    void cleanup()
    {
        QSettings().clear();
        m_store.reset();
        m_dir.reset();
        Clock::setFixedNow({});
    }

    void recordsAReturningVisitorWithTwoProblemsAndALink()
    {
        ReceptionPage page(*m_store);
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        auto *name = child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit"));
        auto *phone = child<QLineEdit>(&page, QStringLiteral("phoneLineEdit"));
        auto *history = child<QListWidget>(&page, QStringLiteral("historyListWidget"));
        auto *suggestions = child<QListWidget>(&page, QStringLiteral("suggestionsListWidget"));
        QVERIFY(name && phone && history && suggestions);
        QCOMPARE(child<QDateEdit>(&page, QStringLiteral("dateEdit"))->date(), QDate(2026, 10, 29));
        QCOMPARE(child<QComboBox>(&page, QStringLiteral("halfDayComboBox"))->currentData().toString(), HalfDay::Afternoon);
        QCOMPARE(child<QComboBox>(&page, QStringLiteral("channelComboBox"))->currentData().toString(), Channel::WalkIn);

        phone->setFocus();
        QTest::keyClicks(phone, QStringLiteral("138 1234 1234"));
        // Recognised by the phone: the earlier visit and the open case appear beside the form, and the
        // name and community are filled in from the last visit.
        QTRY_VERIFY(history->count() >= 2);
        QVERIFY(child<QLabel>(&page, QStringLiteral("historyLabel"))->text().contains(QStringLiteral("王建明")));
        QCOMPARE(name->text(), QStringLiteral("王建明"));
        QCOMPARE(child<QLineEdit>(&page, QStringLiteral("communityLineEdit"))->text(), m_communityName);

        ProblemRow *first = page.problemRows().at(0);
        commit(first->textEdit(), QStringLiteral("3幢门口路灯坏了两个月，晚上看不见路"));
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("addProblemButton")), Qt::LeftButton);
        QCOMPARE(page.problemRows().size(), 2);
        ProblemRow *second = page.problemRows().at(1);
        commit(second->textEdit(), QStringLiteral("垃圾分类点的桶太少，经常满出来"));
        QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("addProblemButton")), Qt::LeftButton);
        ProblemRow *third = page.problemRows().at(2);
        commit(third->textEdit(), QStringLiteral("晚上车辆乱停，停车位还是不够"));
        // The open parking case is suggested while the third problem is typed; the desk links it.
        QTRY_VERIFY(suggestions->count() >= 1);
        int found = -1;
        for (int i = 0; i < suggestions->count(); ++i)
            if (suggestions->item(i)->data(Qt::UserRole).toString() == m_earlierCaseId)
                found = i;
        QVERIFY(found >= 0);
        suggestions->setCurrentRow(found);
        auto *link = child<QPushButton>(&page, QStringLiteral("linkCaseButton"));
        QVERIFY(link->isEnabled());
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(third->linkedCaseId(), m_earlierCaseId);

        third->textEdit()->setFocus();
        QTest::keyClick(third->textEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!page.lastSavedVisitId().isEmpty(), qPrintable(child<QLabel>(&page, QStringLiteral("formStatusLabel"))->text()));
        const QString visitId = page.lastSavedVisitId();

        // Two new cases and one link, all tied to the visit.
        const QList<CaseRecord> cases = CaseRepository(*m_store).listForVisit(visitId);
        QCOMPARE(cases.size(), 2);
        QVERIFY(cases.at(0).description.contains(QStringLiteral("路灯")));
        QVERIFY(cases.at(1).description.contains(QStringLiteral("垃圾分类")));
        for (const CaseRecord &c : cases) {
            QCOMPARE(c.status, CaseStatus::Registered);
            QCOMPARE(c.citizenPhone, QStringLiteral("13812341234"));
            QCOMPARE(c.communityCode, m_community);
        }
        const QList<CaseRecord> linked = ReceptionLookup(*m_store).linkedCases(visitId);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().id, m_earlierCaseId);
        QCOMPARE(count(QStringLiteral("cases")), 3); // the earlier one and two new ones: no duplicate
        const auto visit = VisitRepository(*m_store).find(visitId);
        QCOMPARE(visit->visitorCount, 1);

        // The receipt names both new case numbers and the linked one, with the phone masked.
        auto receipt = ReceiptBuilder::forVisit(*m_store, visitId);
        QVERIFY(receipt.ok());
        const QString text = receipt->toPlainText();
        for (const CaseRecord &c : cases)
            QVERIFY2(text.contains(c.caseNo), qPrintable(text));
        QVERIFY(text.contains(linked.first().caseNo));
        QVERIFY(text.contains(QStringLiteral("138****1234")));
        QVERIFY(!text.contains(QStringLiteral("13812341234")));

        screenshot(&page, QStringLiteral("reception-saved"));
        // The form is empty for the next visitor, and the visit is in today's list.
        QVERIFY(!page.hasTypedText());
        QCOMPARE(page.problemRows().size(), 1);
        QCOMPARE(suggestions->count(), 0);
        QVERIFY(!child<QGroupBox>(&page, QStringLiteral("suggestionsGroupBox"))->title().contains(QLatin1Char('(')));
        QAbstractItemModelTester tester(page.todayModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.todayModel()->rowCount(), 1);
        QVERIFY(page.todayModel()->index(0, TodayVisitsModel::Cases).data().toString().contains(cases.at(0).caseNo));
        // Nobody was ticked on this visit, so nobody is taken as on duty for the next one.
        auto *deputies = child<QListWidget>(&page, QStringLiteral("deputiesListWidget"));
        QCOMPARE(deputies->count(), 1);
        QCOMPARE(deputies->item(0)->checkState(), Qt::Unchecked);
    }

    void theDeputiesOnDutyAreTakenFromTodaysVisits()
    {
        VisitIntake::Input today;
        today.visit.date = Clock::today();
        today.visit.halfDay = HalfDay::Afternoon;
        today.visit.deputyIds << m_deputyId;
        Visitor v;
        v.name = QStringLiteral("赵");
        today.visit.visitors << v;
        today.problems << VisitIntake::Problem{QStringLiteral("路灯坏了"), {}, {}, {}, {}};
        QVERIFY(VisitIntake(*m_store).save(today).ok());
        ReceptionPage page(*m_store);
        auto *deputies = child<QListWidget>(&page, QStringLiteral("deputiesListWidget"));
        QCOMPARE(deputies->item(0)->checkState(), Qt::Checked);
    }

    void theDeputiesTheScheduleNamesAreTickedFirst()
    {
        // A second deputy on a stored rule for the fifth Thursday afternoon (today, 29 October 2026).
        Deputy onRota;
        onRota.name = QStringLiteral("陈国强");
        onRota.level = DeputyLevel::Township;
        {
            WriteTransaction tx(*m_store);
            QVERIFY(DeputyRepository(*m_store).insert(tx, onRota).ok());
            QVERIFY(tx.commit().ok());
        }
        StoredReceptionRule rule;
        rule.title = QStringLiteral("乡镇人大代表接待日");
        rule.ruleText = QStringLiteral("monthly weeks=5 day=thu half=pm deputies=%1 from=2026-01-01").arg(onRota.id);
        auto saved = ReceptionSchedule(*m_store).saveRule(rule);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));

        ReceptionPage page(*m_store);
        auto *deputies = child<QListWidget>(&page, QStringLiteral("deputiesListWidget"));
        QCOMPARE(deputies->count(), 2);
        // The one on duty is ticked and listed first; the other is offered, unticked.
        QCOMPARE(deputies->item(0)->data(Qt::UserRole).toString(), onRota.id);
        QCOMPARE(deputies->item(0)->checkState(), Qt::Checked);
        QCOMPARE(deputies->item(1)->checkState(), Qt::Unchecked);
    }

    void badInputIsMarkedAndNothingSaved()
    {
        ReceptionPage page(*m_store);
        page.show();
        const int visits = count(QStringLiteral("visit"));
        const int cases = count(QStringLiteral("cases"));
        auto *phoneError = child<QLabel>(&page, QStringLiteral("phoneErrorLabel"));
        auto *nameError = child<QLabel>(&page, QStringLiteral("visitorNameErrorLabel"));

        // An invalid phone, and a problem row with no text.
        commit(child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit")), QStringLiteral("陈"));
        child<QLineEdit>(&page, QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("12345"));
        QVERIFY(!page.save());
        QVERIFY(phoneError->isVisible());
        QVERIFY(!phoneError->text().isEmpty());
        QVERIFY(!nameError->isVisible());
        auto *problemError = page.problemRows().at(0)->findChild<QLabel *>(QStringLiteral("problemErrorLabel"));
        QVERIFY(problemError->isVisible());
        QVERIFY(child<QLabel>(&page, QStringLiteral("formStatusLabel"))->text().contains(QStringLiteral("Nothing was saved")));
        screenshot(&page, QStringLiteral("reception-bad-input"));
        QCOMPARE(count(QStringLiteral("visit")), visits);
        QCOMPARE(count(QStringLiteral("cases")), cases);

        // Control characters (a bad paste) and over-long text are refused next to the problem too.
        child<QLineEdit>(&page, QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("0574-87654321"));
        page.problemRows().at(0)->setText(QStringLiteral("路灯\x07坏了"));
        QVERIFY(!page.save());
        QVERIFY(!phoneError->isVisible());
        QVERIFY(problemError->isVisible());
        page.problemRows().at(0)->setText(QString(VisitIntake::MaxProblemLength + 5, QChar(u'灯')));
        QVERIFY(!page.save());
        QVERIFY(problemError->text().contains(QString::number(VisitIntake::MaxProblemLength)));
        // A community that is not in the list.
        page.problemRows().at(0)->setText(QStringLiteral("路灯坏了"));
        child<QLineEdit>(&page, QStringLiteral("communityLineEdit"))->setText(QStringLiteral("不存在的社区"));
        QVERIFY(!page.save());
        QVERIFY(child<QLabel>(&page, QStringLiteral("communityErrorLabel"))->isVisible());
        QCOMPARE(count(QStringLiteral("visit")), visits);
        QCOMPARE(count(QStringLiteral("cases")), cases);

        // Corrected, it saves.
        child<QLineEdit>(&page, QStringLiteral("communityLineEdit"))->setText(m_communityName);
        QVERIFY(page.save());
        QCOMPARE(count(QStringLiteral("visit")), visits + 1);
        QCOMPARE(count(QStringLiteral("cases")), cases + 1);
        QCOMPARE(count(QStringLiteral("visitor"), QStringLiteral("phone = '0574-87654321'")), 1);
    }

    void escapeAsksBeforeDiscardingTypedText()
    {
        ReceptionPage page(*m_store);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QStringList asked;
        bool answer = false;
        page.setAsk([&](const QString &title, const QString &) {
            asked << title;
            return answer;
        });
        auto *name = child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit"));
        // Nothing typed: Esc has nothing to lose and asks nothing.
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(asked.isEmpty());

        commit(name, QStringLiteral("周"));
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(name->text(), QStringLiteral("周")); // "no": kept
        answer = true;
        QTest::keyClick(name, Qt::Key_Escape);
        QCOMPARE(asked.size(), 2);
        QVERIFY(name->text().isEmpty());
        QVERIFY(!page.hasTypedText());
    }

    void enterSavesButNotWhileAnInputMethodComposes()
    {
        ReceptionPage page(*m_store);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.problemRows().at(0)->setText(QStringLiteral("楼道灯不亮"));
        auto *name = child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit"));
        name->setFocus();
        // The user is choosing characters: "zhou" is still the input method's, Enter confirms it there.
        QInputMethodEvent composing(QStringLiteral("zhou"), {});
        QApplication::sendEvent(name, &composing);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(page.lastSavedVisitId().isEmpty());
        commit(name, QStringLiteral("周"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!page.lastSavedVisitId().isEmpty());
        // Enter inside the problem's text is a new line, not a save.
        const QString saved = page.lastSavedVisitId();
        commit(name, QStringLiteral("吴"));
        page.problemRows().at(0)->textEdit()->setFocus();
        QTest::keyClick(page.problemRows().at(0)->textEdit(), Qt::Key_Return);
        QCOMPARE(page.lastSavedVisitId(), saved);
    }

    void aDraftSurvivesTheProgramGoingAway()
    {
        {
            ReceptionPage page(*m_store);
            commit(child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit")), QStringLiteral("孙"));
            child<QLineEdit>(&page, QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13900002222"));
            commit(page.problemRows().at(0)->textEdit(), QStringLiteral("健身器材坏了"));
            QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("addProblemButton")), Qt::LeftButton);
            commit(page.problemRows().at(1)->textEdit(), QStringLiteral("河道有异味"));
            // Written while typing, not only at exit (a power cut gives no exit).
            QTRY_VERIFY(!QSettings().allKeys().filter(QStringLiteral("receptionDraft")).isEmpty());
            QTRY_VERIFY(QSettings().value(QSettings().allKeys().filter(QStringLiteral("receptionDraft")).first())
                            .toString()
                            .contains(QStringLiteral("河道有异味")));
        }
        ReceptionPage restored(*m_store);
        QCOMPARE(child<QLineEdit>(&restored, QStringLiteral("visitorNameLineEdit"))->text(), QStringLiteral("孙"));
        QCOMPARE(child<QLineEdit>(&restored, QStringLiteral("phoneLineEdit"))->text(), QStringLiteral("13900002222"));
        QCOMPARE(restored.problemRows().size(), 2);
        QCOMPARE(restored.problemRows().at(1)->text(), QStringLiteral("河道有异味"));
        QVERIFY(restored.save());
        // Saved: the draft is gone; the next start shows an empty form.
        ReceptionPage next(*m_store);
        QVERIFY(!next.hasTypedText());
    }

    void aVisitSavedByMistakeIsCancelledWithAReason()
    {
        ReceptionPage page(*m_store);
        page.show();
        commit(child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit")), QStringLiteral("钱"));
        commit(page.problemRows().at(0)->textEdit(), QStringLiteral("小区门口积水"));
        QVERIFY(page.save());
        const QString visitId = page.lastSavedVisitId();
        auto *table = child<QTableView>(&page, QStringLiteral("todayVisitsTableView"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *cancel = child<QPushButton>(&page, QStringLiteral("cancelVisitButton"));
        QVERIFY(cancel->isEnabled());
        // Backing out changes nothing.
        page.setAskReason([](const QString &) { return std::optional<QString>(); });
        QVERIFY(!page.cancelSelectedVisit());
        QCOMPARE(VisitRepository(*m_store).find(visitId)->status, QStringLiteral("active"));
        page.setAskReason([](const QString &) { return std::optional<QString>(QStringLiteral("录重了")); });
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(VisitRepository(*m_store).find(visitId)->status, QStringLiteral("cancelled"));
        QCOMPARE(VisitRepository(*m_store).find(visitId)->cancelReason, QStringLiteral("录重了"));
        QCOMPARE(CaseRepository(*m_store).listForVisit(visitId).first().status, CaseStatus::Cancelled);
        QTRY_VERIFY(table->model()->index(0, TodayVisitsModel::Status).data().toString().contains(QStringLiteral("录重了")));
    }

    void aSavedVisitorIsCorrectedFromTodaysList()
    {
        ReceptionPage page(*m_store);
        page.show();
        commit(child<QLineEdit>(&page, QStringLiteral("visitorNameLineEdit")), QStringLiteral("冯"));
        commit(page.problemRows().at(0)->textEdit(), QStringLiteral("小区门口积水"));
        QVERIFY(page.save());
        const QString visitId = page.lastSavedVisitId();
        auto *table = child<QTableView>(&page, QStringLiteral("todayVisitsTableView"));
        table->setCurrentIndex(table->model()->index(0, 0));
        QVERIFY(child<QPushButton>(&page, QStringLiteral("editVisitButton"))->isEnabled());
        QStringList errors;
        page.setEditVisitor([&](const Visitor &current, const QString &, const EditVisitorDialog::Apply &apply) {
            if (current.name != QStringLiteral("冯"))
                return false;
            // First a wrong phone: the form says why and stays open; then the right one.
            errors << apply(QStringLiteral("冯丽"), QStringLiteral("138"), m_communityName, 2);
            errors << apply(QStringLiteral("冯丽"), QStringLiteral("13600001111"), m_communityName, 2);
            return errors.last().isEmpty();
        });
        QVERIFY(page.correctSelectedVisitor());
        QCOMPARE(errors.size(), 2);
        QVERIFY(!errors.first().isEmpty());
        const QList<CaseRecord> cases = CaseRepository(*m_store).listForVisit(visitId);
        QCOMPARE(cases.first().citizenName, QStringLiteral("冯丽"));
        QCOMPARE(cases.first().citizenPhone, QStringLiteral("13600001111"));
        QCOMPARE(VisitRepository(*m_store).find(visitId)->visitorCount, 2);
    }

    void fitsASmallScreenInChinese()
    {
        TranslationLoader translations;
        translations.setLanguage(TranslationLoader::Chinese);
        MainWindow window(*m_store, translations);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<ReceptionPage *>(window.pageWidget(MainWindow::Page::Reception));
        QVERIFY(page);
        commit(child<QLineEdit>(page, QStringLiteral("visitorNameLineEdit")), QStringLiteral("王建明"));
        child<QLineEdit>(page, QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13812341234"));
        commit(page->problemRows().at(0)->textEdit(), QStringLiteral("晚上车辆乱停，停车位还是不够"));
        QTRY_VERIFY(child<QListWidget>(page, QStringLiteral("historyListWidget"))->count() >= 2);
        QTRY_VERIFY(child<QListWidget>(page, QStringLiteral("suggestionsListWidget"))->count() >= 1);
        // Everything of the form is on the screen: the page needs no more room than the window gives it.
        QVERIFY2(page->minimumSizeHint().height() <= page->height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(page->minimumSizeHint().height()).arg(page->height())));
        QVERIFY(page->minimumSizeHint().width() <= page->width());
        for (const char *name : {"saveButton", "todayVisitsTableView", "addProblemButton", "cancelVisitButton"}) {
            QWidget *w = child<QWidget>(page, QString::fromLatin1(name));
            const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
            QVERIFY2(window.rect().contains(r), name);
        }
        screenshot(&window, QStringLiteral("zh-reception-1366x768"));
    }
};

QTEST_MAIN(TestReceptionForm)
#include "tst_receptionform.moc"
