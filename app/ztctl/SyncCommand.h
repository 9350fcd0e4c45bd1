#pragma once
// `ztctl sync`: one sync of a store with the central server (push, then pull), for scripted and
// headless use. The server, CA and enrolment are saved in the store, so later runs need only --db.

#include "Command.h"

#include <QCoreApplication>

namespace zt {
struct SyncReport;
}

namespace zt::ctl {

class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;

private:
    // The daily comparison with the server's checksums, when this run made it, in words.
    static void printChecks(Console &console, const SyncReport &report);
};

} // namespace zt::ctl
