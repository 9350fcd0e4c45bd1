#pragma once
// `ztctl join`: sets a new store up as another PC of a station that syncs already, without the first-run
// dialog (a scripted second PC): enrols with the station's account, receives the station's data with its
// progress, and only then binds the store to the station (setup/StationJoin, as the dialog does).

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class JoinCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(JoinCommand)
public:
    QString name() const override { return QStringLiteral("join"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
