// The ledger import (导入台账) driven through its dialog on a real ledger with broken rows: the cases page opens
// it, the columns are read from the Chinese headers and can be corrected, the first rows are previewed, the
// import runs off the GUI thread with progress, every refused row is listed with its line and reason (copy,
// CSV), the list of cases shows the new ones, a second import imports nothing new and says so, and the mapping
// is remembered for ledgers with the same headers.

#include "../unit/LedgerTestData.h"
#include "../unit/TestStore.h"
#include "Screenshots.h"

#include "cases/CasesPage.h"
#include "cases/LedgerImportDialog.h"
#include "domain/Codes.h"
#include "models/CaseListModel.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace zt;
using F = LedgerColumns::Field;

class TestLedgerImportDialog : public QObject
{
    Q_OBJECT

    template <typename T> static T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    static int fieldOf(LedgerImportDialog &dialog, int column)
    {
        return dialog.fieldComboBox(column)->currentData().toInt();
    }

    static void chooseField(LedgerImportDialog &dialog, int column, int field)
    {
        QComboBox *box = dialog.fieldComboBox(column);
        box->setCurrentIndex(box->findData(field));
    }

    static void importAndWait(LedgerImportDialog &dialog)
    {
        QPushButton *import = child<QPushButton>(dialog, "importButton");
        QVERIFY(import->isEnabled());
        import->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isImporting() && dialog.report().has_value(), 20000);
    }


private slots:
    void theCasesPageOpensIt()
    {
        test::TestStore ts;
        CasesPage page(ts.store());
        // About the room the main window leaves the page on a 1366x768 screen.
        page.resize(1180, 660);
        page.show();
        test::saveScreenshots(page, QStringLiteral("cases-page-buttons"));
        QString opened;
        connect(&page, &CasesPage::dialogOpened, this, [&](QDialog *dialog) {
            opened = dialog->objectName();
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        child<QPushButton>(page, "importLedgerButton")->click();
        QCOMPARE(opened, QStringLiteral("ledgerImportDialog"));
    }

    void importsALedgerWithBrokenRows()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        CasesPage page(ts.store());
        page.show();
        QTRY_COMPARE(page.listModel()->rowCount(), 0);

        LedgerImportDialog dialog(ts.store());
        dialog.show();
        QVERIFY(dialog.loadFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv"))));
        // Every column read from its Chinese header.
        QTableWidget *mapping = child<QTableWidget>(dialog, "mappingTableWidget");
        QCOMPARE(mapping->rowCount(), 15);
        QCOMPARE(mapping->item(4, 0)->text(), QStringLiteral("村(社区)"));
        for (F f : LedgerColumns::fields())
            QCOMPARE(fieldOf(dialog, int(f)), int(f)); // the fixture's columns are in the fields' order
        // The first rows, with the file's line numbers.
        QTableWidget *preview = child<QTableWidget>(dialog, "previewTableWidget");
        QCOMPARE(preview->rowCount(), 10);
        QCOMPARE(preview->columnCount(), 15);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("2026-09-01"));
        QCOMPARE(preview->verticalHeaderItem(0)->text(), QStringLiteral("2"));
        QVERIFY(preview->horizontalHeaderItem(2)->text().contains(LedgerColumns::label(F::VisitorName)));
        test::saveScreenshots(dialog, QStringLiteral("ledger-import-mapping"));

        // Correcting: a field is read from one column, so choosing it elsewhere takes it away.
        chooseField(dialog, 2, int(F::Phone));
        QCOMPARE(fieldOf(dialog, 3), -1);
        QVERIFY(preview->horizontalHeaderItem(3)->text().contains(QStringLiteral("联系电话")));
        chooseField(dialog, 2, int(F::VisitorName));
        chooseField(dialog, 3, int(F::Phone));
        // Without a required column nothing can be imported, and the dialog says which.
        QPushButton *import = child<QPushButton>(dialog, "importButton");
        chooseField(dialog, 0, -1);
        QVERIFY(!import->isEnabled());
        QLabel *message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(LedgerColumns::label(F::VisitDate)));
        chooseField(dialog, 0, int(F::VisitDate));
        QVERIFY(import->isEnabled());

        importAndWait(dialog);
        QProgressBar *progress = child<QProgressBar>(dialog, "importProgressBar");
        QCOMPARE(progress->maximum(), 10);
        QCOMPARE(progress->value(), 10);
        QCOMPARE(dialog.report()->imported, 4);
        QCOMPARE(dialog.report()->alreadyImported, 1);
        QCOMPARE(child<QStackedWidget>(dialog, "pagesStackedWidget")->currentWidget()->objectName(),
                 QStringLiteral("resultPage"));
        const QString summary = child<QLabel>(dialog, "resultSummaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Imported: 4")) && summary.contains(QStringLiteral("Refused: 5")),
                 qPrintable(summary));
        // Every refused row, by its line in the file, with the reason.
        QTableWidget *refused = child<QTableWidget>(dialog, "refusedTableWidget");
        QCOMPARE(refused->rowCount(), 5);
        QStringList lines;
        for (int r = 0; r < refused->rowCount(); ++r)
            lines << refused->item(r, 0)->text();
        QCOMPARE(lines, (QStringList{"4", "5", "6", "8", "10"}));
        QVERIFY(refused->item(0, 1)->text().contains(QStringLiteral("2026-13-01")));
        QVERIFY(refused->item(4, 1)->text().contains(QStringLiteral("还行")));
        test::saveScreenshots(dialog, QStringLiteral("ledger-import-result"));

        // The list to correct the ledger with: copied as two columns, saved as CSV.
        child<QPushButton>(dialog, "copyRefusedButton")->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\n8\t")));
        const QString csvPath = ts.dir() + QStringLiteral("/refused.csv");
        QVERIFY(dialog.saveRefusedRows(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 6);
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("10,")));

        // The cases page lists the imported cases without being asked.
        QTRY_COMPARE(page.listModel()->rowCount(), 4);
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);

        // The same ledger again: nothing new, and the dialog says so.
        LedgerImportDialog again(ts.store());
        again.show();
        QVERIFY(again.loadFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv"))));
        importAndWait(again);
        QCOMPARE(again.report()->imported, 0);
        QCOMPARE(again.report()->alreadyImported, 5);
        QVERIFY(child<QLabel>(again, "resultSummaryLabel")->text().contains(QStringLiteral("Nothing new")));
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);
    }

    void staffAreToldWhichRowsAreLeftForAHead()
    {
        // Assigning needs a station head: before importing, station staff read how many rows assign a case to a
        // department and that a head can import them later from the same file; those rows are refused with that
        // reason, the rest imports.
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        User staff;
        staff.username = QStringLiteral("staff");
        staff.displayName = QStringLiteral("staff");
        staff.role = Role::StationStaff;
        staff.passwordHash = QStringLiteral("$argon2id$not-used-here");
        staff.stationId = ts.stationId();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(UserRepository(ts.store()).insert(tx, staff));
            QVERIFY(tx.commit());
        }
        ts->setCurrentUserId(staff.id);
        LedgerImportDialog dialog(ts.store());
        dialog.show();
        const QString file = test::ledgerFixture(QStringLiteral("ledger-mixed.csv"));
        QVERIFY(dialog.loadFile(file));
        auto content = LedgerFile::read(file);
        QVERIFY(content);
        const int assigned = LedgerImporter::rowsNeedingAssignment(
            ts.store(), content.value(), LedgerColumns::fromHeaders(content->header.cells));
        QCOMPARE(assigned, 6); // lines 2, 3, 8, 9, 10 and 12 name a department
        QLabel *message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("6 of them")) && message->text().contains(QStringLiteral("交办部门")) &&
                     message->text().contains(QStringLiteral("station head")),
                 qPrintable(message->text()));
        QVERIFY(child<QPushButton>(dialog, "importButton")->isEnabled());
        test::saveScreenshots(dialog, QStringLiteral("ledger-import-staff-preview"));

        importAndWait(dialog);
        int forHead = 0;
        for (const LedgerRowProblem &p : dialog.report()->refused)
            forHead += p.reason == LedgerImporter::assignmentRefusal() ? 1 : 0;
        QVERIFY(forHead > 0);
        QTableWidget *refused = child<QTableWidget>(dialog, "refusedTableWidget");
        bool listed = false;
        for (int r = 0; r < refused->rowCount(); ++r)
            listed = listed || refused->item(r, 1)->text() == LedgerImporter::assignmentRefusal();
        QVERIFY(listed);
        test::saveScreenshots(dialog, QStringLiteral("ledger-import-staff-result"));
        ts->setCurrentUserId({});
    }

    void theMappingIsRememberedPerHeaderSet()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        const QString good = test::ledgerFixture(QStringLiteral("ledger-good.csv"));
        {
            LedgerImportDialog dialog(ts.store());
            QVERIFY(dialog.loadFile(good));
            QCOMPARE(fieldOf(dialog, 2), int(F::Phone));
            chooseField(dialog, 2, -1); // this station does not keep phone numbers from old ledgers
            importAndWait(dialog);
            QCOMPARE(dialog.report()->imported, 2);
        }
        {
            // Same headers: the choice comes back, and the rows are known.
            LedgerImportDialog dialog(ts.store());
            QVERIFY(dialog.loadFile(good));
            QCOMPARE(fieldOf(dialog, 2), -1);
            importAndWait(dialog);
            QCOMPARE(dialog.report()->imported, 0);
            QCOMPARE(dialog.report()->alreadyImported, 2);
        }
        {
            // Other headers: their own guess.
            LedgerImportDialog dialog(ts.store());
            QVERIFY(dialog.loadFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv"))));
            QCOMPARE(fieldOf(dialog, 3), int(F::Phone));
        }
    }

    void anUnreadableFileSaysWhy()
    {
        test::TestStore ts;
        LedgerImportDialog dialog(ts.store());
        dialog.show();
        QVERIFY(!dialog.loadFile(ts.dir() + QStringLiteral("/missing.xlsx")));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "messageLabel")->text().isEmpty());
    }
};

QTEST_MAIN(TestLedgerImportDialog)
#include "tst_ledgerimportdialog.moc"
