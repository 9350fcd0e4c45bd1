#include "Dispatcher.h"

#include "BackupCommand.h"
#include "CheckCommand.h"
#include "Console.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "InitCommand.h"
#include "JoinCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "SyncCommand.h"
#include "ScheduleCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace zt::ctl {

namespace {

const QString kHelp = QStringLiteral("help");
const QString kDb = QStringLiteral("db");

// "  --db <path>" padded to a column, then the description; long names push it to the next line.
QString formatOptions(const QList<QCommandLineOption> &options)
{
    constexpr int column = 26;
    QString text;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &n : option.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = QStringLiteral("  ") + names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QStringLiteral(" <%1>").arg(option.valueName());
        if (left.size() >= column)
            text += left + QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        else
            text += left.leftJustified(column);
        text += option.description() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

Dispatcher::Dispatcher(Console &console) : m_console(console) {}

Dispatcher::~Dispatcher() = default;

void Dispatcher::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

void Dispatcher::addStandardCommands()
{
    add(std::make_unique<InitCommand>());
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<InfoCommand>());
    add(std::make_unique<BackupCommand>());
    add(std::make_unique<RestoreCommand>());
    add(std::make_unique<CheckCommand>());
    add(std::make_unique<SyncCommand>());
    add(std::make_unique<JoinCommand>());
    add(std::make_unique<ScheduleCommand>());
    add(std::make_unique<ReportCommand>());
    add(std::make_unique<ImportCommand>());
    add(std::make_unique<ExportCommand>());
}

Command *Dispatcher::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString Dispatcher::generalHelp() const
{
    QString text = tr("Usage: ztctl COMMAND --db PATH [options]") + QLatin1Char('\n') + QLatin1Char('\n') +
                   tr("Looks after a Zhitongche store from the command line.") + QLatin1Char('\n') + QLatin1Char('\n') +
                   tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, int(command->name().size()));
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("  ") + command->name().leftJustified(width + 2) + command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
            formatOptions({QCommandLineOption({QStringLiteral("h"), kHelp}, tr("Show this help.")),
                           QCommandLineOption(QStringLiteral("version"), tr("Show the version of ztctl."))}) +
            QLatin1Char('\n') + tr("Run 'ztctl COMMAND --help' for the options of one command.") + QLatin1Char('\n');
    return text;
}

QString Dispatcher::commandHelp(const Command &command, const QList<QCommandLineOption> &options) const
{
    return tr("Usage: ztctl %1 %2").arg(command.name(), command.synopsis()) + QLatin1Char('\n') + QLatin1Char('\n') +
           command.summary() + QLatin1Char('\n') + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
           formatOptions(options);
}

ExitCode Dispatcher::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return m_console.usageError(tr("No command given."));
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == kHelp) {
        m_console.out() << generalHelp();
        m_console.out().flush();
        return ExitOk;
    }
    if (first == QLatin1String("--version")) {
        m_console.out() << QStringLiteral("ztctl %1").arg(QCoreApplication::applicationVersion()) << '\n';
        m_console.out().flush();
        return ExitOk;
    }
    Command *command = find(first);
    if (!command) {
        if (first.startsWith(QLatin1Char('-')))
            return m_console.usageError(tr("The command comes first, before any option: ztctl COMMAND --db PATH."));
        return m_console.usageError(tr("Unknown command '%1'.").arg(first));
    }

    QList<QCommandLineOption> options;
    if (command->needsStore())
        options << QCommandLineOption(kDb, tr("The store file (a .sqlite file)."), tr("path"));
    options << command->options();
    options << QCommandLineOption({QStringLiteral("h"), kHelp}, tr("Show this help."));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    // The parser expects the program name first; the command name is not one of its arguments.
    if (!parser.parse(QStringList{arguments.first()} + arguments.mid(2)))
        return m_console.usageError(parser.errorText(), command->name());
    if (parser.isSet(kHelp)) {
        m_console.out() << commandHelp(*command, options);
        m_console.out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > command->positionalArguments())
        return m_console.usageError(tr("Unexpected argument '%1'; every value follows its option, such as --db PATH.")
                                        .arg(parser.positionalArguments().value(command->positionalArguments())),
                                    command->name());

    QString dbPath;
    if (command->needsStore()) {
        dbPath = parser.value(kDb);
        if (dbPath.isEmpty())
            return m_console.usageError(tr("The option --db is missing: say which store to use."), command->name());
        dbPath = QFileInfo(dbPath).absoluteFilePath();
    }
    return command->run(CommandContext{parser, dbPath, m_console});
}

} // namespace zt::ctl
