// The schedule page on a demo store with the rules of the issue: the month and year views, a day's
// notice and WeChat text, attendance into the duty record, the printouts as PDF, the .ics export and
// the rules form (not the text grammar).

#include "MainWindow.h"
#include "common/Clock.h"
#include "deputies/DeputyService.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "schedule/ReceptionSchedule.h"
#include "schedule/ReceptionDayPanel.h"
#include "schedule/SchedulePage.h"
#include "storage/DutyRecordQuery.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QCheckBox>
#include <QListWidget>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestSchedulePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QStringList m_county;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
    // Printouts go next to the screenshots when asked, to look at them with pdftoppm.
    QString printoutPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        return dir.isEmpty() ? m_dir.filePath(name) : QDir(dir).filePath(name);
    }

    template <typename T>
    T *child(QWidget &page, const char *name)
    {
        T *w = page.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 30), QTime(9, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        DemoOptions options;
        options.endDate = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator::generate(*m_store, options));
        QStringList leaders;
        for (const Deputy &d : DeputyService(*m_store).all()) {
            if (d.level == DeputyLevel::County)
                m_county << d.id;
            else if (d.level == DeputyLevel::City || d.level == DeputyLevel::Provincial)
                leaders << d.id;
        }
        QVERIFY(m_county.size() >= 4);
        ReceptionSchedule schedule(*m_store);
        StoredReceptionRule district;
        district.title = QStringLiteral("区人大代表接待日");
        district.ruleText = QStringLiteral("monthly weeks=2,4 day=thu half=pm per=2 from=2026-01-01 until=2026-12-31 deputies=") +
                            m_county.join(QLatin1Char(','));
        QVERIFY(schedule.saveRule(district));
        StoredReceptionRule points;
        points.title = QStringLiteral("联络点接待日");
        points.ruleText = QStringLiteral("monthly weeks=1,3 day=thu half=am per=1 from=2026-01-01 deputies=") +
                          m_county.mid(0, 3).join(QLatin1Char(','));
        QVERIFY(schedule.saveRule(points));
        StoredReceptionRule leaderDays;
        leaderDays.ruleText = QStringLiteral("leaders weeks=1 day=mon half=am per=1 from=2026-01-01 deputies=") +
                              leaders.join(QLatin1Char(','));
        QVERIFY(schedule.saveRule(leaderDays));
    }

    void cleanupTestCase() { Clock::setFixedNow({}); }

    void monthViewListsTheMonthsDays()
    {
        SchedulePage page(*m_store);
        page.showMonth(2026, 10);
        auto *table = child<QTableWidget>(page, "monthSessionsTableWidget");
        const QList<ReceptionDay> october = ReceptionSchedule(*m_store).days(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QCOMPARE(table->rowCount(), int(october.size()));
        // 国庆: the 1st Thursday (Oct 1) and 1st Monday (Oct 5) moved to Oct 8 and Oct 9.
        QCOMPARE(october.first().session.date, QDate(2026, 10, 8));
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("国庆节")));
        QVERIFY(child<QCalendarWidget>(page, "monthCalendarWidget")->dateTextFormat(QDate(2026, 10, 22)).font().bold());
    }

    void dayNoticeWeChatTextAndPdf()
    {
        SchedulePage page(*m_store);
        page.selectDay(QDate(2026, 10, 22));
        auto *text = child<QPlainTextEdit>(page, "weChatTextEdit");
        QVERIFY(text->toPlainText().contains(QStringLiteral("区人大代表接待日")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("14:00")));
        const auto day = ReceptionSchedule(*m_store).dayAt(QDate(2026, 10, 22), HalfDay::Afternoon);
        QVERIFY(day);
        for (const QString &id : day->session.deputyIds)
            QVERIFY(text->toPlainText().contains(DeputyService(*m_store).find(id)->name));
        QTest::mouseClick(child<QPushButton>(page, "copyWeChatButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());

        auto *panel = page.findChild<ReceptionDayPanel *>(QStringLiteral("receptionDayPanel"));
        const QString pdf = printoutPath(QStringLiteral("notice.pdf"));
        QCOMPARE(panel->exportNoticePdf(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000); // the CJK font is embedded
    }

    void attendanceAfterTheDayFeedsTheDutyRecord()
    {
        SchedulePage page(*m_store);
        page.selectDay(QDate(2026, 11, 12)); // after "today": not yet
        QVERIFY(!child<QPushButton>(page, "saveAttendanceButton")->isEnabled());

        page.selectDay(QDate(2026, 10, 22));
        auto *table = child<QTableWidget>(page, "attendanceTableWidget");
        QCOMPARE(table->rowCount(), 2);
        const QString first = table->item(0, 0)->data(Qt::UserRole).toString();
        const int before = DutyRecordQuery(*m_store).compute(first).receptionsAttended;
        auto *came = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
        came->setCurrentIndex(came->findData(AttendanceStatus::Attended));
        auto *absent = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
        absent->setCurrentIndex(absent->findData(AttendanceStatus::Absent));
        QTest::mouseClick(child<QPushButton>(page, "saveAttendanceButton"), Qt::LeftButton);
        QCOMPARE(DutyRecordQuery(*m_store).compute(first).receptionsAttended, before + 1);
        const QString second = table->item(1, 0)->data(Qt::UserRole).toString();
        QCOMPARE(DutyRecordQuery(*m_store).compute(second).receptionsMissed, 1);
    }

    void yearViewPrintoutsAndIcs()
    {
        SchedulePage page(*m_store);
        child<QSpinBox>(page, "yearSpinBox")->setValue(2026);
        auto *table = child<QTableWidget>(page, "yearSessionsTableWidget");
        const int expected = int(ReceptionSchedule(*m_store).days(QDate(2026, 1, 1), QDate(2026, 12, 31)).size());
        QCOMPARE(table->rowCount(), expected);
        QVERIFY(expected > 24 + 24);

        for (int paper : {0, 1}) {
            child<QComboBox>(page, "paperComboBox")->setCurrentIndex(paper);
            const QString pdf = printoutPath(paper == 0 ? QStringLiteral("wall-a4.pdf") : QStringLiteral("wall-a3.pdf"));
            QCOMPARE(page.exportWallSchedulePdf(pdf), QString());
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(5) == "%PDF-");
        }
        const QString ics = m_dir.filePath(QStringLiteral("year.ics"));
        QCOMPARE(page.exportIcs(ics), QString());
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.readAll().count("BEGIN:VEVENT")), expected);
    }

    void rulesFormSavesAThemedReceptionWithSuggestedDeputies()
    {
        SchedulePage page(*m_store);
        const int before = int(ReceptionSchedule(*m_store).rules().size());
        child<QTabWidget>(page, "scheduleTabWidget")->setCurrentIndex(2);
        QCOMPARE(child<QListWidget>(page, "rulesListWidget")->count(), before);
        QTest::mouseClick(child<QPushButton>(page, "newRuleButton"), Qt::LeftButton);
        auto *kind = child<QComboBox>(page, "kindComboBox");
        kind->setCurrentIndex(kind->findData(int(ReceptionRule::Once)));
        child<QDateEdit>(page, "dateEdit")->setDate(QDate(2026, 8, 20));
        child<QLineEdit>(page, "titleLineEdit")->setText(QStringLiteral("开学前主题接待"));
        child<QLineEdit>(page, "topicLineEdit")->setText(QStringLiteral("开学前心理辅导"));
        child<QLineEdit>(page, "tagsLineEdit")->setText(QStringLiteral("教育、心理"));
        QTest::mouseClick(child<QPushButton>(page, "suggestButton"), Qt::LeftButton);
        auto *deputies = child<QListWidget>(page, "deputiesListWidget");
        QVERIFY(deputies->count() > 0);
        QCOMPARE(deputies->item(0)->checkState(), Qt::Checked);
        QVERIFY(deputies->item(0)->toolTip().contains(QStringLiteral("教育")) ||
                deputies->item(0)->toolTip().contains(QStringLiteral("心理")));
        QTest::mouseClick(child<QPushButton>(page, "saveRuleButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(page, "ruleErrorLabel")->isHidden());
        const QList<StoredReceptionRule> rules = ReceptionSchedule(*m_store).rules();
        QCOMPARE(int(rules.size()), before + 1);
        QVERIFY(rules.last().ruleText.startsWith(QLatin1String("once date=2026-08-20")));
        QVERIFY(rules.last().ruleText.contains(QStringLiteral("topic=开学前心理辅导")));
        QCOMPARE(child<QListWidget>(page, "rulesListWidget")->count(), before + 1);

        // A monthly rule with no week ticked is refused in words, nothing stored.
        QTest::mouseClick(child<QPushButton>(page, "newRuleButton"), Qt::LeftButton);
        for (const char *box : {"week1CheckBox", "week2CheckBox", "week3CheckBox", "week4CheckBox", "week5CheckBox",
                                "lastWeekCheckBox"})
            child<QCheckBox>(page, box)->setChecked(false);
        QTest::mouseClick(child<QPushButton>(page, "saveRuleButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(page, "ruleErrorLabel")->isHidden());
        QCOMPARE(int(ReceptionSchedule(*m_store).rules().size()), before + 1);
    }

    void screenshotsAt1366x768()
    {
        TranslationLoader translations;
        translations.setLanguage(TranslationLoader::Chinese);
        MainWindow window(*m_store, translations);
        window.resize(1366, 768);
        window.show();
        window.showPage(MainWindow::Page::Schedule);
        auto *page = qobject_cast<SchedulePage *>(window.pageWidget(MainWindow::Page::Schedule));
        page->selectDay(QDate(2026, 10, 22));
        screenshot(&window, QStringLiteral("schedule-month"));
        page->findChild<QTabWidget *>(QStringLiteral("scheduleTabWidget"))->setCurrentIndex(1);
        screenshot(&window, QStringLiteral("schedule-year"));
        page->findChild<QTabWidget *>(QStringLiteral("scheduleTabWidget"))->setCurrentIndex(2);
        page->findChild<QListWidget *>(QStringLiteral("rulesListWidget"))->setCurrentRow(0);
        screenshot(&window, QStringLiteral("schedule-rules"));
    }
};

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"
