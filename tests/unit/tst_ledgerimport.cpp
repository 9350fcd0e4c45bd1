// Ledger import (接待台账): cells as people type them, each good row a visit, a case and its history in the
// right state at the ledger's dates, every bad row refused with its line and reason while the rest imports,
// the same file twice without duplicates, XLSX like CSV, saved mappings, progress and cancel.

#include "LedgerTestData.h"
#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "io/LedgerCells.h"
#include "io/LedgerImporter.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/LedgerImportRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "security/AccessPolicy.h"
#include "workflow/WorkingDayCalendar.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace zt;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// The case a visitor's row became, found by the visitor's name.
CaseRecord caseOf(Store &store, const QString &citizen)
{
    const QList<CaseRecord> rows = CaseRepository(store).select(QStringLiteral("WHERE citizen_name = ?"), {citizen});
    return rows.size() == 1 ? rows.first() : CaseRecord();
}

QStringList kinds(Store &store, const QString &caseId)
{
    QStringList out;
    for (const CaseEvent &e : CaseEventRepository(store).listForCase(caseId))
        out << e.kind;
    return out;
}

} // namespace

class TestLedgerImport : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixedNow(QDateTime(d(2026, 11, 1), QTime(2, 0), Qt::UTC)); }
    void cleanup() { Clock::setFixedNow({}); }

    void cellsAsPeopleTypeThem()
    {
        QCOMPARE(LedgerCells::date(QStringLiteral("2026-09-10")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral("2026/9/10")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral("2026年9月10日")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral(" 2026.09.10 14:30")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral("20260910")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral("46275")), d(2026, 9, 10));
        QCOMPARE(LedgerCells::date(QStringLiteral("46275.5")), d(2026, 9, 10));
        QVERIFY(!LedgerCells::date(QStringLiteral("2026-02-30")));
        QVERIFY(!LedgerCells::date(QStringLiteral("13800138000")));
        QVERIFY(!LedgerCells::date(QStringLiteral("九月十日")));
        QCOMPARE(LedgerCells::names(QStringLiteral("王建国、李秀英，张三,李四 赵五；钱六")),
                 (QStringList{QStringLiteral("王建国"), QStringLiteral("李秀英"), QStringLiteral("张三"),
                              QStringLiteral("李四"), QStringLiteral("赵五"), QStringLiteral("钱六")}));
        // The full-width space (U+3000) and other Unicode spaces separate names too (found by fuzz_ledgerimport).
        QCOMPARE(LedgerCells::names(QStringLiteral("王芳\u3000李华\u2001赵强")),
                 (QStringList{QStringLiteral("王芳"), QStringLiteral("李华"), QStringLiteral("赵强")}));
        QCOMPARE(LedgerCells::satisfaction(QStringLiteral("满意")), Satisfaction::Satisfied);
        QCOMPARE(LedgerCells::satisfaction(QStringLiteral("非常满意")), Satisfaction::Satisfied);
        QCOMPARE(LedgerCells::satisfaction(QStringLiteral("基本满意")), Satisfaction::BasicallySatisfied);
        QCOMPARE(LedgerCells::satisfaction(QStringLiteral("不满意")), Satisfaction::Unsatisfied);
        QCOMPARE(LedgerCells::satisfaction(QString()), QString());
        QVERIFY(!LedgerCells::satisfaction(QStringLiteral("还行")));
        QCOMPARE(LedgerCells::workingDays(QStringLiteral("10个工作日")), 10);
        QCOMPARE(LedgerCells::workingDays(QStringLiteral("15")), 15);
    }

    void importsGoodRowsAndRefusesBadOnes()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        QList<QPair<int, int>> progress;
        LedgerImportOptions options;
        options.progress = [&](int done, int total) { progress.append({done, total}); };
        auto report = LedgerImporter(ts.store()).importFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv")),
                                                            options);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->rows, 10);
        QCOMPARE(report->imported, 4);
        QCOMPARE(report->alreadyImported, 1); // the last line repeats line 2
        QList<int> lines;
        for (const LedgerRowProblem &p : report->refused) {
            lines << p.line;
            QVERIFY2(!p.reason.isEmpty(), "every refusal says why");
        }
        QCOMPARE(lines, (QList<int>{4, 5, 6, 8, 10}));
        QVERIFY(report->refused.at(0).reason.contains(QStringLiteral("2026-13-01")));
        QVERIFY(report->refused.at(1).reason.contains(QStringLiteral("赵六")));
        QVERIFY(report->refused.at(4).reason.contains(QStringLiteral("还行")));
        QCOMPARE(progress.size(), 10);
        QCOMPARE(progress.last(), qMakePair(10, 10));
        // A refused row wrote nothing: four visits and four cases, no half-imported history.
        QCOMPARE(ts.count(QStringLiteral("visit")), 4);
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);
        QCOMPARE(ts.count(QStringLiteral("ledger_import_row")), 4);

        const WorkingDayCalendar calendar = WorkingDayCalendar::fromResource();
        // Line 2: the whole loop, closed satisfied, with the category's 20 working days across National Day.
        const CaseRecord closed = caseOf(ts.store(), QStringLiteral("张三"));
        QCOMPARE(closed.status, CaseStatus::Closed);
        QCOMPARE(closed.satisfaction, Satisfaction::Satisfied);
        QCOMPARE(closed.registeredOn, d(2026, 9, 1));
        QCOMPARE(closed.assignedOn, d(2026, 9, 2));
        QCOMPARE(closed.deadline, calendar.addWorkingDays(d(2026, 9, 2), 20));
        QCOMPARE(closed.repliedOn, d(2026, 9, 10));
        QCOMPARE(closed.closedOn, d(2026, 9, 12));
        QCOMPARE(closed.citizenPhone, QStringLiteral("13800138000"));
        QCOMPARE(closed.communityCode, QStringLiteral("330203006002"));
        QCOMPARE(closed.title, QStringLiteral("小区门口道路积水严重，雨天无法通行"));
        QCOMPARE(kinds(ts.store(), closed.id),
                 (QStringList{CaseEventKind::Registered, CaseEventKind::Accepted, CaseEventKind::Assigned,
                              CaseEventKind::Replied, CaseEventKind::FedBack, CaseEventKind::Rated,
                              CaseEventKind::Closed}));
        const QList<CaseEvent> events = CaseEventRepository(ts.store()).listForCase(closed.id);
        QCOMPARE(events.first().occurredAt.toLocalTime().date(), d(2026, 9, 1));
        QCOMPARE(events.at(4).occurredAt.toLocalTime().date(), d(2026, 9, 11));
        // Both deputies received the visit.
        QSqlQuery q(ts->db());
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM visit_deputy WHERE visit_id = ?")));
        q.addBindValue(closed.visitId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 2);

        // Line 3: an Excel serial date, deputies separated by a space, a deadline in working days.
        const CaseRecord assigned = caseOf(ts.store(), QStringLiteral("李四"));
        QCOMPARE(assigned.status, CaseStatus::Assigned);
        QCOMPARE(assigned.registeredOn, d(2026, 9, 4));
        QCOMPARE(assigned.deadline, calendar.addWorkingDays(d(2026, 9, 7), 10));
        QCOMPARE(assigned.communityCode, QStringLiteral("330203006003")); // 南雅 is 南雅社区

        // Line 7: only registered; an unknown village kept as text; quotes inside the cell.
        const CaseRecord registered = caseOf(ts.store(), QStringLiteral("周九"));
        QCOMPARE(registered.status, CaseStatus::Registered);
        QCOMPARE(registered.location, QStringLiteral("东山村"));
        QCOMPARE(registered.description, QStringLiteral("停车位不足，\"僵尸车\"占位"));

        // Line 9: not satisfied reopens the case at the department.
        const CaseRecord reopened = caseOf(ts.store(), QStringLiteral("郑一"));
        QCOMPARE(reopened.status, CaseStatus::Assigned);
        QVERIFY(kinds(ts.store(), reopened.id).contains(CaseEventKind::Reopened));
    }

    void secondImportCreatesNoDuplicates()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        const QString file = test::ledgerFixture(QStringLiteral("ledger-mixed.csv"));
        QVERIFY(LedgerImporter(ts.store()).importFile(file).ok());
        auto again = LedgerImporter(ts.store()).importFile(file);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyImported, 5);
        QCOMPARE(again->refused.size(), 5); // still refused, and still reported
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);
        QCOMPARE(ts.count(QStringLiteral("visit")), 4);
    }

    void readsXlsxLedgersAndSavedMappings()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("台账.xlsx"));
        // Columns in another order under other headers, a real Excel date cell, a number for the phone.
        lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
        const char *head[] = {"问题描述", "日期", "姓名", "手机", "代表"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
        lxw_format *date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy/m/d");
        lxw_datetime when = {2026, 9, 10, 0, 0, 0};
        worksheet_write_string(ws, 1, 0, "路灯坏了好几盏", nullptr);
        worksheet_write_datetime(ws, 1, 1, &when, date);
        worksheet_write_string(ws, 1, 2, "陈十一", nullptr);
        worksheet_write_number(ws, 1, 3, 13500135000.0, nullptr);
        worksheet_write_string(ws, 1, 4, "李秀英", nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        auto content = LedgerFile::read(path);
        QVERIFY2(content.ok(), qPrintable(content.error().message));
        LedgerColumns guessed = LedgerColumns::fromHeaders(content->header.cells);
        QCOMPARE(guessed.column(LedgerColumns::Problem), 0);
        QCOMPARE(guessed.column(LedgerColumns::VisitDate), 1);
        QCOMPARE(guessed.column(LedgerColumns::Phone), 3);
        QCOMPARE(guessed.column(LedgerColumns::Deputies), 4);
        // The user maps the name column by hand and saves the mapping; next time it is applied by header.
        guessed.setColumn(LedgerColumns::VisitorName, 2);
        const LedgerImportRepository saved(ts->db());
        QVERIFY(saved.saveMapping(QStringLiteral("白云台账"), guessed.toJson()));
        QCOMPARE(saved.mappingNames(), QStringList{QStringLiteral("白云台账")});
        LedgerImportOptions options;
        options.columns = LedgerColumns::fromJson(*saved.mapping(QStringLiteral("白云台账")), content->header.cells);
        QCOMPARE(options.columns->column(LedgerColumns::VisitorName), 2);

        auto report = LedgerImporter(ts.store()).importContent(content.value(), options);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 1);
        const CaseRecord c = caseOf(ts.store(), QStringLiteral("陈十一"));
        QCOMPARE(c.registeredOn, d(2026, 9, 10));
        QCOMPARE(c.citizenPhone, QStringLiteral("13500135000"));
    }

    void missingColumnsAndUnreadableFilesImportNothing()
    {
        test::TestStore ts;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("来访人,联系电话\n张三,13800138000\n");
        f.close();
        auto report = LedgerImporter(ts.store()).importFile(path);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("import.missing_columns"));
        QVERIFY(report.error().message.contains(QStringLiteral("接待日期")));
        auto missing = LedgerImporter(ts.store()).importFile(dir.filePath(QStringLiteral("none.xlsx")));
        QVERIFY(!missing.ok());
        QCOMPARE(ts.count(QStringLiteral("cases")), 0);
    }

    void cancelStopsBetweenRows()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        std::atomic_bool cancel = false;
        LedgerImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](int done, int) {
            if (done == 1)
                cancel = true;
        };
        auto report =
            LedgerImporter(ts.store()).importFile(test::ledgerFixture(QStringLiteral("ledger-mixed.csv")), options);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(report->imported, 1);
        QCOMPARE(ts.count(QStringLiteral("cases")), 1);
        // What was imported is searchable: the deferred index caught up.
        QCOMPARE(ts.count(QStringLiteral("case_fts")), 1);
    }

    void whoMayImportIsCheckedOnceForTheFile()
    {
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        // The administrator keeps the system running but does no case work: the whole file is refused, once.
        User admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("admin");
        admin.role = Role::Administrator;
        admin.passwordHash = QStringLiteral("$argon2id$not-used-here");
        admin.stationId = ts.stationId();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(UserRepository(ts.store()).insert(tx, admin));
            QVERIFY(tx.commit());
        }
        AccessPolicy::setSignInRequired(true);
        ts->setCurrentUserId(admin.id);
        auto report = LedgerImporter(ts.store()).importFile(test::ledgerFixture(QStringLiteral("ledger-good.csv")));
        AccessPolicy::setSignInRequired(false);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("access.denied"));
        QCOMPARE(ts.count(QStringLiteral("cases")), 0);
    }

    void staffLeaveTheAssignedRowsToTheHead()
    {
        // Assigning needs a station head: station staff import the rows without a department (交办部门), the others
        // are refused with one reason that says so; the head then imports the same file and gets exactly those
        // rows, nothing twice.
        test::TestStore ts;
        QVERIFY(test::addLedgerReferenceData(ts.store()));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mixed-assignments.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QStringLiteral("接待日期,来访人,联系电话,反映问题,问题类别,交办部门,交办日期,答复日期,答复内容\n"
                                     "2026-09-01,甲一,13800000001,小区路灯不亮,道路交通,,,,\n"
                                     "2026-09-02,乙二,13800000002,楼道堆放杂物,,住建局,2026-09-03,,\n"
                                     "2026-09-03,丙三,,夜间施工噪音,环境保护,,,,\n"
                                     "2026-09-04,丁四,13800000004,河道垃圾,,生态环境分局,2026-09-05,2026-09-10,已清理\n")
                          .toUtf8());
        }
        const QString staff = ts.addUser(Role::StationStaff, Role::StationStaff).id;
        const QString head = ts.addUser(Role::StationHead, Role::StationHead).id;
        auto content = LedgerFile::read(file);
        QVERIFY(content);
        const LedgerColumns columns = LedgerColumns::fromHeaders(content->header.cells);

        ts->setCurrentUserId(staff);
        // Said before importing (the dialog's preview).
        QCOMPARE(LedgerImporter::rowsNeedingAssignment(ts.store(), content.value(), columns), 2);
        auto first = LedgerImporter(ts.store()).importFile(file);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->imported, 2);
        QCOMPARE(first->refused.size(), 2);
        QCOMPARE(first->refused.at(0).line, 3);
        QCOMPARE(first->refused.at(1).line, 5);
        for (const LedgerRowProblem &p : first->refused) {
            QCOMPARE(p.reason, LedgerImporter::assignmentRefusal());
            QVERIFY(!p.reason.contains(QLatin1Char('\n')));
        }
        QVERIFY(LedgerImporter::assignmentRefusal().contains(QStringLiteral("交办部门")));
        QCOMPARE(ts.count(QStringLiteral("cases")), 2);
        QCOMPARE(ts.count(QStringLiteral("visit")), 2);
        QCOMPARE(caseOf(ts.store(), QStringLiteral("甲一")).status, CaseStatus::Registered);
        QVERIFY(caseOf(ts.store(), QStringLiteral("乙二")).id.isEmpty());
        // Still two left for a head, however often staff try.
        QCOMPARE(LedgerImporter::rowsNeedingAssignment(ts.store(), content.value(), columns), 2);

        ts->setCurrentUserId(head);
        QCOMPARE(LedgerImporter::rowsNeedingAssignment(ts.store(), content.value(), columns), 0);
        auto second = LedgerImporter(ts.store()).importFile(file);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->imported, 2);
        QCOMPARE(second->alreadyImported, 2);
        QVERIFY(second->refused.isEmpty());
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);
        QCOMPARE(ts.count(QStringLiteral("visit")), 4);
        // One case per citizen (caseOf finds exactly one), the assigned ones at their department.
        for (const QString &citizen : {QStringLiteral("甲一"), QStringLiteral("丙三")})
            QCOMPARE(caseOf(ts.store(), citizen).status, CaseStatus::Registered);
        QCOMPARE(caseOf(ts.store(), QStringLiteral("乙二")).status, CaseStatus::Assigned);
        QCOMPARE(caseOf(ts.store(), QStringLiteral("丁四")).status, CaseStatus::Replied);

        auto third = LedgerImporter(ts.store()).importFile(file);
        QVERIFY(third.ok());
        QCOMPARE(third->imported, 0);
        QCOMPARE(third->alreadyImported, 4);
        QCOMPARE(ts.count(QStringLiteral("cases")), 4);
        ts->setCurrentUserId({});
    }

    void refusedRowsAsCsv()
    {
        LedgerImportReport report;
        report.refused = {{4, QStringLiteral("接待日期 \"2026-13-01\" is not a date")}, {10, QStringLiteral("a, b")}};
        const QByteArray csv = LedgerImporter::refusedRowsCsv(report);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel and WPS need the BOM to read UTF-8
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), QStringLiteral("4,\"接待日期 \"\"2026-13-01\"\" is not a date\""));
        QCOMPARE(lines.at(2), QStringLiteral("10,\"a, b\""));
    }
};

QTEST_GUILESS_MAIN(TestLedgerImport)
#include "tst_ledgerimport.moc"
