// The reception desk's save: a visit with several problems becomes a visit, its visitors and deputies,
// one registered case per new problem and a link per existing one, in one transaction; bad input names
// its field and writes nothing; a failure half-way leaves nothing behind.

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/PhoneNumber.h"
#include "reception/ReceiptBuilder.h"
#include "reception/SimilarText.h"
#include "refdata/DivisionCatalog.h"
#include "setup/StationSetup.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/ReceptionLookup.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"
#include "workflow/AttachmentStore.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/VisitIntake.h"
#include "workflow/WorkingDayCalendar.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

class TestVisitIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_deputyId;
    QString m_parkingId; // category 停车管理, 15 working days
    QString m_roadsId;   // category 道路交通, 20 working days
    QString m_community; // a community of 白云街道
    QString m_otherCommunity;
    int m_run = 0;

    int count(const QString &table, const QString &where = {}) const
    {
        QSqlQuery q(m_store->db());
        q.exec(QStringLiteral("SELECT count(*) FROM %1 %2").arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
        return q.next() ? q.value(0).toInt() : -1;
    }

    VisitIntake::Input walkIn(const QStringList &problems, const QString &phone = QStringLiteral("13812341234")) const
    {
        VisitIntake::Input in;
        in.visit.date = Clock::today();
        in.visit.halfDay = HalfDay::Afternoon;
        in.visit.channel = Channel::WalkIn;
        in.visit.deputyIds << m_deputyId;
        Visitor v;
        v.name = QStringLiteral("王建明");
        v.phone = phone;
        v.communityCode = m_community;
        in.visit.visitors << v;
        for (const QString &text : problems)
            in.problems << VisitIntake::Problem{text, m_parkingId, {}, QStringLiteral("3幢楼下"), {}};
        return in;
    }

private slots:
    void init()
    {
        // Thursday 29 October 2026, 14:00 in Ningbo.
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 29), QTime(6, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run)));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        station.contactPhone = QStringLiteral("0574-87001234");
        auto set = StationSetup::setUp(*m_store, station);
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        for (const Category &c : CategoryRepository(*m_store).listForStation(m_store->stationId())) {
            if (c.code == QLatin1String("parking"))
                m_parkingId = c.id;
            if (c.code == QLatin1String("roads"))
                m_roadsId = c.id;
        }
        const QList<Division> villages = DivisionCatalog(m_store->db()).villagesOf(QStringLiteral("330203006"));
        QVERIFY(villages.size() >= 2);
        m_community = villages.at(0).code;
        m_otherCommunity = villages.at(1).code;
        Deputy d;
        d.name = QStringLiteral("李秀英");
        d.level = DeputyLevel::County;
        WriteTransaction tx(*m_store);
        QVERIFY(DeputyRepository(*m_store).insert(tx, d).ok());
        QVERIFY(tx.commit().ok());
        m_deputyId = d.id;
    }

    void cleanup()
    {
        m_store.reset();
        Clock::setFixedNow({});
    }

    void phoneNumbers()
    {
        QVERIFY(PhoneNumber::isValid(QStringLiteral("13812341234")));
        QVERIFY(PhoneNumber::isValid(QStringLiteral("138 1234 1234")));
        QCOMPARE(PhoneNumber::normalized(QStringLiteral("138 1234 1234")), QStringLiteral("13812341234"));
        QCOMPARE(PhoneNumber::normalized(QStringLiteral("１３８１２３４１２３４")), QStringLiteral("13812341234"));
        QVERIFY(PhoneNumber::isValid(QStringLiteral("0574-87654321")));
        QCOMPARE(PhoneNumber::normalized(QStringLiteral("057487654321")), QStringLiteral("0574-87654321"));
        QVERIFY(PhoneNumber::isValid(QStringLiteral("87654321")));
        QVERIFY(!PhoneNumber::isValid(QStringLiteral("12812341234"))); // 12x is no mobile prefix
        QVERIFY(!PhoneNumber::isValid(QStringLiteral("1381234123")));  // ten digits
        QVERIFY(!PhoneNumber::isValid(QStringLiteral("12345")));
        QVERIFY(!PhoneNumber::isValid(QStringLiteral("138123412a4")));
    }

    void savesAVisitWithTwoProblemsInOneTransaction()
    {
        VisitIntake intake(*m_store);
        auto saved = intake.save(walkIn({QStringLiteral("小区停车位不够，晚上车辆乱停。占用消防通道"),
                                         QStringLiteral("3幢门口路灯坏了两个月")}));
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved->cases.size(), 2);
        QCOMPARE(saved->cases.at(0).record.caseNo, QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(saved->cases.at(1).record.caseNo, QStringLiteral("330203006-2026-A0002"));
        QCOMPARE(saved->cases.at(0).record.title, QStringLiteral("小区停车位不够，晚上车辆乱停"));

        QCOMPARE(count(QStringLiteral("visit")), 1);
        QCOMPARE(count(QStringLiteral("visitor"), QStringLiteral("phone = '13812341234'")), 1);
        QCOMPARE(count(QStringLiteral("visit_deputy")), 1);
        QCOMPARE(count(QStringLiteral("cases"), QStringLiteral("visit_id = '%1' AND status = 'registered'").arg(saved->visitId)), 2);
        QCOMPARE(count(QStringLiteral("case_event"), QStringLiteral("kind = 'registered'")), 2);
        // Everything is one sync transaction: the server applies all of it or none.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT tx_id), count(*) FROM sync_outbox WHERE tbl IN "
                                      "('visit','visitor','visit_deputy','cases','case_event')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 1 + 1 + 1 + 2 + 2);

        const auto c = CaseRepository(*m_store).find(saved->cases.at(0).record.id);
        QVERIFY(c);
        QCOMPARE(c->citizenPhone, QStringLiteral("13812341234"));
        QCOMPARE(c->communityCode, m_community); // the visitor's, since the problem named none
        QCOMPARE(c->deputyId, m_deputyId);
        QCOMPARE(c->channel, Channel::WalkIn);
        const WorkingDayCalendar calendar = WorkingDayCalendar::fromStore(m_store->db());
        QCOMPARE(saved->cases.at(0).replyDue, calendar.addWorkingDays(QDate(2026, 10, 29), 15));
        QVERIFY(saved->cases.at(0).replyDue > QDate(2026, 11, 15));
        const auto visit = VisitRepository(*m_store).find(saved->visitId);
        QVERIFY(visit->summary.contains(QStringLiteral("路灯")));
    }

    void aProblemThatIsAnOpenCaseIsLinkedNotDuplicated()
    {
        VisitIntake intake(*m_store);
        auto first = intake.save(walkIn({QStringLiteral("小区停车位不够，晚上车辆乱停")}, QStringLiteral("13900001111")));
        QVERIFY(first.ok());
        const QString existing = first->cases.at(0).record.id;

        // A neighbour comes about the same thing: the desk sees it suggested and links it.
        const auto similar = ReceptionLookup(*m_store).similarOpenCases(QStringLiteral("晚上停车难，车辆乱停在消防通道"), {}, {},
                                                                        Clock::today());
        QCOMPARE(similar.size(), 1);
        QCOMPARE(similar.first().record.id, existing);
        const auto samePlace = ReceptionLookup(*m_store).similarOpenCases(QStringLiteral("别的事"), m_community, m_parkingId,
                                                                          Clock::today());
        QCOMPARE(samePlace.size(), 1);
        QVERIFY(samePlace.first().samePlaceAndCategory);
        QVERIFY(ReceptionLookup(*m_store).similarOpenCases(QStringLiteral("别的事"), m_otherCommunity, m_parkingId,
                                                           Clock::today()).isEmpty());

        VisitIntake::Input in = walkIn({QStringLiteral("路灯坏了")});
        in.problems << VisitIntake::Problem{QStringLiteral("我也反映停车难"), {}, {}, {}, existing};
        auto second = intake.save(in);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->cases.size(), 2);
        QVERIFY(!second->cases.at(0).linked);
        QVERIFY(second->cases.at(1).linked);
        QCOMPARE(second->cases.at(1).record.id, existing);
        QCOMPARE(count(QStringLiteral("cases")), 2); // one new case only
        QCOMPARE(count(QStringLiteral("visit_case"), QStringLiteral("visit_id = '%1' AND case_id = '%2' AND note = '我也反映停车难'")
                                                          .arg(second->visitId, existing)),
                 1);
        const QList<CaseRecord> linked = ReceptionLookup(*m_store).linkedCases(second->visitId);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().id, existing);
    }

    void onlyRecentOpenCasesAreSuggested()
    {
        VisitIntake intake(*m_store);
        auto old = walkIn({QStringLiteral("河道有垃圾漂浮，气味很大")});
        old.visit.date = Clock::today().addDays(-120);
        QVERIFY(intake.save(old).ok());
        auto recent = intake.save(walkIn({QStringLiteral("河道垃圾漂浮没人清理")}));
        QVERIFY(recent.ok());
        auto found = ReceptionLookup(*m_store).similarOpenCases(QStringLiteral("河道上的垃圾漂浮"), {}, {}, Clock::today());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().record.id, recent->cases.first().record.id);
        // A closed or cancelled case is nobody's work any more: not suggested.
        QVERIFY(CaseWorkflow(*m_store, WorkingDayCalendar()).cancel(recent->cases.first().record.id, QStringLiteral("重复")).ok());
        QVERIFY(ReceptionLookup(*m_store).similarOpenCases(QStringLiteral("河道上的垃圾漂浮"), {}, {}, Clock::today()).isEmpty());
        // Two-character words carry the meaning; fillers do not.
        QVERIFY(SimilarText::terms(QStringLiteral("停车难")).contains(QStringLiteral("停车")));
        QVERIFY(!SimilarText::terms(QStringLiteral("我的车")).contains(QStringLiteral("我的")));
    }

    void aReturningVisitorIsRecognisedByPhone()
    {
        VisitIntake intake(*m_store);
        QVERIFY(intake.save(walkIn({QStringLiteral("小区停车位不够")}, QStringLiteral("138 0000 5678"))).ok());
        const auto who = ReceptionLookup(*m_store).returningVisitor(PhoneNumber::normalized(QStringLiteral("13800005678")));
        QCOMPARE(who.visits.size(), 1);
        QCOMPARE(who.name, QStringLiteral("王建明"));
        QCOMPARE(who.communityCode, m_community);
        QCOMPARE(who.openCases.size(), 1);
        QVERIFY(ReceptionLookup(*m_store).returningVisitor(QStringLiteral("13800009999")).isEmpty());
    }

    void badInputNamesItsFieldAndSavesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        QTest::newRow("invalid phone") << "phone" << VisitIntake::FieldVisitorPhone << 0;
        QTest::newRow("no problem text") << "empty problem" << VisitIntake::FieldProblemText << 1;
        QTest::newRow("control character") << "control" << VisitIntake::FieldProblemText << 0;
        QTest::newRow("over-long problem") << "long" << VisitIntake::FieldProblemText << 0;
        QTest::newRow("no name") << "name" << VisitIntake::FieldVisitorName << 0;
        QTest::newRow("referral without number") << "reference" << VisitIntake::FieldReference << -1;
        QTest::newRow("future date") << "future" << VisitIntake::FieldDate << -1;
        QTest::newRow("no problems") << "none" << VisitIntake::FieldProblems << -1;
        QTest::newRow("unknown community") << "community" << VisitIntake::FieldVisitorCommunity << 0;
    }

    void badInputNamesItsFieldAndSavesNothing()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        QFETCH(int, index);
        VisitIntake::Input in = walkIn({QStringLiteral("路灯坏了"), QStringLiteral("停车难")});
        if (what == QLatin1String("phone"))
            in.visit.visitors[0].phone = QStringLiteral("12345");
        else if (what == QLatin1String("empty problem"))
            in.problems[1].text = QStringLiteral("   ");
        else if (what == QLatin1String("control"))
            in.problems[0].text = QStringLiteral("路灯\x01坏了");
        else if (what == QLatin1String("long"))
            in.problems[0].text = QString(VisitIntake::MaxProblemLength + 1, QChar(u'路'));
        else if (what == QLatin1String("name"))
            in.visit.visitors[0].name = QStringLiteral("  ");
        else if (what == QLatin1String("reference"))
            in.visit.channel = Channel::Hotline8890;
        else if (what == QLatin1String("future"))
            in.visit.date = Clock::today().addDays(1);
        else if (what == QLatin1String("none"))
            in.problems.clear();
        else if (what == QLatin1String("community"))
            in.visit.visitors[0].communityCode = QStringLiteral("330203999999");

        VisitIntake intake(*m_store);
        const QList<VisitIntake::Issue> issues = intake.check(in);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(issues.first().index, index);
        QVERIFY(!issues.first().error.message.isEmpty());
        auto saved = intake.save(in);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, issues.first().error.code);
        for (const char *table : {"visit", "visitor", "visit_deputy", "cases", "case_event", "case_serial", "sync_outbox"})
            if (QLatin1String(table) != QLatin1String("sync_outbox"))
                QCOMPARE(count(QString::fromLatin1(table)), 0);
        QCOMPARE(count(QStringLiteral("sync_outbox"), QStringLiteral("tbl NOT IN ('station','category','deputy')")), 0);
    }

    void aFailureHalfWayLeavesNothingHalfWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("photo.jpg"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\xFF\xD8\xFF\xE0 not really a photo", 24));
        }
        auto photo = AttachmentStore(*m_store).importFile(file);
        QVERIFY(photo.ok());
        const int outboxBefore = count(QStringLiteral("sync_outbox"));
        // The second case cannot be written (a real SQLite failure, raised by a trigger the test adds).
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_second_case BEFORE INSERT ON cases "
                                      "WHEN (SELECT count(*) FROM cases) >= 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        VisitIntake::Input in = walkIn({QStringLiteral("路灯坏了"), QStringLiteral("停车难")});
        in.attachments << photo.value();
        auto saved = VisitIntake(*m_store).save(in);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("disk full")));
        for (const char *table : {"visit", "visitor", "visit_deputy", "cases", "case_event", "case_serial", "attachment"})
            QCOMPARE(count(QString::fromLatin1(table)), 0);
        QCOMPARE(count(QStringLiteral("sync_outbox")), outboxBefore);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_second_case")));
        // The serial drawn in the failed save was given back: the next case is still number one.
        auto again = VisitIntake(*m_store).save(in);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->cases.first().record.caseNo, QStringLiteral("330203006-2026-A0001"));
        QCOMPARE(count(QStringLiteral("attachment"), QStringLiteral("owner_table = 'visit' AND owner_id = '%1'").arg(again->visitId)), 1);
    }

    void attachmentsAreKeptByContentHash()
    {
        const QString a = m_dir.filePath(QStringLiteral("letter.pdf"));
        const QString b = m_dir.filePath(QStringLiteral("same-letter.pdf"));
        for (const QString &path : {a, b}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 a handwritten letter, scanned");
        }
        const AttachmentStore files(*m_store);
        auto first = files.importFile(a);
        auto second = files.importFile(b);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->sha256, second->sha256);
        QCOMPARE(first->sha256.size(), 64);
        QCOMPARE(first->kind, AttachmentKind::Scan);
        QCOMPARE(first->fileName, QStringLiteral("letter.pdf"));
        QVERIFY(files.contains(first->sha256));
        QVERIFY(files.pathFor(first->sha256).startsWith(m_dir.path()));
        QFile stored(files.pathFor(first->sha256));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), QByteArray("%PDF-1.4 a handwritten letter, scanned"));
        QVERIFY(!files.importFile(m_dir.filePath(QStringLiteral("missing.jpg"))).ok());

        VisitIntake::Input in = walkIn({QStringLiteral("路灯坏了")});
        in.attachments << first.value();
        auto saved = VisitIntake(*m_store).save(in);
        QVERIFY(saved.ok());
        const auto rows = AttachmentRepository(*m_store).listForOwner(QStringLiteral("visit"), saved->visitId);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().sha256, first->sha256);
        QCOMPARE(count(QStringLiteral("sync_outbox"), QStringLiteral("tbl = 'attachment'")), 1);
    }

    void aVisitSavedByMistakeIsCancelledNotDeleted()
    {
        VisitIntake intake(*m_store);
        auto existing = intake.save(walkIn({QStringLiteral("停车难")}));
        QVERIFY(existing.ok());
        VisitIntake::Input in = walkIn({QStringLiteral("路灯坏了")});
        in.problems << VisitIntake::Problem{QStringLiteral("停车难"), {}, {}, {}, existing->cases.first().record.id};
        auto saved = intake.save(in);
        QVERIFY(saved.ok());

        QVERIFY(!intake.cancelVisit(saved->visitId, QStringLiteral("  ")).ok());
        auto cancelled = intake.cancelVisit(saved->visitId, QStringLiteral("录重了"));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
        QCOMPARE(cancelled.value(), QStringList{saved->cases.first().record.caseNo});
        const auto visit = VisitRepository(*m_store).find(saved->visitId);
        QCOMPARE(visit->status, QStringLiteral("cancelled"));
        QCOMPARE(visit->cancelReason, QStringLiteral("录重了"));
        QCOMPARE(CaseRepository(*m_store).find(saved->cases.first().record.id)->status, CaseStatus::Cancelled);
        // The linked case is someone else's problem too: it stays open; only the link is withdrawn.
        QCOMPARE(CaseRepository(*m_store).find(existing->cases.first().record.id)->status, CaseStatus::Registered);
        QVERIFY(ReceptionLookup(*m_store).linkedCases(saved->visitId).isEmpty());
        QCOMPARE(count(QStringLiteral("visit_case"), QStringLiteral("deleted = 1")), 1);
        QCOMPARE(count(QStringLiteral("visit")), 2); // nothing hard-deleted
        QVERIFY(!intake.cancelVisit(saved->visitId, QStringLiteral("again")).ok());
    }

    void aSavedVisitorCanBeCorrected()
    {
        VisitIntake intake(*m_store);
        auto saved = intake.save(walkIn({QStringLiteral("路灯坏了"), QStringLiteral("停车难")}));
        QVERIFY(saved.ok());
        Visitor wrong;
        wrong.name = QStringLiteral("王建民");
        wrong.phone = QStringLiteral("1381234");
        const Status refused = intake.correctVisitor(saved->visitId, wrong);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("intake.phone"));

        Visitor right = wrong;
        right.phone = QStringLiteral("139 0000 7777");
        right.headcount = 3;
        right.communityCode = m_otherCommunity;
        QVERIFY(intake.correctVisitor(saved->visitId, right).ok());
        auto visit = VisitRepository(*m_store).find(saved->visitId);
        VisitRepository(*m_store).loadPeople(*visit);
        QCOMPARE(visit->visitorCount, 3);
        QCOMPARE(visit->visitors.first().name, QStringLiteral("王建民"));
        QCOMPARE(visit->visitors.first().phone, QStringLiteral("13900007777"));
        QCOMPARE(visit->visitors.first().communityCode, m_otherCommunity);
        for (const CaseRecord &c : CaseRepository(*m_store).listForVisit(saved->visitId)) {
            QCOMPARE(c.citizenName, QStringLiteral("王建民"));
            QCOMPARE(c.citizenPhone, QStringLiteral("13900007777"));
        }
        QVERIFY(intake.cancelVisit(saved->visitId, QStringLiteral("录错")).ok());
        QVERIFY(!intake.correctVisitor(saved->visitId, right).ok());
    }

    void theReceiptSaysWhatTheVisitorNeeds()
    {
        VisitIntake intake(*m_store);
        auto saved = intake.save(walkIn({QStringLiteral("小区停车位不够"), QStringLiteral("路灯坏了")}));
        QVERIFY(saved.ok());
        auto receipt = ReceiptBuilder::forVisit(*m_store, saved->visitId);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        QCOMPARE(receipt->items.size(), 2);
        QCOMPARE(receipt->maskedPhone, QStringLiteral("138****1234"));
        QCOMPARE(receipt->stationPhone, QStringLiteral("0574-87001234"));
        QCOMPARE(receipt->deputyNames, QStringList{QStringLiteral("李秀英")});
        QCOMPARE(receipt->qrText(), QStringLiteral("330203006-2026-A0001\n330203006-2026-A0002"));
        QCOMPARE(receipt->items.at(0).replyDue, saved->cases.at(0).replyDue);
        const QString text = receipt->toPlainText();
        QVERIFY(text.contains(QStringLiteral("330203006-2026-A0002")));
        QVERIFY(text.contains(QStringLiteral("138****1234")));
        QVERIFY(!text.contains(QStringLiteral("13812341234")));
        const QString html = receipt->toHtml(QStringLiteral("receipt://qr.png"), 110);
        QVERIFY(html.contains(QStringLiteral("receipt://qr.png")));
        QVERIFY(html.contains(QStringLiteral("白云街道人大代表联络站")));
        QVERIFY(!html.contains(QStringLiteral("13812341234")));
        QVERIFY(intake.cancelVisit(saved->visitId, QStringLiteral("录错")).ok());
        QVERIFY(!ReceiptBuilder::forVisit(*m_store, saved->visitId).ok());
    }
};

QTEST_GUILESS_MAIN(TestVisitIntake)
#include "tst_visitintake.moc"
