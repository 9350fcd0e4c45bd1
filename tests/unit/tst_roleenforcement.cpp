// Permissions are enforced in the core services, not only by hidden buttons: each write service is
// called directly with a user of each of the four roles, and a refusal writes nothing. Also: every
// synced change carries the user who made it.

#include "TestStore.h"

#include "domain/Codes.h"
#include "security/AccessPolicy.h"
#include "security/UserAdmin.h"
#include "storage/CaseRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace zt;

namespace {

// The expected answers are written out here, not read from AccessPolicy, so that a change to the
// table shows up as a failing test someone has to agree with.
struct Expectation
{
    const char *service;
    bool staff, head, district, admin;
};

const QList<Expectation> kExpectations = {
    {"register case", true, true, true, false},
    {"accept case", true, true, true, false},
    {"remind", true, true, true, false},
    {"not accept case", false, true, true, false},
    {"assign case", false, true, true, false},
    {"cancel case", false, true, true, false},
    {"create user", false, false, false, true},
    {"disable user", false, false, false, true},
};

} // namespace

class TestRoleEnforcement : public QObject
{
    Q_OBJECT

private:
    static QString addDepartment(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        Department dep;
        dep.name = QStringLiteral("街道城建办");
        if (!DepartmentRepository(ts.store()).insert(tx, dep) || !tx.commit())
            return {};
        return dep.id;
    }

    static Result<QString> registerCase(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = QStringLiteral("路灯不亮");
        if (Status s = CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return c.id;
    }

    static QString status(test::TestStore &ts, const QString &caseId)
    {
        return CaseRepository(ts.store()).find(caseId)->status;
    }

private slots:
    void cleanup() { AccessPolicy::setSignInRequired(false); }

    void eachRoleCallsEachService_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        for (const Expectation &e : kExpectations) {
            const QList<std::pair<QString, bool>> roles{{Role::StationStaff, e.staff},
                                                        {Role::StationHead, e.head},
                                                        {Role::DistrictOfficer, e.district},
                                                        {Role::Administrator, e.admin}};
            for (const auto &[role, allowed] : roles)
                QTest::addRow("%s by %s", e.service, qPrintable(role))
                    << QString::fromLatin1(e.service) << role << allowed;
        }
    }

    void eachRoleCallsEachService()
    {
        QFETCH(QString, service);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        // The desktop program's rule: nobody works unsigned.
        AccessPolicy::setSignInRequired(true);
        test::TestStore ts;

        // The scene is set by the system (signed in as an administrator for the accounts, as a head
        // for the case), then the user of the role under test acts.
        const User admin = ts.addUser(QStringLiteral("admin"), Role::Administrator);
        const User head = ts.addUser(QStringLiteral("head"), Role::StationHead);
        const User other = ts.addUser(QStringLiteral("other"), Role::StationStaff);
        const User actor = ts.addUser(QStringLiteral("actor"), role);
        const QString departmentId = addDepartment(ts);
        ts->setCurrentUserId(head.id);
        const Result<QString> caseId = registerCase(ts);
        QVERIFY2(caseId.ok(), qPrintable(caseId.error().message));
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar());
        if (service == QLatin1String("remind")) {
            QVERIFY(workflow.accept(caseId.value()).ok());
            QVERIFY(workflow.assign(caseId.value(), departmentId).ok());
        }
        if (service == QLatin1String("assign case"))
            QVERIFY(workflow.accept(caseId.value()).ok());
        const QString statusBefore = status(ts, caseId.value());
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        const int usersBefore = ts.count(QStringLiteral("app_user"), QStringLiteral("active = 1"));

        ts->setCurrentUserId(actor.id);
        const QHash<QString, std::function<Status()>> calls{
            {QStringLiteral("register case"), [&]() -> Status {
                 Result<QString> r = registerCase(ts);
                 return r ? Status() : Status(r.error());
             }},
            {QStringLiteral("accept case"), [&] { return workflow.accept(caseId.value()); }},
            {QStringLiteral("remind"), [&] { return workflow.remind(caseId.value(), QStringLiteral("请尽快处理")); }},
            {QStringLiteral("not accept case"),
             [&] { return workflow.notAccept(caseId.value(), QStringLiteral("不属于受理范围")); }},
            {QStringLiteral("assign case"), [&] { return workflow.assign(caseId.value(), departmentId); }},
            {QStringLiteral("cancel case"), [&] { return workflow.cancel(caseId.value(), QStringLiteral("重复登记")); }},
            {QStringLiteral("create user"), [&]() -> Status {
                 auto r = UserAdmin(ts.store()).createUser(QStringLiteral("newcomer"), QStringLiteral("新同事"),
                                                           Role::StationStaff, QStringLiteral("long enough 1"));
                 return r ? Status() : Status(r.error());
             }},
            {QStringLiteral("disable user"), [&] { return UserAdmin(ts.store()).setActive(other.id, false); }},
        };
        QVERIFY(calls.contains(service));
        const Status result = calls.value(service)();
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QVERIFY(ts.count(QStringLiteral("sync_outbox")) > outboxBefore);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("access.denied"));
        QVERIFY2(result.error().message.contains(QStringLiteral("actor")), qPrintable(result.error().message));
        // Refused means nothing written: no row, no outbox entry, the case where it was.
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
        QCOMPARE(status(ts, caseId.value()), statusBefore);
        QCOMPARE(ts.count(QStringLiteral("cases")), 1);
        QCOMPARE(ts.count(QStringLiteral("app_user"), QStringLiteral("active = 1")), usersBefore);
        Q_UNUSED(admin);
    }

    void nobodySignedInIsRefusedWhereSignInIsRequired()
    {
        test::TestStore ts;
        AccessPolicy::setSignInRequired(true);
        const Result<QString> refused = registerCase(ts);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("access.denied"));
        QCOMPARE(ts.count(QStringLiteral("cases")), 0);
        // Tools (ztctl, the demo generator, imports) act as the system.
        AccessPolicy::setSignInRequired(false);
        QVERIFY(registerCase(ts).ok());
    }

    void aDisabledOrRemovedAccountIsRefusedAtOnce()
    {
        test::TestStore ts;
        AccessPolicy::setSignInRequired(true);
        User head = ts.addUser(QStringLiteral("head"), Role::StationHead);
        ts->setCurrentUserId(head.id);
        QVERIFY(registerCase(ts).ok());
        // As sync would deliver it: the account was disabled on another PC while this one is signed in.
        head.active = false;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(UserRepository(ts.store()).update(tx, head).ok());
            QVERIFY(tx.commit().ok());
        }
        const Result<QString> refused = registerCase(ts);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("access.denied"));
        ts->setCurrentUserId(QStringLiteral("0190f0c2-0000-7000-8000-00000000dead"));
        QCOMPARE(registerCase(ts).error().code, QStringLiteral("access.denied"));
    }

    void everySyncedChangeCarriesItsAuthor()
    {
        test::TestStore ts;
        const User head = ts.addUser(QStringLiteral("head"), Role::StationHead);
        const User staff = ts.addUser(QStringLiteral("staff"), Role::StationStaff);
        const QString departmentId = addDepartment(ts);
        ts->setCurrentUserId(staff.id);
        const Result<QString> caseId = registerCase(ts);
        QVERIFY(caseId.ok());
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar());
        QVERIFY(workflow.accept(caseId.value()).ok());
        ts->setCurrentUserId(head.id);
        QVERIFY(workflow.assign(caseId.value(), departmentId).ok());

        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT updated_by FROM cases")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), head.id);
        // Each outbox mutation names who made it, in order: the staff registered and accepted, the
        // head assigned.
        QVERIFY(q.exec(QStringLiteral("SELECT user_id, tbl, op FROM sync_outbox WHERE tbl IN ('cases', 'case_event') "
                                      "ORDER BY device_seq")));
        QStringList authors;
        while (q.next()) {
            QVERIFY2(!q.value(0).isNull(), "an outbox row without its author");
            authors << (q.value(0).toString() == head.id ? QStringLiteral("head") : QStringLiteral("staff"));
        }
        QVERIFY(authors.size() >= 4);
        QCOMPARE(authors.first(), QStringLiteral("staff"));
        QCOMPARE(authors.last(), QStringLiteral("head"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_event WHERE actor_id IS NULL OR actor_id = ''")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_MAIN(TestRoleEnforcement)
#include "tst_roleenforcement.moc"
