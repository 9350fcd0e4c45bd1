#pragma once
// `ztctl demo`: a new store filled with believable made-up data, for training, screenshots and load tests.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
