// The closed loop of a case driven through the widgets as staff use them: accept, assign, remind, reply,
// feed back, rate unsatisfied (reopens), reply again, rate satisfied (closes); a refusal shows in the
// form and writes nothing; the supervision board orders, colours, reminds and prints.

#include "../unit/TestStore.h"

#include "cases/CaseDetailPanel.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseMoveForm.h"
#include "cases/CasesPage.h"
#include "cases/SupervisionBoardPanel.h"
#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "models/CaseListModel.h"
#include "models/SupervisionBoardModel.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/AttachmentRepository.h"
#include "workflow/AttachmentStore.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/SupervisionColour.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QComboBox>
#include <QSettings>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace zt;

namespace {

QDateTime local(QDate date, int hour = 10)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}

// Monday 2 November 2026, a normal working day.
const QDate Today(2026, 11, 2);

} // namespace

class TestCaseWorkflowGui : public QObject
{
    Q_OBJECT

    QString m_urbanId;
    QString m_propertyId;
    QString m_categoryId;

    void addReferenceRows(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        Department urban;
        urban.name = QStringLiteral("城建科");
        Department property;
        property.name = QStringLiteral("区物业办");
        Category category;
        category.code = QStringLiteral("property");
        category.name = QStringLiteral("小区物业");
        category.defaultDeadlineDays = 15;
        QVERIFY(DepartmentRepository(ts.store()).insert(tx, urban));
        QVERIFY(DepartmentRepository(ts.store()).insert(tx, property));
        QVERIFY(CategoryRepository(ts.store()).insert(tx, category));
        QVERIFY(tx.commit());
        m_urbanId = urban.id;
        m_propertyId = property.id;
        m_categoryId = category.id;
    }

    QString registerCase(test::TestStore &ts, const QString &title)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = title;
        c.categoryId = m_categoryId;
        c.citizenName = QStringLiteral("张三");
        c.citizenPhone = QStringLiteral("13812345678");
        if (!CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c) || !tx.commit())
            return {};
        return c.id;
    }

    static QPushButton *moveButton(QWidget &page, const char *name)
    {
        auto *button = page.findChild<QPushButton *>(QString::fromLatin1(name));
        return button && button->isVisible() ? button : nullptr;
    }

    // click(), not two quick mouse clicks: a second click on the same button in the double-click interval
    // arrives as a double click, which a push button ignores.
    static void confirm(QWidget &page) { page.findChild<QPushButton *>(QStringLiteral("confirmButton"))->click(); }

    static QString status(test::TestStore &ts, const QString &id) { return CaseRepository(ts.store()).find(id)->status; }

    static QStringList kinds(test::TestStore &ts, const QString &id)
    {
        QStringList out;
        for (const CaseEvent &e : CaseEventRepository(ts.store()).listForCase(id))
            out << e.kind;
        return out;
    }

private slots:
    void initTestCase()
    {
        // Saved filters live in the user's settings: keep the test's away from a real user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("zhitongche-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_caseworkflowgui"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void init() { Clock::setFixedNow(local(Today)); }
    void cleanup() { Clock::setFixedNow({}); }

    void theWholeLoopThroughTheWidgets()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString id = registerCase(ts, QStringLiteral("地下车库进水"));
        QVERIFY(!id.isEmpty());

        CasesPage page(ts.store());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openCase(id);
        auto *form = page.findChild<CaseMoveForm *>(QStringLiteral("caseMoveForm"));
        QVERIFY(form);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("caseTitleLabel"))->text(), QStringLiteral("地下车库进水"));
        // The citizen's phone is masked on the detail.
        const QString facts = page.findChild<QLabel *>(QStringLiteral("caseFactsLabel"))->text();
        QVERIFY2(facts.contains(QStringLiteral("138****5678")), qPrintable(facts));
        QVERIFY(!facts.contains(QStringLiteral("13812345678")));
        // A registered case offers acceptance, not a reply.
        QVERIFY(moveButton(page, "acceptMoveButton"));
        QVERIFY(!moveButton(page, "replyMoveButton"));

        // Accept: one click.
        QTest::mouseClick(moveButton(page, "acceptMoveButton"), Qt::LeftButton);
        QCOMPARE(status(ts, id), CaseStatus::Accepted);

        // Assign: the deadline is prefilled with 15 working days on the official calendar.
        QTest::mouseClick(moveButton(page, "assignMoveButton"), Qt::LeftButton);
        QVERIFY(form->isVisible());
        auto *department = form->findChild<QComboBox *>(QStringLiteral("departmentComboBox"));
        auto *deadline = form->findChild<QDateEdit *>(QStringLiteral("deadlineDateEdit"));
        QVERIFY(department->isVisible() && deadline->isVisible());
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(ts->db());
        QCOMPARE(deadline->date(), calendar.addWorkingDays(Today, 15));
        department->setCurrentIndex(department->findData(m_urbanId));
        confirm(page);
        QVERIFY(!form->isVisible());
        CaseRecord row = *CaseRepository(ts.store()).find(id);
        QCOMPARE(row.status, CaseStatus::Assigned);
        QCOMPARE(row.departmentId, m_urbanId);
        QCOMPARE(row.deadline, QDate(2026, 11, 23));

        // Remind with a note.
        QTest::mouseClick(moveButton(page, "remindMoveButton"), Qt::LeftButton);
        form->findChild<QPlainTextEdit *>(QStringLiteral("textTextEdit"))->setPlainText(QStringLiteral("请本周内答复"));
        confirm(page);
        QVERIFY(kinds(ts, id).contains(CaseEventKind::Reminded));

        // A reply without text is refused in the form, and nothing is written.
        const int eventsBefore = kinds(ts, id).size();
        QTest::mouseClick(moveButton(page, "replyMoveButton"), Qt::LeftButton);
        confirm(page);
        QVERIFY(form->isVisible());
        QVERIFY2(!form->errorText().isEmpty(), "the refusal is shown in the form");
        QCOMPARE(kinds(ts, id).size(), eventsBefore);
        QCOMPARE(status(ts, id), CaseStatus::Assigned);
        form->findChild<QPlainTextEdit *>(QStringLiteral("textTextEdit"))->setPlainText(QStringLiteral("已安排抽水并修复排水沟"));
        confirm(page);
        QCOMPARE(status(ts, id), CaseStatus::Replied);

        // Feed back by phone (the first offered way).
        QTest::mouseClick(moveButton(page, "feedBackMoveButton"), Qt::LeftButton);
        confirm(page);
        QCOMPARE(status(ts, id), CaseStatus::FedBack);

        // Not satisfied: the form asks for a new deadline, and the case is back with the department.
        QTest::mouseClick(moveButton(page, "rateMoveButton"), Qt::LeftButton);
        auto *satisfaction = form->findChild<QComboBox *>(QStringLiteral("satisfactionComboBox"));
        satisfaction->setCurrentIndex(satisfaction->findData(Satisfaction::Unsatisfied));
        QVERIFY(deadline->isVisible());
        deadline->setDate(QDate(2026, 11, 16));
        confirm(page);
        row = *CaseRepository(ts.store()).find(id);
        QCOMPARE(row.status, CaseStatus::Assigned);
        QCOMPARE(row.deadline, QDate(2026, 11, 16));
        QVERIFY(kinds(ts, id).contains(CaseEventKind::Reopened));

        // Second round: reply, feed back, satisfied closes the case.
        QTest::mouseClick(moveButton(page, "replyMoveButton"), Qt::LeftButton);
        form->findChild<QPlainTextEdit *>(QStringLiteral("textTextEdit"))->setPlainText(QStringLiteral("排水泵已更换"));
        confirm(page);
        QTest::mouseClick(moveButton(page, "feedBackMoveButton"), Qt::LeftButton);
        confirm(page);
        QTest::mouseClick(moveButton(page, "rateMoveButton"), Qt::LeftButton);
        satisfaction->setCurrentIndex(satisfaction->findData(Satisfaction::Satisfied));
        QVERIFY(!deadline->isVisible());
        confirm(page);
        row = *CaseRepository(ts.store()).find(id);
        QCOMPARE(row.status, CaseStatus::Closed);
        QCOMPARE(row.satisfaction, Satisfaction::Satisfied);
        QCOMPARE(row.closedOn, Today);

        // The timeline shows every step, oldest first; a closed case offers no further step.
        auto *timeline = page.findChild<QTableView *>(QStringLiteral("caseTimelineView"));
        const QStringList all = kinds(ts, id);
        QCOMPARE(timeline->model()->rowCount(), all.size());
        QCOMPARE(timeline->model()->index(0, 1).data().toString(), DomainText::caseEventKind(CaseEventKind::Registered));
        QCOMPARE(timeline->model()->index(all.size() - 1, 1).data().toString(), DomainText::caseEventKind(all.last()));
        for (const char *name : {"acceptMoveButton", "assignMoveButton", "replyMoveButton", "rateMoveButton",
                                 "closeMoveButton", "cancelMoveButton"})
            QVERIFY2(!moveButton(page, name), name);
        page.grab().save(QDir::temp().filePath(QStringLiteral("zt-case-detail.png")));
    }

    void savedFiltersComeBack()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        CasesPage page(ts.store());
        page.show();
        auto *bar = page.findChild<CaseFilterBar *>();
        QVERIFY(bar);
        auto *department = page.findChild<QComboBox *>(QStringLiteral("departmentFilterComboBox"));
        department->setCurrentIndex(department->findData(m_propertyId));
        page.findChild<QCheckBox *>(QStringLiteral("overdueCheckBox"))->setChecked(true);
        bar->saveCurrentFilter(QStringLiteral("物业办逾期"));
        const CaseFilter saved = bar->filter();
        QCOMPARE(saved.departmentId, m_propertyId);
        QVERIFY(saved.overdueOnly);

        // Back to everything, then the saved filter brings its conditions back to the widgets and the list.
        department->setCurrentIndex(0);
        page.findChild<QCheckBox *>(QStringLiteral("overdueCheckBox"))->setChecked(false);
        QVERIFY(bar->filter() != saved);
        QVERIFY(bar->applySavedFilter(QStringLiteral("物业办逾期")));
        QCOMPARE(bar->filter(), saved);
        QCOMPARE(page.listModel()->filter(), saved);
        QCOMPARE(department->currentData().toString(), m_propertyId);

        // A new page (the next start) still offers it; removing it takes it away.
        CasesPage again(ts.store());
        auto *bar2 = again.findChild<CaseFilterBar *>();
        QCOMPARE(bar2->savedFilterNames(), QStringList{QStringLiteral("物业办逾期")});
        bar2->removeSavedFilter(QStringLiteral("物业办逾期"));
        QVERIFY(bar2->savedFilterNames().isEmpty());
    }

    void aStationHeadRevealsThePhoneAndItIsAudited()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString id = registerCase(ts, QStringLiteral("楼道堆物"));
        const QString staff = ts.addUser(QStringLiteral("staff"), Role::StationStaff).id;
        const QString head = ts.addUser(QStringLiteral("head"), Role::StationHead).id;

        // Staff see the masked number and no way to reveal it.
        ts->setCurrentUserId(staff);
        CasesPage page(ts.store());
        page.show();
        page.openCase(id);
        auto *reveal = page.findChild<QPushButton *>(QStringLiteral("revealPhoneButton"));
        auto *facts = page.findChild<QLabel *>(QStringLiteral("caseFactsLabel"));
        QVERIFY(!reveal->isVisible());
        QVERIFY(!facts->text().contains(QStringLiteral("13812345678")));

        // The head may reveal it; the audit log names who and which row, never the number.
        ts->setCurrentUserId(head);
        page.openCase(id);
        QVERIFY(reveal->isVisible());
        reveal->click();
        QVERIFY2(facts->text().contains(QStringLiteral("13812345678")), qPrintable(facts->text()));
        QVERIFY(!reveal->isVisible());
        QVERIFY(ts.count(QStringLiteral("audit_log"), QStringLiteral("user_id = '%1' AND row_id = '%2'").arg(head, id)) >= 1);
        QCOMPARE(ts.count(QStringLiteral("audit_log"), QStringLiteral("detail LIKE '%13812345678%'")), 0);
        // Opening the case again masks it again.
        page.openCase(id);
        QVERIFY(!facts->text().contains(QStringLiteral("13812345678")));
        ts->setCurrentUserId({});
    }

    void anAttachmentOpensUnderItsOwnName()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString id = registerCase(ts, QStringLiteral("井盖破损"));
        QTemporaryDir dir;
        const QString photo = dir.filePath(QStringLiteral("现场照片.jpg"));
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xff\xd8\xff\xe0 not really a jpeg");
        }
        auto stored = AttachmentStore(ts.store()).importFile(photo);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        Attachment a = stored.value();
        a.ownerTable = QStringLiteral("cases");
        a.ownerId = id;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(AttachmentRepository(ts.store()).insert(tx, a).ok());
            QVERIFY(tx.commit().ok());
        }
        CasesPage page(ts.store());
        page.show();
        page.openCase(id);
        auto *list = page.findChild<QListWidget *>(QStringLiteral("attachmentsListWidget"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("现场照片.jpg")));
        const QString copy = page.detail()->openableCopy(0);
        QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("现场照片.jpg"));
        QFile original(photo), opened(copy);
        QVERIFY(original.open(QIODevice::ReadOnly) && opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), original.readAll());
    }

    void closingWithoutRatingNeedsAReason()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString id = registerCase(ts, QStringLiteral("路灯不亮"));
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar::fromStore(ts->db()));
        QVERIFY(workflow.accept(id));
        QVERIFY(workflow.assign(id, m_propertyId));
        QVERIFY(workflow.reply(id, QStringLiteral("已修复")));
        QVERIFY(workflow.feedBack(id, QStringLiteral("电话")));

        CasesPage page(ts.store());
        page.show();
        page.openCase(id);
        auto *form = page.findChild<CaseMoveForm *>(QStringLiteral("caseMoveForm"));
        QTest::mouseClick(moveButton(page, "closeMoveButton"), Qt::LeftButton);
        confirm(page);
        QVERIFY(!form->errorText().isEmpty());
        QCOMPARE(status(ts, id), CaseStatus::FedBack);
        form->findChild<QPlainTextEdit *>(QStringLiteral("textTextEdit"))->setPlainText(QStringLiteral("群众联系不上"));
        confirm(page);
        QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
        QCOMPARE(status(ts, id), CaseStatus::Closed);
    }

    void mergingIntoAnotherCaseByItsNumber()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const QString first = registerCase(ts, QStringLiteral("垃圾清运不及时"));
        const QString second = registerCase(ts, QStringLiteral("垃圾桶满了没人清"));
        const QString firstNo = CaseRepository(ts.store()).find(first)->caseNo;

        CasesPage page(ts.store());
        page.show();
        page.openCase(second);
        auto *form = page.findChild<CaseMoveForm *>(QStringLiteral("caseMoveForm"));
        QTest::mouseClick(moveButton(page, "mergeMoveButton"), Qt::LeftButton);
        auto *target = form->findChild<QLineEdit *>(QStringLiteral("targetCaseLineEdit"));
        target->setText(QStringLiteral("330203006-2026-Z9999"));
        confirm(page);
        QVERIFY(form->errorText().contains(QStringLiteral("330203006-2026-Z9999")));
        target->setText(firstNo);
        confirm(page);
        QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
        QCOMPARE(status(ts, second), CaseStatus::Merged);

        // Each side shows the other as related.
        page.openCase(first);
        auto *related = page.findChild<QListWidget *>(QStringLiteral("relatedCasesListWidget"));
        QVERIFY(related);
        bool found = false;
        for (int i = 0; i < related->count(); ++i)
            found = found || related->item(i)->data(Qt::UserRole).toString() == second;
        QVERIFY(found);
    }

    void supervisionBoardPutsTheOverdueFirstAndReminds()
    {
        test::TestStore ts;
        addReferenceRows(ts);
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(ts->db());
        CaseWorkflow workflow(ts.store(), calendar);
        // Registered and assigned back in September: 15 working days have long passed.
        Clock::setFixedNow(local(QDate(2026, 9, 1)));
        const QString late = registerCase(ts, QStringLiteral("河道垃圾堆积"));
        QVERIFY(workflow.accept(late));
        QVERIFY(workflow.assign(late, m_urbanId));
        Clock::setFixedNow(local(Today));
        const QString fresh = registerCase(ts, QStringLiteral("小区停车难"));
        QVERIFY(workflow.accept(fresh));
        QVERIFY(workflow.assign(fresh, m_propertyId));
        // Due in two working days: due soon.
        const QString soon = registerCase(ts, QStringLiteral("噪音扰民"));
        QVERIFY(workflow.accept(soon));
        QVERIFY(workflow.assign(soon, m_propertyId, calendar.addWorkingDays(Today, 2)));

        CasesPage page(ts.store());
        page.resize(1366, 700);
        page.show();
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("casesTabWidget"));
        tabs->setCurrentIndex(1);
        SupervisionBoardPanel *board = page.board();
        SupervisionBoardModel *model = board->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->rowId(0), late);
        QCOMPARE(model->rowId(1), soon);
        QCOMPARE(model->rowId(2), fresh);
        QCOMPARE(model->index(0, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::Overdue));
        QCOMPARE(model->index(1, SupervisionBoardModel::Urgency).data().toString(),
                 SupervisionColour::label(SupervisionColour::DueSoon));
        QVERIFY(!model->index(0, 0).data(SupervisionBoardModel::ColourNameRole).toString().isEmpty());
        const SupervisionCounts counts = model->counts();
        QCOMPARE(counts.overdue, 1);
        QCOMPARE(counts.dueSoon, 1);
        QCOMPARE(counts.onTime, 1);

        // Filter by department.
        auto *department = board->findChild<QComboBox *>(QStringLiteral("boardDepartmentComboBox"));
        department->setCurrentIndex(department->findData(m_propertyId));
        QCOMPARE(model->rowCount(), 2);
        department->setCurrentIndex(0);

        // One click reminds the selected case.
        auto *view = board->findChild<QTableView *>(QStringLiteral("supervisionBoardView"));
        view->selectRow(0);
        QTest::mouseClick(board->findChild<QPushButton *>(QStringLiteral("remindButton")), Qt::LeftButton);
        QCOMPARE(kinds(ts, late).count(CaseEventKind::Reminded), 1);
        QCOMPARE(kinds(ts, fresh).count(CaseEventKind::Reminded), 0);
        QVERIFY(model->index(0, SupervisionBoardModel::Reminders).data().toString().contains(Today.toString(Qt::ISODate)));
        page.grab().save(QDir::temp().filePath(QStringLiteral("zt-supervision-board.png")));

        // The printed list names the cases, most urgent first, with urgency in words.
        const QString html = board->listHtml();
        const QString lateNo = CaseRepository(ts.store()).find(late)->caseNo;
        const QString freshNo = CaseRepository(ts.store()).find(fresh)->caseNo;
        QVERIFY(html.indexOf(lateNo) >= 0 && html.indexOf(lateNo) < html.indexOf(freshNo));
        // Kept in the temporary folder for looking at (pdftoppm).
        const QString pdf = QDir::temp().filePath(QStringLiteral("zt-supervision-list.pdf"));
        QVERIFY(board->exportPdf(pdf));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: tools/dev.sh installs poppler-utils");
        {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(20000));
            // NFKC: the embedded CJK font maps some glyphs back to Kangxi radicals (⼩ for 小).
            QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            QVERIFY2(text.contains(lateNo), qPrintable(text));
            QVERIFY2(text.remove(QLatin1Char('\n')).contains(QStringLiteral("河道垃圾堆积")), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestCaseWorkflowGui)
#include "tst_caseworkflowgui.moc"
