// Every repository: what is saved reads back the same, edits read back, NULLs stay NULL, and each
// written row has its outbox mutation in the same commit.

#include "TestStore.h"

#include "common/Uuid7.h"
#include "domain/Codes.h"
#include "security/PasswordHasher.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/UserRepository.h"
#include "storage/VisitRepository.h"
#include "storage/VisitorRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace zt;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    static int outbox(const test::TestStore &ts, const QString &table, const QString &op = QStringLiteral("insert"))
    {
        return ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = '%1' AND op = '%2'").arg(table, op));
    }

    static int outboxForRow(const test::TestStore &ts, const QString &table, const QString &id)
    {
        return ts.count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = '%1' AND row_id = '%2'").arg(table, id));
    }

    // Whether a column of one row is SQL NULL (not merely empty text).
    static bool isNull(test::TestStore &ts, const QString &table, const QString &column, const QString &id)
    {
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("SELECT %1 IS NULL FROM %2 WHERE id = ?").arg(column, table));
        q.addBindValue(id);
        return q.exec() && q.next() && q.value(0).toInt() == 1;
    }

    static void verifyFreshMeta(test::TestStore &ts, const SyncMeta &meta)
    {
        QCOMPARE(meta.sv, qint64(0));
        QVERIFY(!meta.deleted);
        QVERIFY(meta.hlc.endsWith(ts->deviceId()));
    }

    static QString addPoint(test::TestStore &ts)
    {
        WriteTransaction tx(ts.store());
        Point p;
        p.name = QStringLiteral("望春社区联络点");
        p.divisionCode = QStringLiteral("330203006001");
        if (!PointRepository(ts.store()).insert(tx, p) || !tx.commit())
            return {};
        return p.id;
    }

    static QString addDeputy(test::TestStore &ts, const QString &name)
    {
        WriteTransaction tx(ts.store());
        Deputy d;
        d.name = name;
        d.level = DeputyLevel::Township;
        if (!DeputyRepository(ts.store()).insert(tx, d) || !tx.commit())
            return {};
        return d.id;
    }

    static QString addCase(test::TestStore &ts, const QString &caseNo)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.caseNo = caseNo;
        c.title = QStringLiteral("路灯不亮");
        c.registeredOn = QDate(2026, 3, 2);
        if (!CaseRepository(ts.store()).insert(tx, c) || !tx.commit())
            return {};
        return c.id;
    }

private slots:
    void stationRoundTrip()
    {
        test::TestStore ts;
        StationRepository repo(ts.store());
        Station s;
        s.code = QStringLiteral("330203007");
        s.name = QStringLiteral("鼓楼街道人大代表联络站");
        s.divisionCode = QStringLiteral("330203007");
        s.address = QStringLiteral("中山西路1号");
        s.openingHours = QStringLiteral("周一至周五 9:00-17:00");
        s.contactPerson = QStringLiteral("陈红");
        s.contactPhone = QStringLiteral("0574-87000000");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, s).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(Uuid7::isValid(s.id));
        auto found = repo.find(s.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->code, s.code);
        QCOMPARE(found->name, s.name);
        QCOMPARE(found->divisionCode, s.divisionCode);
        QCOMPARE(found->address, s.address);
        QCOMPARE(found->openingHours, s.openingHours);
        QCOMPARE(found->contactPerson, s.contactPerson);
        QCOMPARE(found->contactPhone, s.contactPhone);
        verifyFreshMeta(ts, found->meta);
        QCOMPARE(repo.findByCode(s.code)->id, s.id);
        QCOMPARE(outboxForRow(ts, QStringLiteral("station"), s.id), 1);

        found->name = QStringLiteral("鼓楼街道代表联络站");
        found->contactPhone = QStringLiteral("0574-87111111");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto updated = repo.find(s.id);
        QCOMPARE(updated->name, QStringLiteral("鼓楼街道代表联络站"));
        QCOMPARE(updated->contactPhone, QStringLiteral("0574-87111111"));
        QCOMPARE(updated->address, s.address);
        QCOMPARE(outbox(ts, QStringLiteral("station"), QStringLiteral("update")), 1);
        QVERIFY(updated->meta.hlc > found->meta.hlc);
    }

    void pointRoundTrip()
    {
        test::TestStore ts;
        PointRepository repo(ts.store());
        Point p;
        p.name = QStringLiteral("望春社区联络点");
        p.divisionCode = QStringLiteral("330203006001");
        p.address = QStringLiteral("望春路88号");
        p.openingHours = QStringLiteral("每周三下午");
        p.contactPerson = QStringLiteral("周强");
        p.contactPhone = QStringLiteral("13900000000");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, p).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(p.id);
        QVERIFY(found.has_value());
        // A row without a station belongs to this device's station.
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->name, p.name);
        QCOMPARE(found->divisionCode, p.divisionCode);
        QCOMPARE(found->address, p.address);
        QCOMPARE(found->openingHours, p.openingHours);
        QCOMPARE(found->contactPerson, p.contactPerson);
        QCOMPARE(found->contactPhone, p.contactPhone);
        verifyFreshMeta(ts, found->meta);
        QCOMPARE(outboxForRow(ts, QStringLiteral("point"), p.id), 1);

        found->openingHours = QStringLiteral("每周四上午");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.find(p.id)->openingHours, QStringLiteral("每周四上午"));
        QCOMPARE(repo.listForStation(ts.stationId()).size(), 1);
    }

    void deputyRoundTrip()
    {
        test::TestStore ts;
        const QString pointId = addPoint(ts);
        QVERIFY(!pointId.isEmpty());
        DeputyRepository repo(ts.store());
        Deputy d;
        d.name = QStringLiteral("王丽");
        d.gender = QStringLiteral("female");
        d.level = DeputyLevel::City;
        d.constituency = QStringLiteral("海曙区第三选区");
        d.occupation = QStringLiteral("中学教师");
        d.expertise = {QStringLiteral("教育"), QStringLiteral("心理"), QStringLiteral("法律, \"调解\"")};
        d.phone = QStringLiteral("13700000000");
        d.termStart = QDate(2022, 1, 1);
        d.termEnd = QDate(2026, 12, 31);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        // No point: the deputy serves at the station itself, stored as NULL for the foreign key.
        QVERIFY(isNull(ts, QStringLiteral("deputy"), QStringLiteral("point_id"), d.id));
        QVERIFY(isNull(ts, QStringLiteral("deputy"), QStringLiteral("photo_sha256"), d.id));
        auto found = repo.find(d.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QVERIFY(found->pointId.isEmpty());
        QCOMPARE(found->name, d.name);
        QCOMPARE(found->gender, d.gender);
        QCOMPARE(found->level, d.level);
        QCOMPARE(found->constituency, d.constituency);
        QCOMPARE(found->occupation, d.occupation);
        QCOMPARE(found->expertise, d.expertise);
        QCOMPARE(found->phone, d.phone);
        QCOMPARE(found->termStart, d.termStart);
        QCOMPARE(found->termEnd, d.termEnd);
        QVERIFY(found->active);
        verifyFreshMeta(ts, found->meta);
        QCOMPARE(outboxForRow(ts, QStringLiteral("deputy"), d.id), 1);

        // Moved to a point, term end cleared, expertise changed, no longer active.
        found->pointId = pointId;
        found->termEnd = QDate();
        found->expertise = {QStringLiteral("养老")};
        found->active = false;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        auto moved = repo.find(d.id);
        QCOMPARE(moved->pointId, pointId);
        QVERIFY(!moved->termEnd.isValid());
        QVERIFY(isNull(ts, QStringLiteral("deputy"), QStringLiteral("term_end"), d.id));
        QCOMPARE(moved->termStart, d.termStart);
        QCOMPARE(moved->expertise, QStringList{QStringLiteral("养老")});
        QVERIFY(!moved->active);

        // And back to the station.
        moved->pointId.clear();
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *moved).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(isNull(ts, QStringLiteral("deputy"), QStringLiteral("point_id"), d.id));
        QCOMPARE(outbox(ts, QStringLiteral("deputy"), QStringLiteral("update")), 2);
    }

    void deputyWithoutExpertiseReadsAnEmptyList()
    {
        test::TestStore ts;
        const QString id = addDeputy(ts, QStringLiteral("张伟"));
        QVERIFY(!id.isEmpty());
        const auto found = DeputyRepository(ts.store()).find(id);
        QVERIFY(found->expertise.isEmpty());
        QVERIFY(!found->termStart.isValid());
        QVERIFY(isNull(ts, QStringLiteral("deputy"), QStringLiteral("term_start"), id));
    }

    void departmentRoundTrip()
    {
        test::TestStore ts;
        DepartmentRepository repo(ts.store());
        Department d;
        d.name = QStringLiteral("区住建局");
        d.kind = QStringLiteral("district");
        d.contact = QStringLiteral("刘洋");
        d.phone = QStringLiteral("0574-87222222");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(d.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->name, d.name);
        QCOMPARE(found->kind, d.kind);
        QCOMPARE(found->contact, d.contact);
        QCOMPARE(found->phone, d.phone);
        verifyFreshMeta(ts, found->meta);
        QCOMPARE(outboxForRow(ts, QStringLiteral("department"), d.id), 1);

        found->kind = QStringLiteral("street");
        found->contact = QStringLiteral("赵敏");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto updated = repo.find(d.id);
        QCOMPARE(updated->kind, QStringLiteral("street"));
        QCOMPARE(updated->contact, QStringLiteral("赵敏"));
        QCOMPARE(updated->phone, d.phone);
    }

    void categoryRoundTrip()
    {
        test::TestStore ts;
        CategoryRepository repo(ts.store());
        Category c;
        c.code = QStringLiteral("traffic");
        c.name = QStringLiteral("交通出行");
        c.defaultDeadlineDays = 10;
        c.sortOrder = 3;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, c).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(c.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->code, c.code);
        QCOMPARE(found->name, c.name);
        QCOMPARE(found->defaultDeadlineDays, 10);
        QCOMPARE(found->sortOrder, 3);
        QCOMPARE(outboxForRow(ts, QStringLiteral("category"), c.id), 1);

        found->defaultDeadlineDays = 20;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.find(c.id)->defaultDeadlineDays, 20);
        QCOMPARE(repo.listForStation(ts.stationId()).size(), 1);
    }

    void visitWithVisitorsAndDeputies()
    {
        test::TestStore ts;
        const QString wang = addDeputy(ts, QStringLiteral("王丽"));
        const QString zhang = addDeputy(ts, QStringLiteral("张伟"));
        const QString pointId = addPoint(ts);
        VisitRepository repo(ts.store());
        Visit v;
        v.pointId = pointId;
        v.date = QDate(2026, 3, 4);
        v.halfDay = HalfDay::Morning;
        v.channel = Channel::ThemedReception;
        v.summary = QStringLiteral("老旧小区加装电梯");
        v.visitorCount = 99; // ignored: the visitors' headcounts decide
        Visitor single;
        single.name = QStringLiteral("李明");
        single.phone = QStringLiteral("13800000000");
        single.communityCode = QStringLiteral("330203006001");
        Visitor group;
        group.name = QStringLiteral("居民代表");
        group.headcount = 5;
        v.visitors = {single, group};
        v.deputyIds = {wang, zhang};
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insertWithPeople(tx, v).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(v.visitorCount, 6);

        auto found = repo.find(v.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->pointId, pointId);
        QCOMPARE(found->date, v.date);
        QCOMPARE(found->halfDay, HalfDay::Morning);
        QCOMPARE(found->channel, Channel::ThemedReception);
        QCOMPARE(found->summary, v.summary);
        QCOMPARE(found->visitorCount, 6);
        QCOMPARE(found->status, QStringLiteral("active"));
        QVERIFY(found->cancelReason.isEmpty());
        QVERIFY(found->visitors.isEmpty()); // people are loaded on request
        repo.loadPeople(*found);
        QCOMPARE(found->visitors.size(), 2);
        QStringList names;
        int people = 0;
        for (const Visitor &visitor : found->visitors) {
            names << visitor.name;
            people += visitor.headcount;
            QCOMPARE(visitor.visitId, v.id);
            QCOMPARE(visitor.stationId, ts.stationId());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("居民代表"), QStringLiteral("李明")}));
        QCOMPARE(people, 6);
        QStringList deputies = found->deputyIds;
        deputies.sort();
        QStringList expected{wang, zhang};
        expected.sort();
        QCOMPARE(deputies, expected);

        // One outbox mutation per written row, visitors and deputy links included.
        QCOMPARE(outbox(ts, QStringLiteral("visit")), 1);
        QCOMPARE(outbox(ts, QStringLiteral("visitor")), 2);
        QCOMPARE(outbox(ts, QStringLiteral("visit_deputy")), 2);
        QCOMPARE(ts.count(QStringLiteral("visitor")), 2);
        QCOMPARE(ts.count(QStringLiteral("visit_deputy")), 2);
        // All of it in one transaction.
        QSqlQuery q(ts->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT tx_id) FROM sync_outbox WHERE tbl IN ('visit', 'visitor', 'visit_deputy')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void visitNotCommittedLeavesNoPeopleAndNoOutbox()
    {
        test::TestStore ts;
        const QString wang = addDeputy(ts, QStringLiteral("王丽"));
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        {
            WriteTransaction tx(ts.store());
            Visit v;
            v.date = QDate(2026, 3, 4);
            v.visitors = {Visitor{}};
            v.deputyIds = {wang};
            QVERIFY(VisitRepository(ts.store()).insertWithPeople(tx, v).ok());
        }
        QCOMPARE(ts.count(QStringLiteral("visit")), 0);
        QCOMPARE(ts.count(QStringLiteral("visitor")), 0);
        QCOMPARE(ts.count(QStringLiteral("visit_deputy")), 0);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
    }

    void visitNeedsADate()
    {
        test::TestStore ts;
        WriteTransaction tx(ts.store());
        Visit v;
        Status s = VisitRepository(ts.store()).insertWithPeople(tx, v);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("visit.no_date"));
    }

    void cancelledVisitKeepsItsRowAndReason()
    {
        test::TestStore ts;
        VisitRepository repo(ts.store());
        Visit v;
        v.date = QDate(2026, 3, 4);
        v.visitors = {Visitor{}};
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insertWithPeople(tx, v).ok());
            QVERIFY(tx.commit().ok());
        }
        {
            WriteTransaction tx(ts.store());
            for (const QString &reason : {QString(), QStringLiteral("   ")}) {
                Status s = repo.cancel(tx, v.id, reason);
                QVERIFY(!s.ok());
                QCOMPARE(s.error().code, QStringLiteral("visit.no_reason"));
            }
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.find(v.id)->status, QStringLiteral("active"));
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.cancel(tx, v.id, QStringLiteral("  重复录入  ")).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(ts.count(QStringLiteral("visit")), 1);
        const auto cancelled = repo.find(v.id);
        QVERIFY(cancelled.has_value());
        QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
        QCOMPARE(cancelled->cancelReason, QStringLiteral("重复录入"));
        QVERIFY(!cancelled->meta.deleted);
        QCOMPARE(outbox(ts, QStringLiteral("visit"), QStringLiteral("update")), 1);
        QCOMPARE(outbox(ts, QStringLiteral("visit"), QStringLiteral("delete")), 0);
    }

    void visitorRoundTrip()
    {
        test::TestStore ts;
        Visit v;
        v.date = QDate(2026, 3, 4);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(VisitRepository(ts.store()).insertWithPeople(tx, v).ok());
            QVERIFY(tx.commit().ok());
        }
        VisitorRepository repo(ts.store());
        Visitor visitor;
        visitor.visitId = v.id;
        visitor.name = QStringLiteral("李明");
        visitor.phone = QStringLiteral("13800000000");
        visitor.idNumber = QStringLiteral("33020319800101001X");
        visitor.communityCode = QStringLiteral("330203006001");
        visitor.headcount = 3;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, visitor).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(visitor.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->visitId, v.id);
        QCOMPARE(found->name, visitor.name);
        QCOMPARE(found->phone, visitor.phone);
        QCOMPARE(found->idNumber, visitor.idNumber);
        QCOMPARE(found->communityCode, visitor.communityCode);
        QCOMPARE(found->headcount, 3);
        QCOMPARE(outboxForRow(ts, QStringLiteral("visitor"), visitor.id), 1);

        found->phone = QStringLiteral("13811111111");
        found->headcount = 4;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto updated = repo.find(visitor.id);
        QCOMPARE(updated->phone, QStringLiteral("13811111111"));
        QCOMPARE(updated->headcount, 4);
        QCOMPARE(repo.listForVisit(v.id).size(), 1);
    }

    void caseRoundTripWithNullableDatesAndIds()
    {
        test::TestStore ts;
        CaseRepository repo(ts.store());
        CaseRecord c;
        c.caseNo = QStringLiteral("330203006-2026-A0001");
        c.title = QStringLiteral("路灯不亮");
        c.description = QStringLiteral("望春路北段三盏路灯不亮");
        c.communityCode = QStringLiteral("330203006001");
        c.location = QStringLiteral("望春路北段");
        c.channel = Channel::Hotline8890;
        c.externalRef = QStringLiteral("8890-2026-000123");
        c.citizenName = QStringLiteral("李明");
        c.citizenPhone = QStringLiteral("13800000000");
        c.priority = Priority::High;
        c.registeredOn = QDate(2026, 3, 2);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, c).ok());
            QVERIFY(tx.commit().ok());
        }
        for (const char *column : {"point_id", "category_id", "visit_id", "deputy_id", "department_id", "deadline",
                                   "assigned_on", "replied_on", "closed_on"})
            QVERIFY2(isNull(ts, QStringLiteral("cases"), QLatin1String(column), c.id), column);
        auto found = repo.find(c.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->caseNo, c.caseNo);
        QCOMPARE(found->title, c.title);
        QCOMPARE(found->description, c.description);
        QCOMPARE(found->communityCode, c.communityCode);
        QCOMPARE(found->location, c.location);
        QCOMPARE(found->channel, c.channel);
        QCOMPARE(found->externalRef, c.externalRef);
        QCOMPARE(found->citizenName, c.citizenName);
        QCOMPARE(found->citizenPhone, c.citizenPhone);
        QCOMPARE(found->status, CaseStatus::Registered);
        QCOMPARE(found->priority, Priority::High);
        QVERIFY(found->satisfaction.isEmpty());
        QCOMPARE(found->registeredOn, c.registeredOn);
        QVERIFY(found->pointId.isEmpty());
        QVERIFY(found->categoryId.isEmpty());
        QVERIFY(found->visitId.isEmpty());
        QVERIFY(found->deputyId.isEmpty());
        QVERIFY(found->departmentId.isEmpty());
        QVERIFY(!found->deadline.isValid());
        QVERIFY(!found->assignedOn.isValid());
        QVERIFY(!found->repliedOn.isValid());
        QVERIFY(!found->closedOn.isValid());
        QCOMPARE(repo.findByNumber(c.caseNo)->id, c.id);
        QCOMPARE(outboxForRow(ts, QStringLiteral("cases"), c.id), 1);

        // Assigned to a department with a deadline, then replied and closed.
        const QString deputyId = addDeputy(ts, QStringLiteral("王丽"));
        Department dept;
        dept.name = QStringLiteral("区住建局");
        Category cat;
        cat.code = QStringLiteral("infrastructure");
        cat.name = QStringLiteral("市政设施");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(DepartmentRepository(ts.store()).insert(tx, dept).ok());
            QVERIFY(CategoryRepository(ts.store()).insert(tx, cat).ok());
            QVERIFY(tx.commit().ok());
        }
        found->departmentId = dept.id;
        found->categoryId = cat.id;
        found->deputyId = deputyId;
        found->status = CaseStatus::Closed;
        found->deadline = QDate(2026, 3, 23);
        found->assignedOn = QDate(2026, 3, 3);
        found->repliedOn = QDate(2026, 3, 20);
        found->closedOn = QDate(2026, 3, 25);
        found->satisfaction = Satisfaction::BasicallySatisfied;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        auto updated = repo.find(c.id);
        QCOMPARE(updated->departmentId, dept.id);
        QCOMPARE(updated->categoryId, cat.id);
        QCOMPARE(updated->deputyId, deputyId);
        QCOMPARE(updated->status, CaseStatus::Closed);
        QCOMPARE(updated->deadline, QDate(2026, 3, 23));
        QCOMPARE(updated->assignedOn, QDate(2026, 3, 3));
        QCOMPARE(updated->repliedOn, QDate(2026, 3, 20));
        QCOMPARE(updated->closedOn, QDate(2026, 3, 25));
        QCOMPARE(updated->satisfaction, Satisfaction::BasicallySatisfied);

        // Reopened: the closing date and the deadline are cleared again.
        updated->closedOn = QDate();
        updated->deadline = QDate();
        updated->status = CaseStatus::Assigned;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *updated).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(isNull(ts, QStringLiteral("cases"), QStringLiteral("closed_on"), c.id));
        QVERIFY(isNull(ts, QStringLiteral("cases"), QStringLiteral("deadline"), c.id));
        QVERIFY(!repo.find(c.id)->closedOn.isValid());
        QCOMPARE(repo.find(c.id)->repliedOn, QDate(2026, 3, 20));
        QCOMPARE(outbox(ts, QStringLiteral("cases"), QStringLiteral("update")), 2);
    }

    void caseEventRoundTripAndAppendOnly()
    {
        test::TestStore ts;
        const QString caseId = addCase(ts, QStringLiteral("330203006-2026-A0001"));
        QVERIFY(!caseId.isEmpty());
        Department dept;
        dept.name = QStringLiteral("区住建局");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(DepartmentRepository(ts.store()).insert(tx, dept).ok());
            QVERIFY(tx.commit().ok());
        }
        ts->setCurrentUserId(QStringLiteral("user-1"));
        CaseEventRepository repo(ts.store());
        CaseEvent e;
        e.caseId = caseId;
        e.kind = CaseEventKind::Assigned;
        e.occurredAt = QDateTime(QDate(2026, 3, 3), QTime(2, 15, 30, 250), Qt::UTC);
        e.departmentId = dept.id;
        e.deadline = QDate(2026, 3, 23);
        e.note = QStringLiteral("请于15个工作日内答复");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.append(tx, e).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(e.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->caseId, caseId);
        QCOMPARE(found->kind, CaseEventKind::Assigned);
        QCOMPARE(found->occurredAt, e.occurredAt);
        QCOMPARE(found->actorId, QStringLiteral("user-1")); // the signed-in user did it
        QCOMPARE(found->departmentId, dept.id);
        QVERIFY(found->deputyId.isEmpty());
        QVERIFY(isNull(ts, QStringLiteral("case_event"), QStringLiteral("deputy_id"), e.id));
        QVERIFY(isNull(ts, QStringLiteral("case_event"), QStringLiteral("supersedes"), e.id));
        QCOMPARE(found->deadline, e.deadline);
        QCOMPARE(found->note, e.note);
        QCOMPARE(outboxForRow(ts, QStringLiteral("case_event"), e.id), 1);

        // A correction is a new event pointing at the old one.
        CaseEvent correction;
        correction.caseId = caseId;
        correction.kind = CaseEventKind::Reassigned;
        correction.supersedes = e.id;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.append(tx, correction).ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(correction.occurredAt.isValid());
        QCOMPARE(repo.find(correction.id)->supersedes, e.id);
        QCOMPARE(repo.listForCase(caseId).size(), 2);

        // Append-only, even for SQL written by hand.
        QSqlQuery q(ts->db());
        q.prepare(QStringLiteral("UPDATE case_event SET kind = 'closed' WHERE id = ?"));
        q.addBindValue(e.id);
        QVERIFY(!q.exec());
        q.prepare(QStringLiteral("UPDATE case_event SET note = 'changed' WHERE id = ?"));
        q.addBindValue(e.id);
        QVERIFY(!q.exec());
        q.prepare(QStringLiteral("DELETE FROM case_event WHERE id = ?"));
        q.addBindValue(e.id);
        QVERIFY(!q.exec());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM case_event")));
        QCOMPARE(ts.count(QStringLiteral("case_event")), 2);
        QCOMPARE(repo.find(e.id)->kind, CaseEventKind::Assigned);
        QCOMPARE(repo.find(e.id)->note, e.note);

        // And through the write path: an edit is refused and nothing is recorded for sync.
        const int outboxBefore = ts.count(QStringLiteral("sync_outbox"));
        {
            WriteTransaction tx(ts.store());
            CaseEvent edited = *found;
            edited.kind = CaseEventKind::Closed;
            QVERIFY(!repo.update(tx, edited).ok());
            QVERIFY(!tx.commit().ok());
        }
        QCOMPARE(repo.find(e.id)->kind, CaseEventKind::Assigned);
        QCOMPARE(ts.count(QStringLiteral("sync_outbox")), outboxBefore);
    }

    void attachmentRoundTrip()
    {
        test::TestStore ts;
        const QString caseId = addCase(ts, QStringLiteral("330203006-2026-A0001"));
        AttachmentRepository repo(ts.store());
        Attachment a;
        a.ownerTable = QStringLiteral("cases");
        a.ownerId = caseId;
        a.sha256 = QString(64, QLatin1Char('a'));
        a.fileName = QStringLiteral("现场照片.jpg");
        a.mimeType = QStringLiteral("image/jpeg");
        a.sizeBytes = 5'000'000'000LL; // a long video: more than 32 bits
        a.kind = AttachmentKind::Photo;
        a.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 123), Qt::UTC);
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, a).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.find(a.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->ownerTable, a.ownerTable);
        QCOMPARE(found->ownerId, caseId);
        QCOMPARE(found->sha256, a.sha256);
        QCOMPARE(found->fileName, a.fileName);
        QCOMPARE(found->mimeType, a.mimeType);
        QCOMPARE(found->sizeBytes, a.sizeBytes);
        QCOMPARE(found->kind, AttachmentKind::Photo);
        QCOMPARE(found->createdAt, a.createdAt);
        QCOMPARE(outboxForRow(ts, QStringLiteral("attachment"), a.id), 1);
        QCOMPARE(repo.listForOwner(QStringLiteral("cases"), caseId).size(), 1);

        found->fileName = QStringLiteral("现场照片-1.jpg");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(repo.find(a.id)->fileName, QStringLiteral("现场照片-1.jpg"));
        QCOMPARE(repo.find(a.id)->createdAt, a.createdAt);
    }

    void passwordHashIsArgon2idAndVerifies()
    {
        const QString hash = PasswordHasher::hash(QStringLiteral("联络站2026!"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("联络站2026!")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("联络站2026!"), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("联络站2026"), hash));
        QVERIFY(!PasswordHasher::verify(QString(), hash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("联络站2026!"), QString()));
        // Salted: the same password never gives the same string twice.
        QVERIFY(PasswordHasher::hash(QStringLiteral("联络站2026!")) != hash);
    }

    void userRoundTrip()
    {
        test::TestStore ts;
        UserRepository repo(ts.store());
        User u;
        u.username = QStringLiteral("chenhong");
        u.displayName = QStringLiteral("陈红");
        u.role = Role::StationHead;
        u.passwordHash = PasswordHasher::hash(QStringLiteral("s3cret-密码"));
        QVERIFY(!u.passwordHash.isEmpty());
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.insert(tx, u).ok());
            QVERIFY(tx.commit().ok());
        }
        auto found = repo.findByUsername(QStringLiteral("chenhong"));
        QVERIFY(found.has_value());
        QCOMPARE(found->id, u.id);
        QCOMPARE(found->stationId, ts.stationId());
        QCOMPARE(found->displayName, u.displayName);
        QCOMPARE(found->role, Role::StationHead);
        QVERIFY(found->active);
        QVERIFY(found->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret-密码"), found->passwordHash));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret"), found->passwordHash));
        QCOMPARE(outboxForRow(ts, QStringLiteral("app_user"), u.id), 1);

        found->active = false;
        found->role = Role::StationStaff;
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.update(tx, *found).ok());
            QVERIFY(tx.commit().ok());
        }
        const auto updated = repo.find(u.id);
        QVERIFY(!updated->active);
        QCOMPARE(updated->role, Role::StationStaff);
        QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret-密码"), updated->passwordHash));
    }

    void saveInsertsThenUpdates()
    {
        test::TestStore ts;
        DepartmentRepository repo(ts.store());
        Department d;
        d.name = QStringLiteral("物业办");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.save(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        d.phone = QStringLiteral("87333333");
        {
            WriteTransaction tx(ts.store());
            QVERIFY(repo.save(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(ts.count(QStringLiteral("department")), 1);
        QCOMPARE(repo.find(d.id)->phone, QStringLiteral("87333333"));
        QCOMPARE(outbox(ts, QStringLiteral("department")), 1);
        QCOMPARE(outbox(ts, QStringLiteral("department"), QStringLiteral("update")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
