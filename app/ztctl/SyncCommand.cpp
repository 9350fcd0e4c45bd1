#include "SyncCommand.h"

#include "Console.h"
#include "domain/DomainText.h"
#include "storage/Store.h"
#include "sync/ClockOffset.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace zt::ctl {

namespace {
const QString kServer = QStringLiteral("server");
const QString kCa = QStringLiteral("ca");
const QString kUser = QStringLiteral("user");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kPageSize = QStringLiteral("page-size");
const QString kPin = QStringLiteral("pin");
} // namespace

QString SyncCommand::summary() const
{
    return tr("Send this store's changes to the sync server and fetch the others'.");
}

QString SyncCommand::synopsis() const
{
    return tr("--db PATH [--server URL --ca FILE] [--pin sha256/BASE64] [--user NAME --password-file FILE]");
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return {QCommandLineOption(kServer, tr("The sync server, e.g. https://sync.example.org:8443 (saved in the store)."),
                               tr("url")),
            QCommandLineOption(kCa, tr("The organisation's CA certificate, PEM (saved in the store)."), tr("file")),
            QCommandLineOption(kUser, tr("Enrol this PC with this station account."), tr("name")),
            QCommandLineOption(kPasswordFile,
                               tr("A file whose first line is the account's password (or set ZT_SYNC_PASSWORD)."),
                               tr("file")),
            QCommandLineOption(kPageSize, tr("Rows per pulled page (1-1000)."), tr("rows")),
            QCommandLineOption(kPin,
                               tr("Also require the server's public key to have this SHA-256 pin (sha256/BASE64; "
                                  "saved in the store after a sync that succeeds; an empty value removes it)."),
                               tr("pin"))};
}

void SyncCommand::printChecks(Console &console, const SyncReport &report)
{
    if (!report.verified)
        return;
    auto kinds = [](const QStringList &tables) {
        QStringList labels;
        for (const QString &table : tables)
            labels << DomainText::recordKind(table);
        return labels.join(tr(", "));
    };
    if (!report.repairedTables.isEmpty())
        console.out() << tr("Checked against the server: these records on this PC differed from the server's; they "
                            "were received again and now match: %1.")
                             .arg(kinds(report.repairedTables))
                      << '\n';
    if (!report.mismatchedTables.isEmpty())
        console.out() << tr("Checked against the server: these records on this PC still differ from the server's after "
                            "they were received again: %1. This PC may hold records the server never got; ask the "
                            "administrator to compare this PC's data file with the server.")
                             .arg(kinds(report.mismatchedTables))
                      << '\n';
    if (report.repairedTables.isEmpty() && report.mismatchedTables.isEmpty())
        console.out() << tr("Checked against the server: every record on this PC matches.") << '\n';
}

ExitCode SyncCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QCommandLineParser &p = context.parser;
    if (p.isSet(kServer) != p.isSet(kCa))
        return console.usageError(tr("Give --server and --ca together."), name());
    OpenOptions options;
    options.createIfMissing = false;
    auto opened = Store::open(context.dbPath, options);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    SyncClient client(store);
    if (p.isSet(kPageSize)) {
        bool ok = false;
        const int rows = p.value(kPageSize).toInt(&ok);
        if (!ok || rows < 1 || rows > 1000)
            return console.usageError(tr("--page-size must be 1 to 1000."), name());
        client.setPageSize(rows);
    }

    if (p.isSet(kServer)) {
        if (Status s = client.configure(QUrl(p.value(kServer)), QFileInfo(p.value(kCa)).absoluteFilePath()); !s)
            return console.failed(s.error());
    } else if (Status s = client.configureFromSettings(); !s && !p.isSet(kUser)) {
        if (s.error().code == QLatin1String("sync.not_configured"))
            return console.usageError(s.error().message + QLatin1Char(' ') + tr("Give --server and --ca."), name());
        return console.failed(s.error());
    } else if (!s) {
        const SyncSettings saved = client.state().settings();
        if (saved.serverUrl.isEmpty())
            return console.usageError(tr("No sync server is set up for this store: give --server and --ca."), name());
        if (Status c = client.configure(QUrl(saved.serverUrl), saved.caFile); !c)
            return console.failed(c.error());
    }

    if (p.isSet(kPin))
        if (Status s = client.setKeyPin(p.value(kPin)); !s)
            return console.usageError(s.error().message, name());

    if (p.isSet(kUser)) {
        QString password = qEnvironmentVariable("ZT_SYNC_PASSWORD");
        if (p.isSet(kPasswordFile)) {
            QFile file(p.value(kPasswordFile));
            if (!file.open(QIODevice::ReadOnly))
                return console.failed(tr("The password file %1 cannot be read.").arg(p.value(kPasswordFile)));
            password = QString::fromUtf8(file.readLine()).trimmed();
        }
        if (password.isEmpty())
            return console.usageError(tr("Give --password-file FILE or set ZT_SYNC_PASSWORD to enrol."), name());
        if (Status s = client.enrol(p.value(kUser), password); !s)
            return console.failed(s.error());
    } else if (client.state().settings().refreshToken.isEmpty()) {
        return console.usageError(tr("This PC is not enrolled yet: give --user NAME and a password."), name());
    }

    auto report = client.syncOnce();
    if (!report)
        return console.failed(report.error());
    // As the window's sync does: the store is left whole (indexes and search) rather than at the next open.
    if (report->bootstrapped)
        if (Status s = client.buildIndexesAfterBootstrap(); !s)
            return console.failed(s.error());
    if (p.isSet(kPin)) {
        SyncSettings saved = client.state().settings();
        saved.keyPin = p.value(kPin).trimmed();
        if (Status s = client.state().saveSettings(saved); !s)
            return console.failed(s.error());
    }
    if (report->reenrolled) {
        console.out() << tr("This data file is a copy of another PC's (or a restored backup). It now syncs as a new PC; "
                            "nothing was lost or sent twice.")
                      << '\n';
        if (!report->newDeviceLetter.isNull())
            console.out() << tr("From now on this PC writes case numbers with the letter %1; the other PC keeps its "
                                "letter, so the two never give out the same case number.")
                                 .arg(report->newDeviceLetter)
                          << '\n';
    }
    // The same line as the sync page's (decision 25).
    for (const RenumberedCase &c : report->renumberedCases)
        console.out() << CaseRenumbering::describe(c) << '\n';
    if (report->belowHorizon) {
        console.out() << tr("This PC had not synced for longer than the server keeps deleted records, so it received "
                            "all its records again.");
        if (report->sweptRows > 0)
            console.out() << ' '
                          << tr("%n record(s) deleted on other PCs meanwhile were removed here too.", nullptr,
                                report->sweptRows);
        console.out() << '\n';
    }
    console.out() << tr("Sent %1 changes (%2 refused, %3 conflicts); received %4 rows in %5 pages; %6 changes waiting.")
                         .arg(report->pushed)
                         .arg(report->rejected)
                         .arg(report->conflicts)
                         .arg(report->pulled)
                         .arg(report->pages)
                         .arg(client.state().pendingCount())
                  << '\n';
    if (report->blobsUploaded > 0 || report->blobsDownloaded > 0)
        console.out() << tr("Attachments: %1 sent (%2 bytes), %3 received (%4 bytes).")
                             .arg(report->blobsUploaded)
                             .arg(report->blobBytesSent)
                             .arg(report->blobsDownloaded)
                             .arg(report->blobBytesReceived)
                      << '\n';
    printChecks(console, report.value());
    if (const std::optional<qint64> offset = client.clockOffsetMsecs())
        if (const QString warning = ClockOffset::warning(*offset / 1000, ClockOffset::Length::Full); !warning.isEmpty())
            console.err() << warning << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
