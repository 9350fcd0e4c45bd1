#pragma once
// `ztctl schedule`: the reception schedule of a year without the app: list the sessions, write an
// .ics calendar file, or add a rule in the text grammar (for set-up scripts).

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class ScheduleCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
