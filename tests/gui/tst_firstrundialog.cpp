// The first-run dialog of a store that is not set up: another PC of a station joins it against a real
// zhitongche-server over HTTPS on 127.0.0.1 (a CA this test makes). It receives the station's data and
// only then is bound to the station (the forms open after the dialog); a wrong account is said inline
// and leaves the PC not set up; the station's first PC is told how to set up offline.
#include "../unit/TestStore.h"
#include "Screenshots.h"
#include "ServerProcess.h"
#include "SyncTestBackend.h"
#include "TestCa.h"
#include "i18n/TranslationLoader.h"
#include "setup/FirstRunDialog.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zt;
using namespace zt::test;

namespace {

const QString kPassword = QStringLiteral("correct horse 1");

int count(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestFirstRunDialog : public QObject
{
    Q_OBJECT

private:
    SyncTestBackend m_backend; // the dialog is tested here, not the back-ends: SQLite unless ZT_SYNC_BACKEND says otherwise
    const TestCa &m_ca = m_backend.ca();
    TranslationLoader m_translations;

    template <typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<ServerProcess> startServer(const QString &stationId)
    {
        QString error;
        auto server = m_backend.startStationServer(QStringLiteral("server"), stationId, kPassword, &error);
        if (!server)
            qWarning("%s", qPrintable(error));
        return server;
    }

    static void fill(FirstRunDialog &dialog, const QString &url, const QString &ca, const QString &user)
    {
        child<QLineEdit>(&dialog, QStringLiteral("serverLineEdit"))->setText(url);
        child<QLineEdit>(&dialog, QStringLiteral("caFileLineEdit"))->setText(ca);
        child<QLineEdit>(&dialog, QStringLiteral("usernameLineEdit"))->setText(user);
        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->setText(kPassword);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_backend.start(&error), qPrintable(error));
        QVERIFY(m_translations.setLanguage(TranslationLoader::English));
    }

    void secondPcJoinsAndReceivesTheStationBeforeTheForms()
    {
        // The station's first PC (set up offline) with a case, synced to the server.
        TestStore first;
        auto server = startServer(first.stationId());
        QVERIFY(server);
        {
            WriteTransaction tx(first.store());
            QVERIFY(tx.insert(QStringLiteral("cases"), QStringLiteral("01a00000-0000-7000-8000-000000000001"),
                              {{QStringLiteral("station_id"), first.stationId()},
                               {QStringLiteral("case_no"), QStringLiteral("330203006-2026-A0001")},
                               {QStringLiteral("title"), QStringLiteral("地下车库进水")},
                               {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}}));
            QVERIFY(tx.commit());
        }
        {
            SyncClient sync(first.store());
            QVERIFY(sync.configure(QUrl(server->url()), m_ca.caFile()));
            QVERIFY(sync.enrol(QStringLiteral("station6"), kPassword));
            QVERIFY(sync.syncOnce());
        }

        // A new PC: its store is not set up.
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Store &second = *opened.value();
        QVERIFY(!second.isSetUp());
        FirstRunDialog dialog(second);
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString firstPc = child<QLabel>(&dialog, QStringLiteral("firstPcLabel"))->text();
        QVERIFY2(firstPc.contains(QStringLiteral("ztctl init --db %1").arg(second.path())), qPrintable(firstPc));
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
        saveScreenshots(dialog, QStringLiteral("firstrun-empty"));

        // Nothing filled in: said inline, nothing happens.
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(!second.isSetUp());

        // A district account is no station's: said inline, the PC stays not set up.
        fill(dialog, server->url(), m_ca.caFile(), QStringLiteral("district"));
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        const QString refused = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(refused.contains(QStringLiteral("not a station's account")), qPrintable(refused));
        QVERIFY(!second.isSetUp());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        saveScreenshots(dialog, QStringLiteral("firstrun-refused"));

        // The first PC's letter: the server says it is taken and names a free one; nothing is set up.
        fill(dialog, server->url(), m_ca.caFile(), QStringLiteral("station6"));
        auto *letter = child<QLineEdit>(&dialog, QStringLiteral("letterLineEdit"));
        QVERIFY(letter->text().isEmpty()); // empty by default: the server chooses
        letter->setText(QStringLiteral("a"));
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        const QString taken = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(taken.contains(QStringLiteral("already writes A")) && taken.contains(QStringLiteral("Take B")), qPrintable(taken));
        QVERIFY(!second.isSetUp());
        saveScreenshots(dialog, QStringLiteral("firstrun-letter-taken"));

        // The station's account with no letter: the data arrives (progress shown), then the PC is bound
        // with the letter the server gave and the dialog closes.
        letter->clear();
        int progressSeen = 0;
        QString statusSeen;
        QString chineseSeen;
        QString englishAgain;
        auto *bar = child<QProgressBar>(&dialog, QStringLiteral("progressBar"));
        auto *statusLabel = child<QLabel>(&dialog, QStringLiteral("statusLabel"));
        const auto switchTo = [this](const QString &language) {
            m_translations.setLanguage(language);
            QCoreApplication::processEvents(); // the LanguageChange events are posted
        };
        connect(bar, &QProgressBar::valueChanged, this, [&] {
            const QString status = statusLabel->text();
            if (!status.contains(QStringLiteral("Receiving the station's data")))
                return;
            if (++progressSeen == 1) {
                // The language switched while the data arrives: the progress line follows at once.
                switchTo(TranslationLoader::Chinese);
                chineseSeen = statusLabel->text();
                switchTo(TranslationLoader::English);
                englishAgain = statusLabel->text();
                saveScreenshots(dialog, QStringLiteral("firstrun-receiving"));
            }
            statusSeen = statusLabel->text(); // after the screenshot's language turns
        });
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text()));
        QVERIFY(progressSeen > 0);
        QVERIFY2(chineseSeen.startsWith(QStringLiteral("正在接收本站数据：")), qPrintable(chineseSeen));
        QVERIFY2(englishAgain.startsWith(QStringLiteral("Receiving the station's data: ")), qPrintable(englishAgain));
        QVERIFY2(statusSeen.contains(QStringLiteral("records")), qPrintable(statusSeen));
        QVERIFY(second.isSetUp());
        QCOMPARE(second.stationId(), first.stationId());
        QCOMPARE(second.deviceLetter(), QLatin1Char('B'));
        QCOMPARE(count(second, QStringLiteral("SELECT count(*) FROM station WHERE id = '%1'").arg(first.stationId())), 1);
        QCOMPARE(count(second, QStringLiteral("SELECT count(*) FROM cases WHERE case_no = '330203006-2026-A0001'")), 1);
        // Enrolled: the window's sync goes on with the saved settings.
        SyncClient later(second);
        QVERIFY(later.configureFromSettings());
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
