#pragma once
// Picks the command named on the command line, parses its options and runs it; owns the registry of
// commands and everything they share: --db, --help, --version and the exit codes for bad usage.

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace zt::ctl {

class Console;

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(Dispatcher)
public:
    explicit Dispatcher(Console &console);
    ~Dispatcher();

    // Commands are listed in --help in the order they were added.
    void add(std::unique_ptr<Command> command);
    // The built-in set: init, demo, info, backup, restore, check.
    void addStandardCommands();

    // arguments as QCoreApplication::arguments() gives them, program name first.
    ExitCode run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QString generalHelp() const;
    QString commandHelp(const Command &command, const QList<QCommandLineOption> &options) const;

    Console &m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace zt::ctl
