#pragma once
// One ztctl command (init, demo, info, ...): its name, its options and what it does. The Dispatcher
// owns the common parts (--db, --help, usage errors), so a new command is one small class.

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace zt::ctl {

class Console;

// What ztctl returns to the shell; scripts rely on these numbers.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,   // the operation failed; the reason is on stderr
    ExitBadUsage = 2, // unknown command or option, or a required option missing
};

// What a command gets to work with once the command line was parsed.
struct CommandContext
{
    const QCommandLineParser &parser;
    QString dbPath; // absolute; empty only for commands that do not need a store
    Console &console;
};

class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for `ztctl --help`.
    virtual QString summary() const = 0;
    // The part of the usage line after `ztctl NAME`, e.g. "--db PATH --to FILE".
    virtual QString synopsis() const = 0;
    // Options besides --db and --help, which the Dispatcher adds to every command.
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual bool needsStore() const { return true; }
    // How many values may follow the options without an option name (import's FILE); 0 for most commands.
    virtual int positionalArguments() const { return 0; }

    virtual ExitCode run(const CommandContext &context) = 0;
};

} // namespace zt::ctl
