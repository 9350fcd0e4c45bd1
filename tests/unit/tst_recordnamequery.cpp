// The sync page's conflict list names what a conflict is about in words (RecordNameQuery and
// DomainText::fieldLabel / fieldValue): the case by its number and title, the field by its label,
// a department by its name rather than a row id, a status by the word the case list uses.

#include "TestStore.h"

#include "domain/DomainText.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/RecordNameQuery.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QTest>

using namespace zt;

class TestRecordNameQuery : public QObject
{
    Q_OBJECT

private slots:
    void namesRecordsAndReferences()
    {
        test::TestStore ts;
        WriteTransaction tx(ts.store());
        Category lights;
        lights.code = QStringLiteral("lights");
        lights.name = QStringLiteral("路灯照明");
        Department housing;
        housing.name = QStringLiteral("住建局");
        QVERIFY(CategoryRepository(ts.store()).insert(tx, lights));
        QVERIFY(DepartmentRepository(ts.store()).insert(tx, housing));
        CaseRecord c;
        c.title = QStringLiteral("路灯不亮");
        c.categoryId = lights.id;
        QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c));
        QVERIFY(tx.commit());
        QVERIFY(!c.caseNo.isEmpty());

        const RecordNameQuery names(ts.store());
        QCOMPARE(names.recordName(QStringLiteral("cases"), c.id), c.caseNo + QStringLiteral(" 路灯不亮"));
        QCOMPARE(names.recordName(QStringLiteral("department"), housing.id), QStringLiteral("住建局"));
        // A table with no name that is not personal data, and a row this PC does not have: no name.
        QCOMPARE(names.recordName(QStringLiteral("visitor"), c.id), QString());
        QCOMPARE(names.recordName(QStringLiteral("cases"), QStringLiteral("0190aaaa-0000-7000-8000-00000000beef")), QString());
        // A table name never reaches SQL: one the query does not know gets nothing.
        QCOMPARE(names.recordName(QStringLiteral("cases WHERE 1=1 --"), c.id), QString());

        QCOMPARE(names.referenceName(QStringLiteral("department_id"), housing.id), std::optional<QString>(QStringLiteral("住建局")));
        QCOMPARE(names.referenceName(QStringLiteral("category_id"), lights.id), std::optional<QString>(QStringLiteral("路灯照明")));
        QCOMPARE(names.referenceName(QStringLiteral("case_id"), c.id), std::optional<QString>(c.caseNo + QStringLiteral(" 路灯不亮")));
        // A department another PC made and this one has not received yet: the end of its id.
        QCOMPARE(names.referenceName(QStringLiteral("department_id"), QStringLiteral("0190aaaa-0000-7000-8000-00000000beef")),
                 std::optional<QString>(QStringLiteral("…00beef")));
        QCOMPARE(names.referenceName(QStringLiteral("title"), QStringLiteral("路灯不亮")), std::nullopt);
    }

    void fieldsAndCodesInWords()
    {
        QCOMPARE(DomainText::fieldLabel(QStringLiteral("cases"), QStringLiteral("department_id")), QStringLiteral("Department"));
        QCOMPARE(DomainText::fieldLabel(QStringLiteral("cases"), QStringLiteral("title")), QStringLiteral("Title"));
        QCOMPARE(DomainText::fieldLabel(QStringLiteral("department"), QStringLiteral("name")), QStringLiteral("Department name"));
        QCOMPARE(DomainText::fieldLabel(QStringLiteral("deputy"), QStringLiteral("name")), QStringLiteral("Deputy's name"));
        QCOMPARE(DomainText::fieldLabel(QStringLiteral("cases"), QStringLiteral("a_column_of_a_newer_pc")),
                 QStringLiteral("a_column_of_a_newer_pc"));

        QCOMPARE(DomainText::fieldValue(QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("assigned")),
                 DomainText::caseStatus(QStringLiteral("assigned")));
        QVERIFY(DomainText::fieldValue(QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("assigned")) !=
                QStringLiteral("assigned"));
        QCOMPARE(DomainText::fieldValue(QStringLiteral("cases"), QStringLiteral("priority"), QStringLiteral("urgent")),
                 QStringLiteral("Urgent"));
        QCOMPARE(DomainText::fieldValue(QStringLiteral("deputy"), QStringLiteral("active"), QStringLiteral("0")), QStringLiteral("No"));
        // A code no label knows yet is shown as it is, not as nothing.
        QCOMPARE(DomainText::fieldValue(QStringLiteral("cases"), QStringLiteral("satisfaction"), QStringLiteral("delighted")),
                 QStringLiteral("delighted"));
        QCOMPARE(DomainText::fieldValue(QStringLiteral("cases"), QStringLiteral("title"), QStringLiteral("路灯不亮")), QStringLiteral("路灯不亮"));
    }
};

QTEST_GUILESS_MAIN(TestRecordNameQuery)
#include "tst_recordnamequery.moc"
