// Bad input where users type: over-long text, control characters, SQL and HTML fragments are stored and
// shown exactly as typed (never executed or interpreted), and invalid dates are refused with a reason.

#include "TestStore.h"

#include "models/AuditLogModel.h"
#include "models/CaseListModel.h"
#include "schedule/ReceptionRuleParser.h"
#include "security/UserAdmin.h"
#include "storage/AuditLog.h"
#include "storage/CaseRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QTest>

using namespace zt;

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    static Result<QString> registerCase(test::TestStore &ts, const QString &title, const QString &description)
    {
        WriteTransaction tx(ts.store());
        CaseRecord c;
        c.title = title;
        c.description = description;
        if (Status s = CaseRegistration::registerCase(tx, QStringLiteral("330203006"), c); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return c.id;
    }

private slots:
    void textIsStoredAndShownAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sql") << QStringLiteral("路灯'); DROP TABLE cases; --");
        QTest::newRow("sql quotes") << QStringLiteral("\" OR 1=1 -- ' OR ''='");
        QTest::newRow("html") << QStringLiteral("<b>加粗</b><script>alert('x')</script>&amp;&lt;");
        QTest::newRow("control characters") << QStringLiteral("前\x01\x07\x1b[31m后\ttab\r\nline");
        QTest::newRow("nul inside") << (QStringLiteral("前") + QChar(0) + QStringLiteral("后"));
        QTest::newRow("emoji and rtl") << QStringLiteral("🚧 工地噪音 \u202Eabc");
        QTest::newRow("over-long") << QString(100000, QChar(0x5435)); // 吵 ×100,000
    }

    void textIsStoredAndShownAsTyped()
    {
        QFETCH(QString, text);
        test::TestStore ts;
        const Result<QString> id = registerCase(ts, text, text);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const CaseRecord stored = *CaseRepository(ts.store()).find(id.value());
        // Titles are trimmed of surrounding white space, nothing else.
        QCOMPARE(stored.title, text.trimmed());
        QCOMPARE(stored.description, text);
        QCOMPARE(ts.count(QStringLiteral("cases")), 1); // the table is still there

        CaseListModel model(ts.store());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, CaseListModel::Title)).toString(), text.trimmed());
    }

    void auditDetailsAreShownLiterally()
    {
        test::TestStore ts;
        const QString name = QStringLiteral("<img src=x onerror=alert(1)>'--");
        QVERIFY(AuditLog(ts.store()).append(QStringLiteral("sign_in_failed"), QStringLiteral("app_user"), {},
                                            QStringLiteral("username=%1; reason=wrong_password").arg(name))
                    .ok());
        AuditLogModel model(ts.store());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, AuditLogModel::DetailColumn)).toString().contains(name));
        QCOMPARE(AuditLog(ts.store()).firstBrokenEntry(), qint64(0));
    }

    void usernamesRefuseControlCharacters()
    {
        test::TestStore ts;
        for (const QString &bad : {QStringLiteral("a\x01b"), QStringLiteral("a b"), QStringLiteral("tab\there"),
                                   QString(65, QLatin1Char('x'))}) {
            auto r = UserAdmin(ts.store()).createUser(bad, QStringLiteral("名字"), QStringLiteral("administrator"),
                                                      QStringLiteral("long enough 1"));
            QVERIFY2(!r.ok(), qPrintable(bad));
            QCOMPARE(r.error().code, QStringLiteral("user.invalid"));
        }
    }

    void invalidDatesAreRefused_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("30 February") << QStringLiteral("once date=2026-02-30");
        QTest::newRow("month 13") << QStringLiteral("weekly day=mon from=2026-13-01");
        QTest::newRow("not a date") << QStringLiteral("weekly day=mon from=yesterday");
        QTest::newRow("sql in a date") << QStringLiteral("once date=2026-01-01');DROP");
        QTest::newRow("control character") << QStringLiteral("once date=2026-01-\x01" "01");
    }

    void invalidDatesAreRefused()
    {
        QFETCH(QString, rule);
        const auto parsed = ReceptionRuleParser::parse(rule);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void aStepDatedInTheFutureIsRefused()
    {
        test::TestStore ts;
        const Result<QString> id = registerCase(ts, QStringLiteral("噪音扰民"), {});
        QVERIFY(id.ok());
        CaseWorkflow workflow(ts.store(), WorkingDayCalendar());
        const Status s = workflow.accept(id.value(), QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("workflow.future"));
    }
};

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
