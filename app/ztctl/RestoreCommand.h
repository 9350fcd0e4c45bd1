#pragma once
// `ztctl restore`: replaces a store with a backup, keeping the replaced file beside it.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class RestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
