// The reports page on a demo store: the preview shows the report of the chosen month, with as many
// pages as the PDF it saves (what is printed is what is on screen), and CSV/XLSX exports hold the
// same figures. Screenshots go to $ZT_SCREENSHOT_DIR when it is set.

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "reports/ReportsPage.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void initTestCase()
    {
        Clock::setFixedNow(QDateTime(QDate(2026, 11, 15), QTime(9, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        DemoOptions options;
        options.endDate = QDate(2026, 10, 31);
        QVERIFY(DemoGenerator::generate(*m_store, options).ok());
    }

    void cleanupTestCase() { Clock::setFixedNow({}); }

    void previewIsWhatIsPrinted()
    {
        ReportsPage page(*m_store);
        page.resize(1366, 700);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.show();
        QVERIFY(shown.wait(60000));
        // The last month that has ended: October.
        QCOMPARE(page.report().periodCode, QStringLiteral("2026-10"));
        auto *preview = page.findChild<QPrintPreviewWidget *>(QStringLiteral("reportPreviewWidget"));
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("october.pdf"));
        QVERIFY(page.savePdf(pdf).ok());
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput()));
        QVERIFY(m.hasMatch());
        QCOMPARE(preview->pageCount(), m.captured(1).toInt());

        const QString csv = m_dir.filePath(QStringLiteral("october.csv"));
        QVERIFY(page.saveCsv(csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(page.report().figures.value(4).value.toUtf8()));
        QVERIFY(page.saveXlsx(m_dir.filePath(QStringLiteral("october.xlsx"))).ok());
        const QString shots = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            page.grab().save(QDir(shots).filePath(QStringLiteral("reports-page.png")));
        }

        // The annual report of 2026.
        page.findChild<QComboBox *>(QStringLiteral("reportKindComboBox"))->setCurrentIndex(1);
        QVERIFY(shown.wait(60000));
        QCOMPARE(page.report().periodCode, QStringLiteral("2026"));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
