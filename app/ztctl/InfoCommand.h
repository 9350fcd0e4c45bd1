#pragma once
// `ztctl info`: what a store holds (schema, device, station, rows per table) without changing it.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    QString synopsis() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
