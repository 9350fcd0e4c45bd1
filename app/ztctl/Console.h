#pragma once
// ztctl's stdout and stderr: results go to stdout so scripts can read them, everything else to stderr.

#include "Command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace zt {
struct Error;
}

namespace zt::ctl {

class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Progress redraws one line, which only makes sense when a person watches stderr.
    bool errIsTerminal() const { return m_errIsTerminal; }

    // Prints the message and a hint to the command's help; returns ExitBadUsage.
    ExitCode usageError(const QString &message, const QString &command = {});
    // Prints the error's message; returns ExitFailed.
    ExitCode failed(const Error &error);
    ExitCode failed(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_errIsTerminal = false;
};

} // namespace zt::ctl
