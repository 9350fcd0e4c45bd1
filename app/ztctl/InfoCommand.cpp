#include "InfoCommand.h"

#include "Console.h"
#include "storage/StoreInspector.h"
#include "storage/Migrator.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"

namespace zt::ctl {

QString InfoCommand::summary() const
{
    return tr("Show the schema version, device, station and number of records of a store.");
}

QString InfoCommand::synopsis() const
{
    return tr("--db PATH");
}

ExitCode InfoCommand::run(const CommandContext &context)
{
    Console &console = context.console;
    // Looking must not change anything: no new file, and no silent update of an older store.
    OpenOptions options;
    options.createIfMissing = false;
    options.migrate = false;
    auto opened = Store::open(context.dbPath, options);
    if (!opened)
        return console.failed(opened.error());
    Store &store = *opened.value();
    QTextStream &out = console.out();

    out << tr("Store: %1").arg(store.path()) << '\n';
    const int version = store.database().schemaVersion();
    const int latest = Migrator::latestVersion();
    if (version < latest)
        out << tr("Schema: %1 of %2 (needs update; Zhitongche updates it, after a backup, when it next opens the "
                  "store)")
                   .arg(version)
                   .arg(latest)
            << '\n';
    else
        out << tr("Schema: %1 of %2 (up to date)").arg(version).arg(latest) << '\n';

    if (store.deviceId().isEmpty())
        out << tr("Device: none yet") << '\n';
    else
        out << tr("Device: %1, letter %2").arg(store.deviceId(), QString(store.deviceLetter())) << '\n';

    const std::optional<Station> station =
        store.isSetUp() ? StationRepository(store).find(store.stationId()) : std::nullopt;
    if (station)
        out << tr("Station: %1 (%2), %3").arg(station->name, station->code, station->address) << '\n';
    else if (store.isSetUp())
        out << tr("Station: %1 (its record is missing; run ztctl check)").arg(store.stationId()) << '\n';
    else
        out << tr("Station: not set up (run ztctl init)") << '\n';

    const StoreInspector inspector(store.db());
    const QStringList tables = inspector.countedTables();
    out << tr("Records:") << '\n';
    const QString pendingLabel = tr("sync_outbox (pending)");
    int width = int(pendingLabel.size());
    for (const QString &table : tables)
        width = std::max(width, int(table.size()));
    for (const QString &table : tables) {
        out << QStringLiteral("  ") << table.leftJustified(width + 2) << inspector.rowCount(table);
        if (const qint64 deleted = inspector.deletedCount(table); deleted > 0)
            out << QLatin1Char(' ') << tr("(%1 deleted)").arg(deleted);
        out << '\n';
    }
    if (version >= 1)
        out << QStringLiteral("  ") << pendingLabel.leftJustified(width + 2) << inspector.pendingOutboxCount() << '\n';
    out.flush();
    return ExitOk;
}

} // namespace zt::ctl
