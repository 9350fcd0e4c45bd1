#include "InitCommand.h"

#include "Console.h"
#include "NewStoreGuard.h"
#include "setup/StationSetup.h"
#include "storage/Store.h"

#include <QCommandLineParser>

namespace zt::ctl {

namespace {
const QString kStation = QStringLiteral("station");
const QString kDeviceLetter = QStringLiteral("device-letter");
} // namespace

QString InitCommand::summary() const
{
    return tr("Set up a new store for the station of a township or street.");
}

QString InitCommand::synopsis() const
{
    return tr("--db PATH --station CODE [--device-letter A]");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {
        QCommandLineOption(kStation, tr("The 9-digit code of the township or street, such as 330203006."), tr("code")),
        QCommandLineOption(kDeviceLetter,
                           tr("This PC's letter in case numbers, A to Z (default A); give each PC of a station its "
                              "own letter."),
                           tr("letter"), QStringLiteral("A")),
    };
}

ExitCode InitCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    const QString code = context.parser.value(kStation).trimmed();
    if (code.isEmpty())
        return console.usageError(tr("The option --station is missing: give the township or street code."), name());
    const QString letterText = context.parser.value(kDeviceLetter).trimmed().toUpper();
    if (letterText.size() != 1 || letterText.at(0) < QLatin1Char('A') || letterText.at(0) > QLatin1Char('Z'))
        return console.usageError(tr("The device letter must be one letter from A to Z, not '%1'.").arg(letterText),
                                  name());

    // Declared before the store so that the store is closed when the guard cleans up.
    NewStoreGuard guard(context.dbPath);
    auto opened = Store::open(context.dbPath);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    if (store.isSetUp())
        return console.failed(
            tr("The store %1 is already set up for a station; init only sets up a new store.").arg(context.dbPath));
    auto setUp = StationSetup::setUpTownship(store, code, letterText.at(0), QStringLiteral("ztctl init"));
    if (!setUp)
        return console.failed(setUp.error());

    guard.keep();
    console.out() << tr("Set up %1 (%2) in %3; this PC writes case numbers with the letter %4.")
                         .arg(setUp->name, setUp->code, context.dbPath, QString(store.deviceLetter()))
                  << '\n';
    console.out().flush();
    return ExitOk;
}

} // namespace zt::ctl
