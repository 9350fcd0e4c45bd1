// Signing in offline against the cached hash, the throttle on wrong passwords, and account
// administration: every attempt audited, no password ever written down, permissions checked in core.

#include "TestStore.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "security/PasswordHasher.h"
#include "security/SignInService.h"
#include "security/SignInThrottle.h"
#include "security/UserAdmin.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace zt;

namespace {

const QString kPassword = QStringLiteral("正确的马 battery");
const QString kWrong = QStringLiteral("hunter2-secret");
const QDateTime kT0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

// Every column of every audit entry, to look for a password anywhere in the trail.
QString wholeAuditLog(test::TestStore &ts)
{
    QString all;
    QSqlQuery q(ts->db());
    q.exec(QStringLiteral("SELECT * FROM audit_log"));
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            all += q.value(i).toString() + QLatin1Char('|');
    return all;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private:
    QString m_hash; // of kPassword, made once: hashing is deliberately slow

    // Written directly, as sync would deliver it, so these tests do not depend on UserAdmin.
    User addUser(test::TestStore &ts, const QString &username, const QString &role, bool active = true)
    {
        User u;
        u.username = username;
        u.displayName = username.toUpper();
        u.role = role;
        u.passwordHash = m_hash;
        u.active = active;
        WriteTransaction tx(ts.store());
        if (!UserRepository(ts.store()).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add test user");
        return u;
    }

    static AuditEntry lastAudit(test::TestStore &ts) { return AuditLog(ts.store()).recent(1).value(0); }

    static void failTimes(test::TestStore &ts, const QString &username, int times)
    {
        SignInService service(ts.store());
        for (int i = 0; i < times; ++i)
            QVERIFY(!service.signIn(username, kWrong).ok());
    }

    // The same count without verifying a password each time (about 0.1 s each), where the test is
    // about the throttle and not about how sign-in feeds it.
    static void countFailures(test::TestStore &ts, const QString &username, int times)
    {
        SignInThrottle throttle(ts.store());
        for (int i = 0; i < times; ++i)
            QVERIFY(throttle.recordFailure(username).ok());
    }

private slots:
    void initTestCase()
    {
        m_hash = PasswordHasher::hash(kPassword);
        QVERIFY(!m_hash.isEmpty());
    }

    void init() { Clock::setFixedNow(kT0); }
    void cleanup() { Clock::setFixedNow({}); }

    // --- signing in

    void signInSetsTheCurrentUserAndIsAudited()
    {
        test::TestStore ts;
        const User head = addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        SignInService service(ts.store());
        QVERIFY(!service.currentUser());
        const Result<User> r = service.signIn(QStringLiteral(" wangfang "), kPassword);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->id, head.id);
        QCOMPARE(ts->currentUserId(), head.id);
        QCOMPARE(service.currentUser()->role, Role::StationHead);
        const AuditEntry e = lastAudit(ts);
        QCOMPARE(e.action, QStringLiteral("sign_in"));
        QCOMPARE(e.userId, head.id);
        QCOMPARE(e.rowId, head.id);
        QCOMPARE(e.occurredAt, kT0);
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void signOutClearsTheCurrentUserAndIsAudited()
    {
        test::TestStore ts;
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        SignInService service(ts.store());
        QVERIFY(service.signIn(QStringLiteral("lihua"), kPassword).ok());
        service.signOut();
        QVERIFY(ts->currentUserId().isEmpty());
        QVERIFY(!service.currentUser());
        const AuditEntry e = lastAudit(ts);
        QCOMPARE(e.action, QStringLiteral("sign_out"));
        QCOMPARE(e.userId, staff.id);
    }

    void wrongPasswordIsAuditedWithoutThePassword()
    {
        test::TestStore ts;
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        const Result<User> r = SignInService(ts.store()).signIn(QStringLiteral("lihua"), kWrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("signin.wrong_password"));
        QCOMPARE(r.error().message, QStringLiteral("The username or the password is wrong."));
        QVERIFY(ts->currentUserId().isEmpty());
        const AuditEntry e = lastAudit(ts);
        QCOMPARE(e.action, QStringLiteral("sign_in_failed"));
        QCOMPARE(e.rowId, staff.id);
        QCOMPARE(e.detail, QStringLiteral("username=lihua; reason=wrong_password"));
        QVERIFY(!wholeAuditLog(ts).contains(kWrong));
        QVERIFY(!wholeAuditLog(ts).contains(QStringLiteral("hunter2")));
    }

    void unknownUsernameGetsTheSameAnswerAsAWrongPassword()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        SignInService service(ts.store());
        const Result<User> wrongPassword = service.signIn(QStringLiteral("lihua"), kWrong);
        const Result<User> unknown = service.signIn(QStringLiteral("nobody"), kPassword);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, wrongPassword.error().code);
        QCOMPARE(unknown.error().message, wrongPassword.error().message);
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=nobody; reason=wrong_password"));
        QVERIFY(!wholeAuditLog(ts).contains(kPassword));
    }

    void inactiveUserIsRefused()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("zhaolei"), Role::StationStaff, false);
        SignInService service(ts.store());
        const Result<User> r = service.signIn(QStringLiteral("zhaolei"), kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("signin.inactive"));
        QVERIFY(ts->currentUserId().isEmpty());
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=zhaolei; reason=inactive"));
        // A disabled account is only revealed to someone who knows its password.
        QCOMPARE(service.signIn(QStringLiteral("zhaolei"), kWrong).error().code,
                 QStringLiteral("signin.wrong_password"));
    }

    // --- the throttle

    void fiveWrongPasswordsLockUntilTheDelayHasPassed()
    {
        test::TestStore ts;
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        SignInService service(ts.store());
        failTimes(ts, QStringLiteral("lihua"), 4);
        // The fifth wrong password already says how long to wait.
        Result<User> r = service.signIn(QStringLiteral("lihua"), kWrong);
        QCOMPARE(r.error().code, QStringLiteral("signin.locked"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Too many wrong passwords. Try again in 30 second")),
                 qPrintable(r.error().message));

        // Even the right password is refused while locked, and those tries do not lengthen the lock.
        Clock::setFixedNow(kT0.addSecs(29));
        r = service.signIn(QStringLiteral("lihua"), kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("signin.locked"));
        QVERIFY2(r.error().message.contains(QStringLiteral("in 1 second")), qPrintable(r.error().message));
        QVERIFY(ts->currentUserId().isEmpty());
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=lihua; reason=locked"));
        QCOMPARE(SignInThrottle(ts.store()).failures(QStringLiteral("lihua")), 5);

        Clock::setFixedNow(kT0.addSecs(30));
        r = service.signIn(QStringLiteral("lihua"), kPassword);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(ts->currentUserId(), staff.id);
        QCOMPARE(SignInThrottle(ts.store()).failures(QStringLiteral("lihua")), 0);
        QCOMPARE(ts.count(QStringLiteral("sign_in_attempts")), 0);
    }

    void eachFurtherWrongPasswordDoublesTheDelay()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        countFailures(ts, QStringLiteral("lihua"), 5);
        SignInThrottle throttle(ts.store());
        QCOMPARE(throttle.remainingMs(QStringLiteral("lihua")), 30 * 1000);
        Clock::setFixedNow(kT0.addSecs(30));
        const Result<User> r = SignInService(ts.store()).signIn(QStringLiteral("lihua"), kWrong);
        QCOMPARE(r.error().code, QStringLiteral("signin.locked"));
        QVERIFY2(r.error().message.contains(QStringLiteral("in 60 second")), qPrintable(r.error().message));
        QCOMPARE(throttle.remainingMs(QStringLiteral("lihua")), 60 * 1000);

        const qint64 s = 1000;
        QCOMPARE(SignInThrottle::delayAfter(4), 0);
        QCOMPARE(SignInThrottle::delayAfter(5), 30 * s);
        QCOMPARE(SignInThrottle::delayAfter(6), 60 * s);
        QCOMPARE(SignInThrottle::delayAfter(7), 120 * s);
        QCOMPARE(SignInThrottle::delayAfter(9), 480 * s);
        QCOMPARE(SignInThrottle::delayAfter(10), 900 * s); // 960 s, capped at 15 min
        QCOMPARE(SignInThrottle::delayAfter(1000), 900 * s);
        QVERIFY2(SignInThrottle::lockedError(900 * s).message.contains(QStringLiteral("in 15 minute")),
                 qPrintable(SignInThrottle::lockedError(900 * s).message));
        QVERIFY(SignInThrottle::lockedError(120 * s).message.contains(QStringLiteral("in 2 minute")));
        QVERIFY(SignInThrottle::lockedError(1).message.contains(QStringLiteral("in 1 second")));
    }

    void aSuccessStartsTheCountAgain()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        countFailures(ts, QStringLiteral("lihua"), 4);
        SignInService service(ts.store());
        QVERIFY(service.signIn(QStringLiteral("lihua"), kPassword).ok());
        countFailures(ts, QStringLiteral("lihua"), 3);
        const Result<User> r = service.signIn(QStringLiteral("lihua"), kWrong);
        QCOMPARE(r.error().code, QStringLiteral("signin.wrong_password"));
    }

    void theLockIsPerUsername()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        countFailures(ts, QStringLiteral("lihua"), 5);
        QVERIFY(SignInService(ts.store()).signIn(QStringLiteral("wangfang"), kPassword).ok());
    }

    void theLockSurvivesReopeningTheStore()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        countFailures(ts, QStringLiteral("lihua"), 5);
        ts.reopen();
        const Result<User> r = SignInService(ts.store()).signIn(QStringLiteral("lihua"), kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("signin.locked"));
    }

    void aClockSetBackDoesNotLengthenTheLock()
    {
        test::TestStore ts;
        addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        countFailures(ts, QStringLiteral("lihua"), 5);
        Clock::setFixedNow(kT0.addDays(-1));
        QCOMPARE(SignInThrottle(ts.store()).remainingMs(QStringLiteral("lihua")), 30 * 1000);
    }

    // --- account administration

    void theFirstUserMustBeAnAdministrator()
    {
        test::TestStore ts;
        UserAdmin admin(ts.store());
        Result<User> r =
            admin.createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::StationHead, kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("access.denied"));
        QCOMPARE(ts.count(QStringLiteral("app_user")), 0);

        r = admin.createUser(QStringLiteral("  admin "), QStringLiteral(" 系统管理员 "), Role::Administrator,
                             kPassword);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->username, QStringLiteral("admin"));
        const std::optional<User> stored = UserRepository(ts.store()).find(r->id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, QStringLiteral("系统管理员"));
        QCOMPARE(stored->stationId, ts.stationId());
        QVERIFY(PasswordHasher::verify(kPassword, stored->passwordHash));
        QVERIFY(!stored->passwordHash.contains(kPassword));
        // Through the write path, so the account reaches the server and the other PCs.
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'app_user'")), 1);
        const AuditEntry e = lastAudit(ts);
        QCOMPARE(e.action, QStringLiteral("create_user"));
        QCOMPARE(e.rowId, r->id);
        QVERIFY(!wholeAuditLog(ts).contains(kPassword));

        // The new account signs in (offline: nothing but the store is involved).
        QVERIFY(SignInService(ts.store()).signIn(QStringLiteral("admin"), kPassword).ok());
    }

    void furtherUsersNeedManageUsers()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        const User head = addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        UserAdmin admin(ts.store());
        const auto create = [&] {
            return admin.createUser(QStringLiteral("lihua"), QStringLiteral("李华"), Role::StationStaff, kPassword);
        };
        Result<User> r = create();
        QCOMPARE(r.error().code, QStringLiteral("access.denied"));
        QCOMPARE(r.error().message, QStringLiteral("Nobody is signed in. Sign in first."));

        ts->setCurrentUserId(head.id);
        r = create();
        QCOMPARE(r.error().code, QStringLiteral("access.denied"));
        QCOMPARE(r.error().message, QStringLiteral("You are signed in as WANGFANG (Station head); this needs an "
                                                   "administrator."));
        QCOMPARE(ts.count(QStringLiteral("app_user")), 2);

        ts->setCurrentUserId(adminUser.id);
        r = create();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->role, Role::StationStaff);
        QCOMPARE(lastAudit(ts).userId, adminUser.id);
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=lihua; role=station_staff"));
    }

    void weakPasswordsAreRefused()
    {
        test::TestStore ts;
        UserAdmin admin(ts.store());
        Result<User> r = admin.createUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
                                          QStringLiteral("1234567"));
        QCOMPARE(r.error().code, QStringLiteral("user.weak_password"));
        QVERIFY2(r.error().message.contains(QStringLiteral("at least 8 character")), qPrintable(r.error().message));
        r = admin.createUser(QStringLiteral("administrator"), QStringLiteral("管理员"), Role::Administrator,
                             QStringLiteral("Administrator"));
        QCOMPARE(r.error().code, QStringLiteral("user.weak_password"));
        QCOMPARE(r.error().message, QStringLiteral("The password may not be the username."));
        QCOMPARE(ts.count(QStringLiteral("app_user")), 0);
        // Characters, not bytes or UTF-16 units.
        QVERIFY(UserAdmin::passwordProblem(QStringLiteral("a"), QStringLiteral("人民代表大会制度")).isEmpty());
        QVERIFY(!UserAdmin::passwordProblem(QStringLiteral("a"), QStringLiteral("人民代表大会")).isEmpty());
    }

    void badUsernamesAreRefused()
    {
        test::TestStore ts;
        UserAdmin admin(ts.store());
        for (const QString &name : {QStringLiteral("   "), QStringLiteral("wang fang"), QStringLiteral("wang\tfang"),
                                    QString(65, QLatin1Char('w'))}) {
            const Result<User> r = admin.createUser(name, QStringLiteral("王芳"), Role::Administrator, kPassword);
            QVERIFY2(!r.ok(), qPrintable(name));
            QCOMPARE(r.error().code, QStringLiteral("user.invalid"));
        }
        const Result<User> r =
            admin.createUser(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("root"), kPassword);
        QCOMPARE(r.error().code, QStringLiteral("user.invalid"));
        QCOMPARE(ts.count(QStringLiteral("app_user")), 0);
    }

    void duplicateUsernameIsRefused()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        ts->setCurrentUserId(adminUser.id);
        const Result<User> r =
            UserAdmin(ts.store())
                .createUser(QStringLiteral(" WangFang "), QStringLiteral("王芳"), Role::StationStaff, kPassword);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("user.duplicate"));
        QCOMPARE(r.error().message, QStringLiteral("The username WangFang is taken."));
        QCOMPARE(ts.count(QStringLiteral("app_user")), 2);
    }

    void changeOwnPassword()
    {
        test::TestStore ts;
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        const User other = addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        const QString newPassword = QStringLiteral("新的密码 2026");
        UserAdmin admin(ts.store());
        ts->setCurrentUserId(staff.id);
        QCOMPARE(admin.changePassword(other.id, kPassword, newPassword).error().code, QStringLiteral("access.denied"));
        QCOMPARE(admin.changePassword(staff.id, kWrong, newPassword).error().code,
                 QStringLiteral("user.wrong_password"));
        QCOMPARE(admin.changePassword(staff.id, kPassword, QStringLiteral("short")).error().code,
                 QStringLiteral("user.weak_password"));
        QCOMPARE(admin.changePassword(staff.id, kPassword, kPassword).error().code,
                 QStringLiteral("user.weak_password"));
        const Status s = admin.changePassword(staff.id, kPassword, newPassword);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(lastAudit(ts).action, QStringLiteral("change_password"));
        QVERIFY(!wholeAuditLog(ts).contains(newPassword));
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'app_user'")), 3);

        SignInService service(ts.store());
        QCOMPARE(service.signIn(QStringLiteral("lihua"), kPassword).error().code,
                 QStringLiteral("signin.wrong_password"));
        QVERIFY(service.signIn(QStringLiteral("lihua"), newPassword).ok());
    }

    void guessingTheCurrentPasswordIsThrottled()
    {
        test::TestStore ts;
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        ts->setCurrentUserId(staff.id);
        UserAdmin admin(ts.store());
        QCOMPARE(admin.changePassword(staff.id, kWrong, QStringLiteral("新的密码 2026")).error().code,
                 QStringLiteral("user.wrong_password"));
        countFailures(ts, QStringLiteral("lihua"), 3);
        QCOMPARE(admin.changePassword(staff.id, kWrong, QStringLiteral("新的密码 2026")).error().code,
                 QStringLiteral("signin.locked"));
        QCOMPARE(admin.changePassword(staff.id, kPassword, QStringLiteral("新的密码 2026")).error().code,
                 QStringLiteral("signin.locked"));
    }

    void disableAndEnableAccounts()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        UserAdmin admin(ts.store());

        ts->setCurrentUserId(staff.id);
        QCOMPARE(admin.setActive(adminUser.id, false).error().code, QStringLiteral("access.denied"));

        ts->setCurrentUserId(adminUser.id);
        QCOMPARE(admin.setActive(adminUser.id, false).error().code, QStringLiteral("user.self"));
        QVERIFY(admin.setActive(staff.id, false).ok());
        QCOMPARE(lastAudit(ts).action, QStringLiteral("disable_user"));
        QVERIFY(!UserRepository(ts.store()).find(staff.id)->active);
        QCOMPARE(SignInService(ts.store()).signIn(QStringLiteral("lihua"), kPassword).error().code,
                 QStringLiteral("signin.inactive"));

        ts->setCurrentUserId(adminUser.id);
        QVERIFY(admin.setActive(staff.id, true).ok());
        QCOMPARE(lastAudit(ts).action, QStringLiteral("enable_user"));
        QVERIFY(SignInService(ts.store()).signIn(QStringLiteral("lihua"), kPassword).ok());
    }

    void badDisplayNamesAreRefused()
    {
        test::TestStore ts;
        UserAdmin admin(ts.store());
        for (const QString &name : {QStringLiteral("王\n芳"), QStringLiteral("王\x07芳"), QString(41, QChar(0x738b))}) {
            const Result<User> r = admin.createUser(QStringLiteral("wangfang"), name, Role::Administrator, kPassword);
            QCOMPARE(r.error().code, QStringLiteral("user.invalid"));
        }
        // Markup and SQL are a name like any other: stored as typed.
        const QString literal = QStringLiteral("<b>王</b>'); DROP TABLE app_user;--");
        const Result<User> r = admin.createUser(QStringLiteral("wangfang"), literal.left(40), Role::Administrator, kPassword);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(UserRepository(ts.store()).find(r->id)->displayName, literal.left(40));
    }

    // Each role calls the service directly: only an administrator gets past the check.
    void onlyAdministratorsAdministerAccounts()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        const User head = addUser(ts, QStringLiteral("wangfang"), Role::StationHead);
        const User district = addUser(ts, QStringLiteral("zhaoqiang"), Role::DistrictOfficer);
        UserAdmin admin(ts.store());
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        for (const User &u : {staff, head, district}) {
            ts->setCurrentUserId(u.id);
            QCOMPARE(admin.listUsers().error().code, QStringLiteral("access.denied"));
            QCOMPARE(admin.changeRole(staff.id, Role::Administrator).error().code, QStringLiteral("access.denied"));
            QCOMPARE(admin.resetPassword(staff.id, QStringLiteral("temporary-1")).error().code,
                     QStringLiteral("access.denied"));
            QCOMPARE(admin.setActive(head.id, false).error().code, QStringLiteral("access.denied"));
        }
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
        QCOMPARE(UserRepository(ts.store()).find(staff.id)->role, Role::StationStaff);

        ts->setCurrentUserId(adminUser.id);
        const Result<QList<StaffAccount>> list = admin.listUsers();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->first().user.username, QStringLiteral("admin"));
        QVERIFY(!list->first().stationName.isEmpty());
    }

    void changeRoleIsSyncedAndAudited()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        ts->setCurrentUserId(adminUser.id);
        UserAdmin admin(ts.store());
        QCOMPARE(admin.changeRole(adminUser.id, Role::StationStaff).error().code, QStringLiteral("user.self"));
        QCOMPARE(admin.changeRole(staff.id, QStringLiteral("root")).error().code, QStringLiteral("user.invalid"));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'app_user'"));
        QVERIFY(admin.changeRole(staff.id, Role::StationHead).ok());
        QCOMPARE(UserRepository(ts.store()).find(staff.id)->role, Role::StationHead);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'app_user'")), outboxBefore + 1);
        QCOMPARE(lastAudit(ts).action, QStringLiteral("change_role"));
        QCOMPARE(lastAudit(ts).userId, adminUser.id);
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=lihua; role=station_staff -> station_head"));
    }

    void resetPasswordMustBeChangedAtTheNextSignIn()
    {
        test::TestStore ts;
        const User adminUser = addUser(ts, QStringLiteral("admin"), Role::Administrator);
        const User staff = addUser(ts, QStringLiteral("lihua"), Role::StationStaff);
        countFailures(ts, QStringLiteral("lihua"), 5); // forgot it, and is locked out
        const QString temporary = QStringLiteral("临时密码-0427");
        UserAdmin admin(ts.store());
        ts->setCurrentUserId(adminUser.id);
        QCOMPARE(admin.resetPassword(adminUser.id, temporary).error().code, QStringLiteral("user.self"));
        QCOMPARE(admin.resetPassword(staff.id, QStringLiteral("short")).error().code, QStringLiteral("user.weak_password"));
        QVERIFY(admin.resetPassword(staff.id, temporary).ok());
        QCOMPARE(lastAudit(ts).action, QStringLiteral("reset_password"));
        QCOMPARE(lastAudit(ts).detail, QStringLiteral("username=lihua"));
        QVERIFY(!wholeAuditLog(ts).contains(temporary));

        // The reset lifts the lock; the old password is gone; the account must choose its own.
        SignInService service(ts.store());
        QCOMPARE(service.signIn(QStringLiteral("lihua"), kPassword).error().code, QStringLiteral("signin.wrong_password"));
        const Result<User> signedIn = service.signIn(QStringLiteral("lihua"), temporary);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.error().message));
        QVERIFY(signedIn->mustChangePassword);
        QVERIFY(admin.changePassword(staff.id, temporary, QStringLiteral("我自己的密码 99")).ok());
        QVERIFY(!UserRepository(ts.store()).find(staff.id)->mustChangePassword);

        // The last sign-in shows in the administrator's list.
        ts->setCurrentUserId(adminUser.id);
        const Result<QList<StaffAccount>> list = admin.listUsers();
        QVERIFY(list.ok());
        for (const StaffAccount &a : list.value())
            QCOMPARE(a.lastSignIn.isValid(), a.user.id == staff.id);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
