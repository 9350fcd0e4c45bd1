// The deputies page driven by object names on a demo store: filters and pinyin search, the detail
// form with inline errors and a photo, the roster import report, the duty record, and stations and points.

#include "MainWindow.h"
#include "common/Clock.h"
#include "deputies/DeputiesPage.h"
#include "deputies/DeputyDetailForm.h"
#include "deputies/DeputyService.h"
#include "deputies/PinyinInitials.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "i18n/TranslationLoader.h"
#include "models/DeputyRosterModel.h"
#include "schedule/ReceptionSchedule.h"
#include "stations/StationService.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace zt;

class TestDeputiesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
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
    }

    void cleanupTestCase() { Clock::setFixedNow({}); }

    void filtersAndPinyinSearch()
    {
        DeputiesPage page(*m_store);
        QAbstractItemModelTester tester(page.model());
        auto *model = page.model();
        const int all = model->rowCount();
        QVERIFY(all >= 10);
        QCOMPARE(model->totalCount(), all);

        auto *level = child<QComboBox>(page, "levelFilterComboBox");
        level->setCurrentIndex(level->findData(DeputyLevel::County));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (const Deputy &d : DeputyService(*m_store).all()) {
            if (d.level != DeputyLevel::County)
                continue;
            bool found = false;
            for (int r = 0; r < model->rowCount(); ++r)
                found = found || model->rowId(r) == d.id;
            QVERIFY(found);
        }
        level->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), all);

        // Pinyin initials of a real name find it.
        const Deputy someone = DeputyService(*m_store).all().at(3);
        const QString initials = PinyinInitials::of(someone.name);
        QVERIFY(!initials.isEmpty());
        auto *search = child<QLineEdit>(page, "searchLineEdit");
        QTest::keyClicks(search, initials);
        QVERIFY(model->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r)
            found = found || model->rowId(r) == someone.id;
        QVERIFY(found);
        search->clear();

        auto *expertise = child<QComboBox>(page, "expertiseFilterComboBox");
        const int edu = expertise->findData(QStringLiteral("教育"));
        QVERIFY(edu > 0);
        expertise->setCurrentIndex(edu);
        QVERIFY(model->rowCount() >= 2);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->index(r, DeputyRosterModel::Expertise).data().toString().contains(QStringLiteral("教育")));
    }

    void detailFormSavesAndShowsErrorsInline()
    {
        DeputiesPage page(*m_store);
        page.resize(1200, 680);
        page.show();
        auto *view = child<QTableView>(page, "deputiesTableView");
        view->selectRow(1);
        const QString id = page.model()->rowId(1);
        auto *phone = child<QLineEdit>(page, "phoneLineEdit");
        auto *error = child<QLabel>(page, "errorLabel");
        phone->setText(QStringLiteral("12345"));
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("mobile number")));
        QVERIFY(DeputyService(*m_store).find(id)->phone != QLatin1String("12345"));

        phone->setText(QStringLiteral("13912345678"));
        child<QLineEdit>(page, "occupationLineEdit")->setText(QStringLiteral("社区医生"));
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QCOMPARE(DeputyService(*m_store).find(id)->phone, QStringLiteral("13912345678"));
        QCOMPARE(DeputyService(*m_store).find(id)->occupation, QStringLiteral("社区医生"));

        // A photo: stored by content hash beside the store, shown in the form.
        QImage image(120, 160, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        const QString png = m_dir.filePath(QStringLiteral("face.png"));
        QVERIFY(image.save(png));
        auto *form = page.findChild<DeputyDetailForm *>(QStringLiteral("deputyDetailForm"));
        QVERIFY(form->setPhotoFile(png));
        const QString sha = DeputyService(*m_store).find(id)->photoSha256;
        QCOMPARE(sha.size(), 64);
        QVERIFY(!DeputyService(*m_store).photoPath(sha).isEmpty());
        QVERIFY(!child<QLabel>(page, "photoLabel")->pixmap().isNull());

        // A new deputy with no name is refused next to the form.
        QTest::mouseClick(child<QPushButton>(page, "newDeputyButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(page, "nameLineEdit")->text().isEmpty());
        const int before = int(DeputyService(*m_store).all().size());
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QCOMPARE(int(DeputyService(*m_store).all().size()), before);
    }

    void importShowsEveryBadLine()
    {
        DeputiesPage page(*m_store);
        const QString csv = m_dir.filePath(QStringLiteral("roster.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("姓名,级别,联系电话,专长\n新代表甲,区,13800000001,教育\n,区,,\n新代表乙,部,13800000002,\n新代表丙,乡镇,,养老\n");
        f.close();
        const int before = page.model()->totalCount();
        page.importRoster(csv);
        QVERIFY(!child<QFrame>(page, "importReportFrame")->isHidden());
        auto *problems = child<QTreeWidget>(page, "importProblemsTreeWidget");
        QCOMPARE(problems->topLevelItemCount(), 2);
        QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(problems->topLevelItem(1)->text(0), QStringLiteral("4"));
        QVERIFY(child<QLabel>(page, "importSummaryLabel")->text().contains(QLatin1String("2 deputies added")));
        QCOMPARE(page.model()->totalCount(), before + 2);
        page.resize(1200, 680);
        screenshot(&page, QStringLiteral("deputies-import-report"));
    }

    void dutyRecordFollowsAttendance()
    {
        DeputiesPage page(*m_store);
        page.findChild<QTableView *>(QStringLiteral("deputiesTableView"))->selectRow(0);
        const QString id = page.model()->rowId(0);
        auto *receptions = child<QLabel>(page, "dutyReceptionsLabel");
        const QString before = receptions->text();
        ReceptionSchedule schedule(*m_store);
        QVERIFY(schedule.markAttendance(QDate(2026, 10, 22), HalfDay::Afternoon, {}, {{id, AttendanceStatus::Attended}}));
        QVERIFY(schedule.markAttendance(QDate(2026, 10, 8), HalfDay::Afternoon, {}, {{id, AttendanceStatus::Absent}}));
        QVERIFY(receptions->text() != before);
        QVERIFY(receptions->text().contains(QLatin1String("missed: 1")));
        QVERIFY(child<QListWidget>(page, "dutyDaysListWidget")->count() >= 1);
    }

    void stationsAndPoints()
    {
        DeputiesPage page(*m_store);
        auto *tabs = child<QTabWidget>(page, "deputiesPageTabWidget");
        tabs->setCurrentIndex(1);
        auto *tree = child<QTreeWidget>(page, "placesTreeWidget");
        QCOMPARE(tree->topLevelItemCount(), 1);
        const int points = tree->topLevelItem(0)->childCount();
        QCOMPARE(points, int(StationService(*m_store).points().size()));

        QTest::mouseClick(child<QPushButton>(page, "newPointButton"), Qt::LeftButton);
        child<QLineEdit>(page, "placeNameLineEdit")->setText(QStringLiteral("新建社区联络点"));
        auto *save = child<QPushButton>(page, "savePlaceButton");
        auto *error = child<QLabel>(page, "placeErrorLabel");
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!error->isHidden()); // no village chosen
        QCOMPARE(tree->topLevelItem(0)->childCount(), points);

        auto *division = page.findChild<QWidget *>(QStringLiteral("placeForm"))->findChild<QComboBox *>(QStringLiteral("divisionComboBox"));
        QVERIFY(division->count() > 2);
        division->setCurrentIndex(2);
        page.findChild<QWidget *>(QStringLiteral("placeForm"))->findChild<QLineEdit *>(QStringLiteral("openingHoursLineEdit"))
            ->setText(QStringLiteral("周四下午 14:00-17:00"));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("fullAddressLabel"))->text().isEmpty());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("fullAddressLabel"))->text().startsWith(QStringLiteral("浙江省")));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(error->isHidden());
        QCOMPARE(tree->topLevelItem(0)->childCount(), points + 1);
        bool found = false;
        for (const Point &p : StationService(*m_store).points()) {
            if (p.name == QStringLiteral("新建社区联络点")) {
                found = true;
                QCOMPARE(p.openingHours, QStringLiteral("周四下午 14:00-17:00"));
            }
        }
        QVERIFY(found);
    }

    void screenshotsAt1366x768()
    {
        TranslationLoader translations;
        translations.setLanguage(TranslationLoader::Chinese);
        MainWindow window(*m_store, translations);
        window.resize(1366, 768);
        window.show();
        window.showPage(MainWindow::Page::Deputies);
        auto *page = window.pageWidget(MainWindow::Page::Deputies);
        page->findChild<QTableView *>(QStringLiteral("deputiesTableView"))->selectRow(2);
        screenshot(&window, QStringLiteral("deputies"));
        page->findChild<QTabWidget *>(QStringLiteral("deputyDetailTabWidget"))->setCurrentIndex(1);
        screenshot(&window, QStringLiteral("deputies-duty-record"));
        page->findChild<QTabWidget *>(QStringLiteral("deputiesPageTabWidget"))->setCurrentIndex(1);
        auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("placesTreeWidget"));
        if (tree->topLevelItem(0)->childCount() > 0)
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        screenshot(&window, QStringLiteral("stations"));
    }
};

QTEST_MAIN(TestDeputiesPage)
#include "tst_deputiespage.moc"
