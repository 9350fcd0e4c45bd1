#include "sync/SyncRunner.h"

#include "common/Clock.h"
#include "storage/Store.h"
#include "storage/SyncStateRepository.h"
#include "sync/SyncClient.h"

#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

namespace zt {

SyncRunner::SyncRunner(QString storePath, QObject *parent) : QObject(parent), m_storePath(std::move(storePath))
{
    qRegisterMetaType<zt::SyncStatus>();
}

SyncRunner::~SyncRunner() = default;

void SyncRunner::start()
{
    // Created here so they live on the worker thread with this object.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kAfterCommitMsecs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        // A commit made by our own pull also reaches here through the window's store: skip it.
        if (m_store && SyncStateRepository(*m_store).pendingCount() > 0)
            runSync();
    });
    m_next = new QTimer(this);
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &SyncRunner::runSync);

    OpenOptions options;
    options.createIfMissing = false;
    options.migrate = false; // the window opened (and migrated) the file already
    auto opened = Store::open(m_storePath, options);
    if (!opened) {
        m_status.state = SyncStatus::State::Error;
        m_status.message = opened.error().message;
        publish();
        return;
    }
    m_store = std::move(opened.value());
    connect(m_store.get(), &Store::changed, this, &SyncRunner::rowsChanged);
    m_client = std::make_unique<SyncClient>(*m_store);
    m_client->setProgressHandler([this](const SyncProgress &p) {
        m_status.progressDone = p.done;
        m_status.progressTotal = p.total;
        switch (p.phase) {
        case SyncProgress::Phase::Push:
            m_status.message = tr("Sending changes: %1 of %2").arg(p.done).arg(p.total);
            break;
        case SyncProgress::Phase::Bootstrap:
            m_status.message = tr("Receiving this station's records: %1 of %2").arg(p.done).arg(p.total);
            break;
        case SyncProgress::Phase::Pull:
            m_status.message = tr("Receiving changes: %1").arg(p.done);
            break;
        case SyncProgress::Phase::Verify:
            m_status.message = tr("Checking the records against the server");
            break;
        case SyncProgress::Phase::Repair:
            m_status.repairingTables = p.tables;
            m_status.message = tr("Some records differ from the server's; receiving them again (%1 of %2)")
                                   .arg(p.done + 1)
                                   .arg(p.total);
            break;
        }
        publish();
    });
    // The network coming back is a moment to sync (when the platform can tell; otherwise the timers do).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online
                        && m_status.state == SyncStatus::State::Offline)
                        runSync();
                });
    }
    runSync();
}

void SyncRunner::shutdown()
{
    if (m_debounce)
        m_debounce->stop();
    if (m_next)
        m_next->stop();
    // A run or an enrolment waiting for the server's answer (SyncClient::finish waits in a nested event
    // loop, where this call is delivered) still has the client and the store on the stack below: closing
    // them here crashed the sync thread when the window closed mid-sync. Ask the run to stop; it closes
    // them when it returns (the window's QThread::quit ends the nested loops, so that is soon).
    if (m_busy > 0) {
        m_closeWhenIdle = true;
        if (m_client)
            m_client->cancel();
        return;
    }
    closeStore();
}

void SyncRunner::closeStore()
{
    m_client.reset();
    m_store.reset();
}

// Counts a run or an enrolment on the stack, and closes the store after the outermost one when a
// shutdown came meanwhile.
class SyncRunner::BusyScope
{
public:
    explicit BusyScope(SyncRunner &runner) : m_runner(runner) { ++m_runner.m_busy; }
    ~BusyScope()
    {
        if (--m_runner.m_busy == 0 && m_runner.m_closeWhenIdle)
            m_runner.closeStore();
    }
    BusyScope(const BusyScope &) = delete;
    BusyScope &operator=(const BusyScope &) = delete;

private:
    SyncRunner &m_runner;
};

void SyncRunner::syncNow()
{
    if (m_debounce)
        m_debounce->stop();
    runSync();
}

void SyncRunner::localChanged()
{
    if (m_debounce && !m_running)
        m_debounce->start();
}

void SyncRunner::enrol(const QString &serverUrl, const QString &caFile, const QString &username, const QString &password,
                       const QString &keyPin)
{
    if (!m_client || m_closeWhenIdle) {
        emit enrolFinished(false, m_status.message);
        return;
    }
    BusyScope busy(*this);
    Status s = m_client->configure(QUrl(serverUrl.trimmed()), caFile);
    if (s)
        s = m_client->setKeyPin(keyPin);
    if (s)
        s = m_client->enrol(username.trimmed(), password);
    if (s) {
        SyncStateRepository state(*m_store);
        SyncSettings settings = state.settings();
        settings.keyPin = keyPin.trimmed();
        s = state.saveSettings(settings);
    }
    if (!s) {
        emit enrolFinished(false, s.error().message);
        readCounts();
        publish();
        return;
    }
    emit enrolFinished(true, tr("This PC is enrolled as %1.").arg(username.trimmed()));
    m_backoff.reset();
    runSync();
}

void SyncRunner::readCounts()
{
    if (!m_store)
        return;
    SyncStateRepository state(*m_store);
    const SyncSettings settings = state.settings();
    m_status.waiting = state.pendingCount();
    m_status.conflicts = state.openConflictCount();
    m_status.serverUrl = settings.serverUrl;
    m_status.caFile = settings.caFile;
    m_status.keyPin = settings.keyPin;
    m_status.username = settings.username;
    if (!m_status.lastSyncedAt.isValid())
        m_status.lastSyncedAt = state.lastSyncedAt(); // from an earlier session
}

void SyncRunner::publish()
{
    emit statusChanged(m_status);
}

void SyncRunner::runSync()
{
    if (!m_client || m_running || m_closeWhenIdle)
        return;
    BusyScope busy(*this);
    m_running = true;
    m_next->stop();
    readCounts();
    Status configured = m_client->configureFromSettings();
    if (!configured) {
        const bool noServer = configured.error().code == QLatin1String("sync.not_configured");
        const bool noToken = configured.error().code == QLatin1String("sync.not_enrolled");
        m_status.state = noServer ? SyncStatus::State::NotConfigured
                                  : noToken ? SyncStatus::State::NotEnrolled : SyncStatus::State::Error;
        m_status.message = configured.error().message;
        m_running = false;
        publish();
        return; // nothing scheduled: enrolling starts the schedule
    }
    m_status.state = SyncStatus::State::Syncing;
    m_status.message.clear(); // from here on: what this run is doing (the progress handler)
    publish();

    auto report = m_client->syncOnce();
    m_status.progressDone = m_status.progressTotal = 0;
    noteClockOffset();
    m_status.repairingTables.clear();
    if (report && report->verified) {
        m_status.repairedTables = report->repairedTables;
        m_status.mismatchedTables = report->mismatchedTables;
    }
    if (report && report->bootstrapped) {
        // The bootstrap left the tables' indexes and the search index for now, on this worker thread and
        // its connection.
        if (Status s = m_client->buildIndexesAfterBootstrap(); !s)
            qWarning("building the indexes after the bootstrap failed: %s", qPrintable(s.error().message));
    }
    readCounts();
    if (report) {
        m_backoff.reset();
        m_status.state = SyncStatus::State::Synced;
        m_status.lastSyncedAt = Clock::nowUtc();
        m_status.message = tr("Sent %n change(s)", nullptr, report->pushed) + QStringLiteral(" (")
                           + tr("%n refused", nullptr, report->rejected) + QStringLiteral(", ")
                           + tr("%n conflict(s)", nullptr, report->conflicts) + QStringLiteral("); ")
                           + tr("received %n change(s).", nullptr, report->pulled);
        if (report->blobsUploaded > 0 || report->blobsDownloaded > 0)
            m_status.message += QLatin1Char(' ') + tr("Attachments: %n sent", nullptr, report->blobsUploaded) + QStringLiteral(", ")
                                + tr("%n received.", nullptr, report->blobsDownloaded);
        if (report->reenrolled) {
            m_status.reenrolled = true;
            if (!report->newDeviceLetter.isNull())
                m_status.newDeviceLetter = QString(report->newDeviceLetter);
            m_status.message = tr("This data file turned out to be a copy of another PC's (a copied disk or a restored "
                                  "backup). It now syncs as a new PC with its own identity; no change was lost or sent "
                                  "twice.") + QLatin1Char(' ') + m_status.message;
        }
        // Every 5 min +-20 %, so a district's stations do not all call at once.
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        scheduleNext(qint64(kPeriodMsecs * jitter));
    } else {
        const QString code = report.error().code;
        m_status.state = code == QLatin1String("sync.offline") ? SyncStatus::State::Offline : SyncStatus::State::Error;
        m_status.message = report.error().message;
        // A server that said when to come back (503 maintenance, 429) is not asked again before then.
        scheduleNext(m_backoff.nextDelayMsecs(m_client->lastRetryAfterMsecs()));
    }
    m_running = false;
    publish();
}

void SyncRunner::noteClockOffset()
{
    if (const std::optional<qint64> offset = m_client->clockOffsetMsecs()) {
        m_status.clockOffsetKnown = true;
        m_status.clockOffsetSeconds = *offset / 1000;
    }
}

void SyncRunner::scheduleNext(qint64 msecs)
{
    m_status.nextAttemptAt = Clock::nowUtc().addMSecs(msecs);
    m_next->start(int(std::min<qint64>(msecs, std::numeric_limits<int>::max())));
}

} // namespace zt
