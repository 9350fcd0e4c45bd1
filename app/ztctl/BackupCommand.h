#pragma once
// `ztctl backup`: a consistent copy of a store, safe to take while Zhitongche is running.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
