#pragma once
// `ztctl check`: is this store whole? SQLite's integrity and reference checks, the audit chain and
// the sync outbox, one line each, with what to do when one fails.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString synopsis() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
