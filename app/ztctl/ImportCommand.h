#pragma once
// `ztctl import`: a station's ledger (接待台账, CSV or XLSX) into the store, as LedgerImporter does it for the
// app. Exit 0 when every row is in the store, 1 when some rows were refused, 2 when nothing could be read.

#include "Command.h"

#include <QCoreApplication>

namespace zt::ctl {

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<QCommandLineOption> options() const override;
    int positionalArguments() const override { return 1; }
    ExitCode run(const CommandContext &context) override;
};

} // namespace zt::ctl
