#pragma once
// `ztctl report`: the monthly (or annual) report of the store's station as PDF, CSV, XLSX or HTML,
// without a window: the same document and figures as the reports page prints.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
