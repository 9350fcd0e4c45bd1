// The first-run dialog of a store that is not set up: another PC of a station joins it against a real
// zhitongche-server over HTTPS on 127.0.0.1 (a CA this test makes). It receives the station's data and
// only then is bound to the station (the forms open after the dialog); a wrong account is said inline
// and leaves the PC not set up. The station's first PC sets its station up offline, in the other tab.
#include "../unit/TestStore.h"
#include "Screenshots.h"
#include "ServerProcess.h"
#include "SyncTestBackend.h"
#include "TestCa.h"
#include "i18n/TranslationLoader.h"
#include "setup/FirstRunDialog.h"
#include "storage/AuditLog.h"
#include "storage/CategoryRepository.h"
#include "storage/StationRepository.h"
#include "common/Uuid7.h"
#include "setup/StationSetup.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncClient.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
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

    static void showOnScreen(FirstRunDialog &dialog)
    {
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
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
        showOnScreen(dialog);
        // Joining is what the dialog offers first.
        QCOMPARE(child<QTabWidget>(&dialog, QStringLiteral("setupTabWidget"))->currentWidget(),
                 child<QWidget>(&dialog, QStringLiteral("joinTab")));
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("joinButton"))->isDefault());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("setUpStationButton"))->isVisible());
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 768);
        saveScreenshots(dialog, QStringLiteral("firstrun-empty"));

        // Nothing filled in: said inline, nothing happens. The line follows a language switch.
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        auto *errorLabel = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QVERIFY(errorLabel->isVisible());
        QVERIFY(!second.isSetUp());
        m_translations.setLanguage(TranslationLoader::Chinese);
        QCoreApplication::processEvents(); // the LanguageChange events are posted
        QCOMPARE(errorLabel->text(), QStringLiteral("请填写服务器地址、CA 证书文件、账号和密码。"));
        saveScreenshots(dialog, QStringLiteral("firstrun-missing"));
        m_translations.setLanguage(TranslationLoader::English);
        QCoreApplication::processEvents();
        QCOMPARE(errorLabel->text(), QStringLiteral("Fill in the server address, the CA certificate file, the account and its password."));

        // A wrong password: said inline, the PC stays not set up.
        fill(dialog, server->url(), m_ca.caFile(), QStringLiteral("station6"));
        child<QLineEdit>(&dialog, QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("wrong horse"));
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        const QString refused = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(!refused.isEmpty() && child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isVisible(), qPrintable(refused));
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

    void firstPcSetsItsStationUpWithoutAServer()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened);
        Store &store = *opened.value();
        FirstRunDialog dialog(store);
        showOnScreen(dialog);
        auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("setupTabWidget"));
        tabs->setCurrentWidget(child<QWidget>(&dialog, QStringLiteral("newStationTab")));
        auto *setUp = child<QPushButton>(&dialog, QStringLiteral("setUpStationButton"));
        QVERIFY(setUp->isVisible() && setUp->isDefault());
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("joinButton"))->isVisible());
        auto *city = child<QComboBox>(&dialog, QStringLiteral("cityComboBox"));
        auto *county = child<QComboBox>(&dialog, QStringLiteral("countyComboBox"));
        auto *township = child<QComboBox>(&dialog, QStringLiteral("townshipComboBox"));
        auto *code = child<QLineEdit>(&dialog, QStringLiteral("stationCodeLineEdit"));
        auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        // Zhejiang's eleven cities, none chosen until the user chooses one.
        QCOMPARE(city->count(), 11);
        QCOMPARE(city->currentIndex(), -1);
        QCOMPARE(township->count(), 0);

        // Nothing chosen: said inline, nothing set up.
        setUp->click();
        QVERIFY(error->isVisible());
        QVERIFY(!store.isSetUp());

        // Chosen level by level: each lists the children of the one above, and the code follows.
        city->setCurrentIndex(city->findText(QStringLiteral("宁波市")));
        QVERIFY(county->findText(QStringLiteral("海曙区")) >= 0);
        QCOMPARE(county->findText(QStringLiteral("西湖区")), -1); // Hangzhou's
        county->setCurrentIndex(county->findText(QStringLiteral("海曙区")));
        township->setCurrentIndex(township->findText(QStringLiteral("白云街道")));
        QCOMPARE(code->text(), QStringLiteral("330203006"));
        const QString preview = child<QLabel>(&dialog, QStringLiteral("stationPreviewLabel"))->text();
        QVERIFY2(preview.contains(QStringLiteral("白云街道人大代表联络站")) && preview.contains(QStringLiteral("浙江省宁波市海曙区白云街道")),
                 qPrintable(preview));

        // A code typed chooses all three levels; one that is no township is said inline.
        code->setText(QStringLiteral("330102"));
        emit code->textEdited(code->text());
        code->setText(QStringLiteral("330106002"));
        emit code->textEdited(code->text());
        QCOMPARE(city->currentText(), QStringLiteral("杭州市"));
        QCOMPARE(county->currentText(), QStringLiteral("西湖区"));
        QCOMPARE(township->currentData().toString(), QStringLiteral("330106002"));
        code->setText(QStringLiteral("339999999"));
        emit code->textEdited(code->text());
        QCOMPARE(township->currentIndex(), -1);
        setUp->click();
        QVERIFY2(error->text().contains(QStringLiteral("339999999")), qPrintable(error->text()));
        QVERIFY(!store.isSetUp());

        // A letter that is no letter: said inline, nothing set up.
        code->setText(QStringLiteral("330203006"));
        emit code->textEdited(code->text());
        auto *letter = child<QLineEdit>(&dialog, QStringLiteral("newLetterLineEdit"));
        QCOMPARE(letter->text(), QStringLiteral("A")); // the first PC's usual letter
        letter->setText(QStringLiteral("7"));
        setUp->click();
        QVERIFY(error->isVisible());
        QVERIFY(!store.isSetUp());
        letter->setText(QStringLiteral("c"));
        saveScreenshots(dialog, QStringLiteral("firstrun-new-station"));

        setUp->click();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(error->text()));
        QVERIFY(store.isSetUp());
        QCOMPARE(store.deviceLetter(), QLatin1Char('C'));
        const std::optional<Station> station = StationRepository(store).find(store.stationId());
        QVERIFY(station);
        QCOMPARE(station->code, QStringLiteral("330203006"));
        QCOMPARE(station->name, QStringLiteral("白云街道人大代表联络站"));
        QCOMPARE(station->address, QStringLiteral("浙江省宁波市海曙区白云街道"));
        // Ready for work: the usual categories, and the audit chain starts with the setup.
        QVERIFY(!CategoryRepository(store).listForStation(store.stationId()).isEmpty());
        const QList<AuditEntry> audit = AuditLog(store).recent(10);
        QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &e) { return e.action == QLatin1String("station.set_up"); }));
    }

    // A district officer's PC joins with the district's account, receives both stations and asks which
    // one it opens on.
    void districtPcChoosesTheStationItOpensOn()
    {
        // Each station's first PC, set up in the other tab's way, with a case, synced.
        QTemporaryDir dir;
        std::vector<std::unique_ptr<Store>> firsts;
        const QStringList codes{QStringLiteral("330203006"), QStringLiteral("330203007")};
        QStringList ids;
        for (const QString &code : codes) {
            auto opened = Store::open(dir.filePath(code + QStringLiteral(".sqlite")));
            QVERIFY(opened);
            auto set = StationSetup::setUpTownship(*opened.value(), code, QLatin1Char('A'), QStringLiteral("test"));
            QVERIFY(set);
            ids << set->id;
            WriteTransaction tx(*opened.value());
            QVERIFY(tx.insert(QStringLiteral("cases"), Uuid7::generate(),
                              {{QStringLiteral("station_id"), set->id}, {QStringLiteral("case_no"), code + QStringLiteral("-2026-A0001")},
                               {QStringLiteral("title"), QStringLiteral("路灯不亮")}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                               {QStringLiteral("registered_on"), QStringLiteral("2026-11-20")}}));
            QVERIFY(tx.commit());
            firsts.push_back(std::move(opened.value()));
        }
        QString error;
        const ServerSetup setup = m_backend.serverSetup(QStringLiteral("district-server"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServerProcess server(setup);
        QVERIFY2(SyncTestBackend::runAdminScript(server, setup, SyncTestBackend::districtScript(ids, codes, kPassword), &error),
                 qPrintable(error));
        QVERIFY2(server.start(&error), qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            SyncClient sync(*firsts[i]);
            QVERIFY(sync.configure(QUrl(server.url()), m_ca.caFile()));
            QVERIFY(sync.enrol(QStringLiteral("station%1").arg(i), kPassword));
            QVERIFY(sync.syncOnce());
        }

        auto opened = Store::open(dir.filePath(QStringLiteral("district.sqlite")));
        QVERIFY(opened);
        Store &store = *opened.value();
        FirstRunDialog dialog(store);
        showOnScreen(dialog);
        fill(dialog, server.url(), m_ca.caFile(), QStringLiteral("district"));
        // The question comes once the district's data is here: both stations, by code; the second chosen.
        QStringList offered;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *question = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!question)
                return;
            answer.stop();
            offered = question->comboBoxItems();
            saveScreenshots(*question, QStringLiteral("firstrun-district-station"));
            question->setTextValue(offered.value(1));
            question->accept();
        });
        answer.start(20);
        // The progress line says whose data comes: the district's stations', not "the station's".
        auto *statusLabel = child<QLabel>(&dialog, QStringLiteral("statusLabel"));
        QStringList receiving;
        connect(child<QProgressBar>(&dialog, QStringLiteral("progressBar")), &QProgressBar::valueChanged, this, [&] {
            const QString status = statusLabel->text();
            if (!status.startsWith(QStringLiteral("Receiving")) || receiving.contains(status))
                return;
            if (receiving.isEmpty())
                saveScreenshots(dialog, QStringLiteral("firstrun-district-receiving"));
            receiving << status;
        });
        child<QPushButton>(&dialog, QStringLiteral("joinButton"))->click();
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text()));
        QVERIFY(!receiving.isEmpty());
        for (const QString &status : std::as_const(receiving))
            QVERIFY2(status.startsWith(QStringLiteral("Receiving the data of the district's stations")), qPrintable(status));
        QCOMPARE(offered.size(), 2);
        QVERIFY2(offered.at(0).contains(QStringLiteral("白云街道人大代表联络站")) && offered.at(0).contains(codes.at(0)), qPrintable(offered.at(0)));
        QVERIFY2(offered.at(1).contains(QStringLiteral("段塘街道人大代表联络站")), qPrintable(offered.at(1)));
        QVERIFY(store.isSetUp());
        QCOMPARE(store.stationId(), ids.at(1));
        QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM cases")), 2);
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
