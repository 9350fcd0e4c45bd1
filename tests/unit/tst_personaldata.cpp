// Citizens' personal data: masked unless the role may see it, revealing one number is audited (and
// refused without the right), and retention anonymises old closed cases through the sync outbox while
// keeping the case and its figures.

#include "TestStore.h"

#include "common/Clock.h"
#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "privacy/PersonalDataAccess.h"
#include "privacy/RetentionService.h"
#include "security/AccessPolicy.h"
#include "storage/AuditLog.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;

namespace {
const QString kPhone = QStringLiteral("13812345678");
const QString kIdNumber = QStringLiteral("330203199001011234");
} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private:
    static User addUser(test::TestStore &ts, const QString &role)
    {
        User u;
        u.username = role;
        u.displayName = role;
        u.role = role;
        u.passwordHash = QStringLiteral("$argon2id$not-used-here");
        WriteTransaction tx(ts.store());
        if (!UserRepository(ts.store()).insert(tx, u).ok() || !tx.commit().ok())
            qFatal("cannot add user");
        return u;
    }

    // A case as an import or sync would deliver it, with the dates the test needs.
    static QString addCase(test::TestStore &ts, const QString &status, const QDate &closedOn,
                           const QString &visitId = {})
    {
        static int serial = 0;
        const QString id = Uuid7::generate();
        WriteTransaction tx(ts.store());
        QVariantMap fields{{QStringLiteral("station_id"), ts.stationId()},
                           {QStringLiteral("case_no"), QStringLiteral("330203006-2020-A%1").arg(++serial, 4, 10, QLatin1Char('0'))},
                           {QStringLiteral("title"), QStringLiteral("楼道灯坏了")},
                           {QStringLiteral("channel"), QStringLiteral("walk_in")},
                           {QStringLiteral("citizen_name"), QStringLiteral("张三丰")},
                           {QStringLiteral("citizen_phone"), kPhone},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("satisfaction"), closedOn.isValid() ? QStringLiteral("satisfied") : QString()},
                           {QStringLiteral("registered_on"), QDate(2020, 1, 2)},
                           {QStringLiteral("closed_on"), closedOn.isValid() ? QVariant(closedOn) : QVariant()}};
        if (!visitId.isEmpty())
            fields.insert(QStringLiteral("visit_id"), visitId);
        if (!tx.insert(QStringLiteral("cases"), id, fields) || !tx.commit())
            qFatal("cannot add case");
        return id;
    }

    static std::pair<QString, QString> addVisitWithVisitor(test::TestStore &ts)
    {
        const QString visitId = Uuid7::generate();
        const QString visitorId = Uuid7::generate();
        WriteTransaction tx(ts.store());
        Status a = tx.insert(QStringLiteral("visit"), visitId,
                             {{QStringLiteral("station_id"), ts.stationId()},
                              {QStringLiteral("visit_date"), QDate(2020, 1, 2)},
                              {QStringLiteral("half_day"), QStringLiteral("am")},
                              {QStringLiteral("channel"), QStringLiteral("walk_in")}});
        Status b = tx.insert(QStringLiteral("visitor"), visitorId,
                             {{QStringLiteral("station_id"), ts.stationId()},
                              {QStringLiteral("visit_id"), visitId},
                              {QStringLiteral("name"), QStringLiteral("张三丰")},
                              {QStringLiteral("phone"), kPhone},
                              {QStringLiteral("id_number"), kIdNumber}});
        if (!a || !b || !tx.commit())
            qFatal("cannot add visit");
        return {visitId, visitorId};
    }

    static QString text(test::TestStore &ts, const QString &sql)
    {
        QSqlQuery q(ts->db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<none>");
        return q.value(0).toString();
    }

    static QString wholeAuditLog(test::TestStore &ts)
    {
        QString all;
        for (const AuditEntry &e : AuditLog(ts.store()).recent(1000))
            all += e.action + e.table + e.rowId + e.detail + QLatin1Char('|');
        return all;
    }

private slots:
    void init() { Clock::setFixedNow(QDateTime(QDate(2026, 6, 1), QTime(2, 0), Qt::UTC)); }
    void cleanup()
    {
        Clock::setFixedNow({});
        AccessPolicy::setSignInRequired(false);
    }

    void onlyRolesWithTheRightSeeNumbersUnmasked_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("unmasked");
        QTest::newRow("station staff") << Role::StationStaff << false;
        QTest::newRow("station head") << Role::StationHead << true;
        QTest::newRow("district officer") << Role::DistrictOfficer << false;
        QTest::newRow("administrator") << Role::Administrator << false;
        QTest::newRow("nobody (a tool's export)") << QString() << false;
    }

    void onlyRolesWithTheRightSeeNumbersUnmasked()
    {
        QFETCH(QString, role);
        QFETCH(bool, unmasked);
        test::TestStore ts;
        if (!role.isEmpty())
            ts->setCurrentUserId(addUser(ts, role).id);
        PersonalDataAccess access(ts.store());
        QCOMPARE(access.phoneForDisplay(kPhone), unmasked ? kPhone : QStringLiteral("138****5678"));
        QCOMPARE(access.idNumberForDisplay(kIdNumber), unmasked ? kIdNumber : QStringLiteral("330203********1234"));
    }

    void revealingANumberIsAudited()
    {
        test::TestStore ts;
        const User head = addUser(ts, Role::StationHead);
        const QString caseId = addCase(ts, CaseStatus::Registered, {});
        const auto [visitId, visitorId] = addVisitWithVisitor(ts);
        Q_UNUSED(visitId);
        ts->setCurrentUserId(head.id);
        PersonalDataAccess access(ts.store());

        const Result<QString> phone = access.reveal(PersonalDataAccess::Field::CaseCitizenPhone, caseId);
        QVERIFY2(phone.ok(), qPrintable(phone.error().message));
        QCOMPARE(phone.value(), kPhone);
        AuditEntry e = AuditLog(ts.store()).recent(1).value(0);
        QCOMPARE(e.action, QStringLiteral("reveal_personal_data"));
        QCOMPARE(e.userId, head.id);
        QCOMPARE(e.table, QStringLiteral("cases"));
        QCOMPARE(e.rowId, caseId);
        QCOMPARE(e.detail, QStringLiteral("field=citizen_phone"));

        const Result<QString> id = access.reveal(PersonalDataAccess::Field::VisitorIdNumber, visitorId);
        QCOMPARE(id.value(), kIdNumber);
        QCOMPARE(AuditLog(ts.store()).recent(1).value(0).detail, QStringLiteral("field=id_number"));
        // The trail says who looked, never what they saw.
        QVERIFY(!wholeAuditLog(ts).contains(kPhone));
        QVERIFY(!wholeAuditLog(ts).contains(kIdNumber));
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void revealIsRefusedWithoutTheRight_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("station staff") << Role::StationStaff;
        QTest::newRow("district officer") << Role::DistrictOfficer;
        QTest::newRow("administrator") << Role::Administrator;
        QTest::newRow("nobody signed in") << QString();
    }

    void revealIsRefusedWithoutTheRight()
    {
        QFETCH(QString, role);
        test::TestStore ts;
        const QString caseId = addCase(ts, CaseStatus::Registered, {});
        if (!role.isEmpty())
            ts->setCurrentUserId(addUser(ts, role).id);
        const int auditBefore = ts.count(QStringLiteral("audit_log"));
        const Result<QString> r = PersonalDataAccess(ts.store()).reveal(PersonalDataAccess::Field::CaseCitizenPhone, caseId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("access.denied"));
        QCOMPARE(ts.count(QStringLiteral("audit_log")), auditBefore);
    }

    void retentionAnonymisesOldClosedCasesOnly()
    {
        test::TestStore ts;
        const User head = addUser(ts, Role::StationHead);
        const auto [oldVisit, oldVisitor] = addVisitWithVisitor(ts);
        const auto [mixedVisit, mixedVisitor] = addVisitWithVisitor(ts);
        const QString old = addCase(ts, CaseStatus::Closed, QDate(2022, 5, 31), oldVisit);
        const QString recent = addCase(ts, CaseStatus::Closed, QDate(2023, 6, 2));
        const QString open = addCase(ts, CaseStatus::Assigned, {});
        // A visit whose other case is still open keeps its visitor: staff still need to call back.
        const QString oldOfMixed = addCase(ts, CaseStatus::Closed, QDate(2021, 1, 5), mixedVisit);
        addCase(ts, CaseStatus::Assigned, {}, mixedVisit);

        ts->setCurrentUserId(head.id);
        RetentionService retention(ts.store());
        const AnonymiseSummary preview = retention.preview(3);
        QCOMPARE(preview.closedBefore, QDate(2023, 6, 1));
        QCOMPARE(preview.cases, 2);
        QCOMPARE(preview.visitors, 1);
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));

        const Result<AnonymiseSummary> done = retention.anonymise(3);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QCOMPARE(done->cases, 2);
        QCOMPARE(done->visitors, 1);

        const auto field = [&](const QString &column, const QString &id) {
            return text(ts, QStringLiteral("SELECT %1 FROM cases WHERE id = '%2'").arg(column, id));
        };
        for (const QString &id : {old, oldOfMixed}) {
            QCOMPARE(field(QStringLiteral("citizen_name"), id), QString());
            QCOMPARE(field(QStringLiteral("citizen_phone"), id), QString());
            // The case and its figures stay.
            QCOMPARE(field(QStringLiteral("title"), id), QStringLiteral("楼道灯坏了"));
            QCOMPARE(field(QStringLiteral("status"), id), CaseStatus::Closed);
            QCOMPARE(field(QStringLiteral("satisfaction"), id), QStringLiteral("satisfied"));
            QVERIFY(!field(QStringLiteral("closed_on"), id).isEmpty());
        }
        for (const QString &id : {recent, open})
            QCOMPARE(field(QStringLiteral("citizen_phone"), id), kPhone);
        QCOMPARE(text(ts, QStringLiteral("SELECT name || phone || id_number FROM visitor WHERE id = '%1'").arg(oldVisitor)),
                 QString());
        QCOMPARE(text(ts, QStringLiteral("SELECT phone FROM visitor WHERE id = '%1'").arg(mixedVisitor)), kPhone);

        // Synced: one outbox mutation per changed row, by the head, carrying the emptied fields.
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore + 3);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox"),
                          QStringLiteral("op = 'update' AND user_id = '%1' AND fields LIKE '%\"citizen_phone\":\"\"%'")
                              .arg(head.id)),
                 2);
        const AuditEntry e = AuditLog(ts.store()).recent(1).value(0);
        QCOMPARE(e.action, QStringLiteral("anonymise"));
        QCOMPARE(e.detail, QStringLiteral("closed_before=2023-06-01; cases=2; visitors=1"));

        // Nothing left to do the second time.
        QCOMPARE(retention.anonymise(3)->cases, 0);
    }

    void retentionNeedsTheRight()
    {
        test::TestStore ts;
        addCase(ts, CaseStatus::Closed, QDate(2020, 5, 1));
        AccessPolicy::setSignInRequired(true);
        ts->setCurrentUserId(addUser(ts, Role::StationStaff).id);
        const Result<AnonymiseSummary> r = RetentionService(ts.store()).anonymise(3);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("access.denied"));
        QCOMPARE(text(ts, QStringLiteral("SELECT citizen_phone FROM cases")), kPhone);
        ts->setCurrentUserId(addUser(ts, Role::StationHead).id);
        QCOMPARE(RetentionService(ts.store()).anonymise(0).error().code, QStringLiteral("retention.invalid"));
    }
};

QTEST_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
