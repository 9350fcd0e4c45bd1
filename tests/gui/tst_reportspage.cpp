// The reports page on a demo store: the preview shows the report of the chosen month, with as many
// pages as the PDF it saves (what is printed is what is on screen), and CSV/XLSX exports hold the
// same figures. Screenshots go to $ZT_SCREENSHOT_DIR when it is set.

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "cases/CaseDetailPanel.h"
#include "reports/ActivitiesDialog.h"
#include "reports/ReportsPage.h"
#include "storage/NotableCaseRepository.h"
#include "workflow/WorkingDayCalendar.h"
#include "storage/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
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

    static const ReportBlock *block(const ReportDocument &doc, const QString &key)
    {
        for (const ReportBlock &b : doc.blocks)
            if (b.key == key)
                return &b;
        return nullptr;
    }

    // Picking notable cases beside the preview, marking one on the case detail, and recording an
    // activity with the keyboard: each lands in the printed report, and stays after a restart.
    void notableCasesAndActivitiesReachTheReport()
    {
        ReportsPage page(*m_store);
        page.resize(1366, 700);
        QSignalSpy shown(&page, &ReportsPage::reportShown);
        page.show();
        QVERIFY(shown.wait(60000));
        auto *number = page.findChild<QLineEdit *>(QStringLiteral("caseNumberLineEdit"));
        QVERIFY(number);
        // An October case, by the end of its number.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, case_no, title FROM cases WHERE registered_on BETWEEN '2026-10-01' AND "
                                      "'2026-10-31' AND status = 'closed' ORDER BY case_no LIMIT 2")));
        QVERIFY(q.next());
        const QString firstId = q.value(0).toString(), firstNo = q.value(1).toString(), firstTitle = q.value(2).toString();
        QVERIFY(q.next());
        const QString secondId = q.value(0).toString(), secondTitle = q.value(2).toString();
        number->setText(firstNo.section(QLatin1Char('-'), -1));
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(shown.wait(60000));
        QStringList titles;
        for (const QStringList &row : block(page.report(), QStringLiteral("notable"))->rows)
            titles << row.at(1);
        QCOMPARE(titles, QStringList{firstTitle});
        // A number nobody has: said next to the field.
        number->setText(QStringLiteral("Z9999"));
        QTest::keyClick(number, Qt::Key_Return);
        auto *error = page.findChild<QLabel *>(QStringLiteral("notableErrorLabel"));
        QVERIFY(error && error->isVisible() && !error->text().isEmpty());

        // The case detail's button picks the second for its registration month (October).
        {
            CaseDetailPanel detail(*m_store, WorkingDayCalendar::fromStore(m_store->db()));
            detail.showCase(secondId);
            auto *button = detail.findChild<QPushButton *>(QStringLiteral("notableCaseButton"));
            QVERIFY(button && !button->isChecked());
            button->click();
            QVERIFY(button->isChecked());
            QCOMPARE(NotableCaseRepository(*m_store).periodsOf(secondId), QStringList{QStringLiteral("2026-10")});
        }
        QVERIFY(shown.wait(60000)); // the page heard of the change
        QCOMPARE(block(page.report(), QStringLiteral("notable"))->rows.size(), 2);

        // An activity, typed into the dialog and saved with Ctrl+S.
        {
            ActivitiesDialog dialog(*m_store, QDate(2026, 10, 1));
            dialog.show();
            dialog.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("heldOnDateEdit"));
            QCOMPARE(date->date(), QDate(2026, 10, 31)); // the month has ended: its last day
            date->setDate(QDate(2026, 10, 21));
            auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindComboBox"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("law_publicity")));
            auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleLineEdit"));
            // Chinese arrives through the input method as a commit string.
            title->setFocus();
            QInputMethodEvent commit;
            commit.setCommitString(QStringLiteral("宪法宣传日进社区"));
            QCoreApplication::sendEvent(title, &commit);
            QCOMPARE(title->text(), QStringLiteral("宪法宣传日进社区"));
            dialog.findChild<QSpinBox *>(QStringLiteral("participantsSpinBox"))->setValue(45);
            auto *deputies = dialog.findChild<QListWidget *>(QStringLiteral("deputiesListWidget"));
            QVERIFY(deputies->count() > 0);
            deputies->item(0)->setCheckState(Qt::Checked);
            QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
            QVERIFY2(dialog.activities().size() == 1, qPrintable(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text()));
            QVERIFY(title->text().isEmpty()); // ready for the next one
            // Without a title it is refused, next to the form.
            QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
            QCOMPARE(dialog.activities().size(), 1);
        }
        QVERIFY(shown.wait(60000));
        const ReportBlock *activities = block(page.report(), QStringLiteral("activities"));
        QVERIFY(activities);
        QCOMPARE(activities->rows.size(), 1);
        QCOMPARE(activities->rows.at(0).at(2), QStringLiteral("宪法宣传日进社区"));
        QCOMPARE(activities->rows.at(0).at(4), QStringLiteral("45"));
        const QString shots = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            page.grab().save(QDir(shots).filePath(QStringLiteral("reports-page-notable.png")));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
