// Exporting from the case list, through the widgets: the cases page writes exactly the cases its filter shows
// to the file chosen (off the GUI thread), says how many under the list, masks phone numbers for station staff
// but not for the station head, writes an Excel workbook for .xlsx, and a file that cannot be written gives a
// clear message and leaves nothing behind.

#include "../unit/TestStore.h"
#include "Screenshots.h"

#include "cases/CasesPage.h"
#include "common/Clock.h"
#include "i18n/TranslationLoader.h"
#include "domain/Codes.h"
#include "storage/CategoryRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {
const QDate Today(2026, 11, 2);

QDateTime local(QDate date)
{
    return QDateTime(date, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.remove(QChar(0xFEFF));
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}
} // namespace

class TestCasesExportGui : public QObject
{
    Q_OBJECT

    QString m_parking;

    void addCases(test::TestStore &ts)
    {
        {
            WriteTransaction tx(ts.store());
            Category p;
            p.code = QStringLiteral("parking");
            p.name = QStringLiteral("停车管理");
            QVERIFY(CategoryRepository(ts.store()).insert(tx, p));
            QVERIFY(tx.commit());
            m_parking = p.id;
        }
        const struct
        {
            const char *title;
            bool parking;
            const char *phone;
        } cases[] = {
            {"小区停车位不足", true, "13800000001"},
            {"停车位被占用", true, "13800000002"},
            {"夜间乱停车", true, "13800000003"},
            {"夜间施工噪音", false, "13800000004"},
            {"路灯不亮", false, "13800000005"},
        };
        for (const auto &c : cases) {
            WriteTransaction tx(ts.store());
            CaseRecord r;
            r.title = QString::fromUtf8(c.title);
            if (c.parking)
                r.categoryId = m_parking;
            r.citizenPhone = QString::fromLatin1(c.phone);
            QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), r));
            QVERIFY(tx.commit());
        }
    }

    static bool exportTo(CasesPage &page, const QString &path)
    {
        QSignalSpy finished(&page, &CasesPage::exportFinished);
        page.exportShownCasesTo(path);
        if (!finished.wait(20000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void init() { Clock::setFixedNow(local(Today)); }
    void cleanup() { Clock::setFixedNow({}); }

    void staffExportTheFilteredListWithPhonesMasked()
    {
        test::TestStore ts;
        addCases(ts);
        ts->setCurrentUserId(ts.addUser(QStringLiteral("staff"), Role::StationStaff).id);
        CasesPage page(ts.store());
        page.resize(1366, 700);
        page.show();
        CaseFilter parkingOnly;
        parkingOnly.categoryId = m_parking;
        page.showFiltered(parkingOnly);

        const QString path = ts.dir() + QStringLiteral("/停车.csv");
        QVERIFY(exportTo(page, path));
        const QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 1 + 3); // the header and the three parking cases, not the other two
        QVERIFY(lines.first().startsWith(QStringLiteral("案件编号")));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("小区停车位不足")));
        QVERIFY(!all.contains(QStringLiteral("路灯不亮")));
        QVERIFY(!all.contains(QStringLiteral("13800000001")));
        QVERIFY(all.contains(QStringLiteral("138****0001")));

        auto *message = page.findChild<QLabel *>(QStringLiteral("exportMessageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("3 case")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("停车.csv")));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportCasesButton"))->isEnabled());

        // The message follows a switch of language, as the rest of the page does.
        {
            TranslationLoader translations;
            translations.setLanguage(TranslationLoader::Chinese);
            QCoreApplication::processEvents();
            QVERIFY2(message->text().contains(QStringLiteral("已导出")), qPrintable(message->text()));
            QVERIFY(message->text().contains(QStringLiteral("停车.csv")));
            translations.setLanguage(TranslationLoader::English);
            QCoreApplication::processEvents();
            QVERIFY2(message->text().contains(QStringLiteral("3 case")), qPrintable(message->text()));
        }
        test::saveScreenshots(page, QStringLiteral("cases-export-done"));
    }

    void theHeadSeesPhonesAndGetsAWorkbook()
    {
        test::TestStore ts;
        addCases(ts);
        ts->setCurrentUserId(ts.addUser(QStringLiteral("head"), Role::StationHead).id);
        CasesPage page(ts.store());
        page.show();
        page.showFiltered(CaseFilter{});

        const QString csv = ts.dir() + QStringLiteral("/all.csv");
        QVERIFY(exportTo(page, csv));
        const QStringList lines = csvLines(csv);
        QCOMPARE(lines.size(), 1 + 5);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("13800000004")));

        const QString xlsx = ts.dir() + QStringLiteral("/all.xlsx");
        QVERIFY(exportTo(page, xlsx));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArrayLiteral("PK")); // a zip: the workbook format
        QVERIFY(!QFile::exists(xlsx + QStringLiteral(".part")));
    }

    void aFileThatCannotBeWrittenSaysSoAndLeavesNothing()
    {
        test::TestStore ts;
        addCases(ts);
        CasesPage page(ts.store());
        page.show();
        page.showFiltered(CaseFilter{});

        const QString path = ts.dir() + QStringLiteral("/no-such-folder/cases.csv");
        QVERIFY(!exportTo(page, path));
        QVERIFY(!QFile::exists(path));
        auto *message = page.findChild<QLabel *>(QStringLiteral("exportMessageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("could not be written")), qPrintable(message->text()));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportCasesButton"))->isEnabled());
    }
};

QTEST_MAIN(TestCasesExportGui)
#include "tst_casesexportgui.moc"
