#include "JoinCommand.h"

#include "Console.h"
#include "NewStoreGuard.h"
#include "setup/StationJoin.h"
#include "storage/Store.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace zt::ctl {

namespace {
// The names of `ztctl sync`'s options and `ztctl init`'s letter, so a script reads the same.
const QString kServer = QStringLiteral("server");
const QString kCa = QStringLiteral("ca");
const QString kUser = QStringLiteral("user");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kDeviceLetter = QStringLiteral("device-letter");
const QString kPin = QStringLiteral("pin");
const QString kStation = QStringLiteral("station"); // as `ztctl init --station`

QString firstLine(QFile &file) { return QString::fromUtf8(file.readLine()).trimmed(); }
} // namespace

QString JoinCommand::summary() const
{
    return tr("Set up a new store as another PC of a station that syncs already (receives the station's data).");
}

QString JoinCommand::synopsis() const
{
    return tr("--db PATH --server URL --ca FILE --user NAME [--device-letter X] [--station CODE] "
              "[--password-file FILE|-] [--pin sha256/BASE64]");
}

QList<QCommandLineOption> JoinCommand::options() const
{
    return {QCommandLineOption(kServer, tr("The sync server, e.g. https://sync.example.org:8443."), tr("url")),
            QCommandLineOption(kCa, tr("The organisation's CA certificate, PEM."), tr("file")),
            QCommandLineOption(kUser, tr("The station's account (the district office gives it out), or the district's for a "
                                         "district officer's PC."),
                               tr("name")),
            QCommandLineOption(kStation,
                               tr("With a district's account: the code of the station this PC opens on (default: the "
                                  "district's first by code)."),
                               tr("code")),
            QCommandLineOption(kPasswordFile,
                               tr("A file whose first line is the account's password; - reads it from standard "
                                  "input. Without it: ZT_SYNC_PASSWORD, else the first line of standard input."),
                               tr("file")),
            QCommandLineOption(kDeviceLetter,
                               tr("This PC's letter in case numbers, A to Z: one the station's other PCs do not use. Without it the server gives a free one."),
                               tr("letter")),
            QCommandLineOption(kPin, tr("Also require the server's public key to have this SHA-256 pin (sha256/BASE64)."),
                               tr("pin"))};
}

ExitCode JoinCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QCommandLineParser &p = context.parser;
    for (const QString &required : {kServer, kCa, kUser})
        if (p.value(required).trimmed().isEmpty())
            return console.usageError(tr("The option --%1 is missing.").arg(required), name());
    // Without --device-letter the server gives this PC a letter no other PC of the station uses.
    const QString letter = p.value(kDeviceLetter).trimmed().toUpper();
    if (p.isSet(kDeviceLetter) && (letter.size() != 1 || letter.at(0) < QLatin1Char('A') || letter.at(0) > QLatin1Char('Z')))
        return console.usageError(tr("Give this PC its own letter with --device-letter, A to Z, one the station's other "
                                     "PCs do not use (not '%1'), or leave the option out for the server to choose.")
                                      .arg(letter),
                                  name());
    const QString caFile = QFileInfo(p.value(kCa)).absoluteFilePath();
    if (!QFileInfo(caFile).isReadable())
        return console.failed(tr("The CA certificate file %1 cannot be read.").arg(p.value(kCa)));

    // The password never on the command line (other users see it in the process list).
    QString password;
    if (p.isSet(kPasswordFile) && p.value(kPasswordFile) != QLatin1String("-")) {
        QFile file(p.value(kPasswordFile));
        if (!file.open(QIODevice::ReadOnly))
            return console.failed(tr("The password file %1 cannot be read.").arg(p.value(kPasswordFile)));
        password = firstLine(file);
    } else if (!p.isSet(kPasswordFile) && qEnvironmentVariableIsSet("ZT_SYNC_PASSWORD")) {
        password = qEnvironmentVariable("ZT_SYNC_PASSWORD");
    } else {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = firstLine(in);
    }
    if (password.isEmpty())
        return console.usageError(tr("Give the account's password on standard input, with --password-file FILE or in "
                                     "ZT_SYNC_PASSWORD."),
                                  name());

    // A store this command made is removed again when the join fails before any data arrived (a typo
    // in the address, a wrong password), so the next try starts clean. Once data arrives it stays: the
    // same command again goes on where it stopped.
    NewStoreGuard guard(context.dbPath);
    auto opened = Store::open(context.dbPath);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    if (store.isSetUp())
        return console.failed(tr("The store %1 is set up for a station already; join only sets up a new store.")
                                  .arg(context.dbPath));

    StationJoin::Request request;
    request.serverUrl = QUrl::fromUserInput(p.value(kServer).trimmed());
    request.caFile = caFile;
    request.username = p.value(kUser).trimmed();
    request.password = password;
    if (!letter.isEmpty())
        request.deviceLetter = letter.at(0);
    request.keyPin = p.value(kPin);
    const QString homeCode = p.value(kStation).trimmed();
    if (!homeCode.isEmpty())
        request.chooseHomeStation = [&homeCode](const QList<Station> &stations) {
            for (const Station &s : stations)
                if (s.code == homeCode)
                    return s.id;
            return QStringLiteral("?"); // none of the district's: StationJoin says so
        };

    bool district = false; // a district's account: every station of the district comes
    request.accountKnown = [&district](bool isDistrict) { district = isDistrict; };

    console.err() << tr("Signing in to %1 as %2…").arg(request.serverUrl.toString(), request.username) << '\n';
    console.err().flush();
    bool dataArrived = false;
    int lastPhase = -1;
    int lastTenth = -1;
    bool lineOpen = false;
    const QLocale locale;
    const bool live = console.errIsTerminal();
    const auto progress = [&](const SyncProgress &step) {
        if (step.phase == SyncProgress::Phase::Bootstrap || step.phase == SyncProgress::Phase::Pull)
            dataArrived = dataArrived || step.done > 0;
        if (step.phase == SyncProgress::Phase::Bootstrap && step.total > 0) {
            // A line at each tenth for a log; one line redrawn on a terminal.
            const int tenth = int(std::min<qint64>(10, step.done * 10 / step.total));
            if (live || tenth != lastTenth || int(step.phase) != lastPhase) {
                console.err() << (live ? "\r" : "")
                              << (district ? tr("Receiving the data of the district's stations: %1 of %2 records.")
                                           : tr("Receiving the station's data: %1 of %2 records."))
                                     .arg(locale.toString(step.done), locale.toString(step.total))
                              << (live ? "" : "\n");
                lineOpen = live;
            }
            lastTenth = tenth;
        } else if (int(step.phase) != lastPhase) {
            if (lineOpen)
                console.err() << '\n';
            lineOpen = false;
            if (step.phase == SyncProgress::Phase::Push)
                console.err() << tr("Sending this PC's changes…") << '\n';
            else if (step.phase == SyncProgress::Phase::Bootstrap || step.phase == SyncProgress::Phase::Pull)
                console.err() << (district ? tr("Receiving the data of the district's stations…")
                                           : tr("Receiving the station's data…"))
                              << '\n';
        }
        lastPhase = int(step.phase);
        console.err().flush();
        return true;
    };
    const Result<Station> joined = StationJoin::join(store, request, progress);
    if (lineOpen)
        console.err() << '\n';
    if (!joined) {
        if (dataArrived) {
            guard.keep();
            console.failed(joined.error());
            console.err() << tr("The data received so far stays in %1; run the same command again to receive the rest.")
                                 .arg(context.dbPath)
                          << '\n';
            console.err().flush();
            return ExitFailed;
        }
        return console.failed(joined.error());
    }
    guard.keep();
    console.out() << tr("This PC is now a PC of %1 (%2) in %3 and writes case numbers with the letter %4. Its "
                        "sync server is saved: `ztctl sync --db %3` or the program's own sync goes on from here.")
                         .arg(joined->name, joined->code, context.dbPath, QString(store.deviceLetter()))
                  << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
