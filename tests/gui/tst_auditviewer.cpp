// The audit viewer page as a station head uses it: the trail newest first, narrowed by user, action and
// days through the filter widgets; a role without the right sees a reason and no entries.

#include "audit/AuditViewerPage.h"
#include "common/Clock.h"
#include "domain/Codes.h"
#include "models/AuditLogModel.h"
#include "security/AccessPolicy.h"
#include "security/SignInService.h"
#include "security/UserAdmin.h"
#include "setup/StationSetup.h"
#include "storage/AuditLog.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;

namespace {
const QString kPassword = QStringLiteral("station-pass-1");
const QDateTime kDay1(QDate(2026, 5, 4), QTime(1, 0), Qt::UTC); // 09:00 in Ningbo
} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_headId;
    QString m_staffId;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private slots:
    // Two days of a station's trail: accounts made, sign-ins, a wrong password, a number revealed.
    void initTestCase()
    {
        Clock::setFixedNow(kDay1);
        auto opened = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        QVERIFY(StationSetup::setUp(*m_store, station).ok());
        UserAdmin admin(*m_store);
        auto first = admin.createUser(QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Administrator, kPassword);
        QVERIFY(first.ok());
        m_store->setCurrentUserId(first->id);
        auto head = admin.createUser(QStringLiteral("head"), QStringLiteral("陈站长"), Role::StationHead, kPassword);
        auto staff = admin.createUser(QStringLiteral("staff"), QStringLiteral("王小丽"), Role::StationStaff, kPassword);
        QVERIFY(head.ok() && staff.ok());
        m_headId = head->id;
        m_staffId = staff->id;
        SignInService signIn(*m_store);
        QVERIFY(signIn.signIn(QStringLiteral("staff"), kPassword).ok());
        signIn.signOut();
        Clock::setFixedNow(kDay1.addDays(1));
        QVERIFY(!signIn.signIn(QStringLiteral("staff"), QStringLiteral("wrong-one")).ok());
        QVERIFY(signIn.signIn(QStringLiteral("head"), kPassword).ok());
        QVERIFY(AuditLog(*m_store)
                    .append(QStringLiteral("reveal_personal_data"), QStringLiteral("cases"), QStringLiteral("c-1"),
                            QStringLiteral("field=citizen_phone"))
                    .ok());
    }
    void cleanupTestCase()
    {
        m_store.reset();
        Clock::setFixedNow({});
        AccessPolicy::setSignInRequired(false);
    }

    void aHeadSeesAndFiltersTheTrail()
    {
        AccessPolicy::setSignInRequired(true);
        m_store->setCurrentUserId(m_headId);
        AuditViewerPage page(*m_store);
        page.resize(1280, 640);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = child<QTableView>(&page, "auditTableView");
        QVERIFY(!child<QLabel>(&page, "errorLabel")->isVisible());
        const int all = table->model()->rowCount();
        QVERIFY(all >= 8);
        // Newest first, in the user's words.
        QCOMPARE(table->model()->index(0, AuditLogModel::ActionColumn).data().toString(),
                 QStringLiteral("Viewed a phone or ID number"));
        QCOMPARE(table->model()->index(0, AuditLogModel::UserColumn).data().toString(), QStringLiteral("陈站长 (head)"));
        QCOMPARE(table->model()->index(0, AuditLogModel::TimeColumn).data().toString(), QStringLiteral("2026-05-05 09:00:00"));

        const QString dir = qEnvironmentVariable("ZT_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QCoreApplication::processEvents();
            page.grab().save(QDir(dir).filePath(QStringLiteral("audit-viewer.png")));
        }

        QComboBox *user = child<QComboBox>(&page, "userComboBox");
        user->setCurrentIndex(user->findData(m_staffId));
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, AuditLogModel::UserColumn).data().toString(), QStringLiteral("王小丽 (staff)"));

        user->setCurrentIndex(0);
        QComboBox *action = child<QComboBox>(&page, "actionComboBox");
        action->setCurrentIndex(action->findData(QStringLiteral("sign_in_failed")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, AuditLogModel::DetailColumn).data().toString(),
                 QStringLiteral("username=staff; reason=wrong_password"));

        action->setCurrentIndex(0);
        // Only the first day: accounts created, the staff's sign-in and sign-out.
        child<QDateEdit>(&page, "fromDateEdit")->setDate(QDate(2026, 5, 4));
        child<QDateEdit>(&page, "toDateEdit")->setDate(QDate(2026, 5, 4));
        const int firstDay = table->model()->rowCount();
        QVERIFY(firstDay >= 5 && firstDay < all);
        for (int row = 0; row < firstDay; ++row)
            QVERIFY(table->model()->index(row, AuditLogModel::TimeColumn).data().toString().startsWith(QStringLiteral("2026-05-04")));
        child<QDateEdit>(&page, "fromDateEdit")->setDate(QDate(2026, 5, 6));
        child<QDateEdit>(&page, "toDateEdit")->setDate(QDate(2026, 5, 7));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(&page, "countLabel")->text(), QStringLiteral("0 entries."));
    }

    void staffSeeAReasonAndNoEntries()
    {
        AccessPolicy::setSignInRequired(true);
        m_store->setCurrentUserId(m_staffId);
        AuditViewerPage page(*m_store);
        page.show();
        QCOMPARE(child<QTableView>(&page, "auditTableView")->model()->rowCount(), 0);
        QLabel *error = child<QLabel>(&page, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("this needs a station head or a district officer")),
                 qPrintable(error->text()));
        QCOMPARE(child<QComboBox>(&page, "userComboBox")->count(), 1); // nobody's name leaks through the filter
    }
};

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
