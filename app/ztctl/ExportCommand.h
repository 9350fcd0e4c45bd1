#pragma once
// `ztctl export`: the station's cases with every date of their closed loop, to CSV or XLSX (CaseExporter).

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
