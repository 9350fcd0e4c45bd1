#pragma once
// `ztctl init`: sets a new store up for a station named after its township or street.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
