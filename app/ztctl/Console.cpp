#include "Console.h"

#include "common/Result.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace zt::ctl {

Console::Console() : m_out(stdout), m_err(stderr)
{
#ifdef Q_OS_WIN
    m_errIsTerminal = _isatty(_fileno(stderr));
#else
    m_errIsTerminal = isatty(fileno(stderr));
#endif
}

ExitCode Console::usageError(const QString &message, const QString &command)
{
    m_err << message << '\n';
    if (command.isEmpty())
        m_err << tr("Run 'ztctl --help' to see the commands and their options.") << '\n';
    else
        m_err << tr("Run 'ztctl %1 --help' to see its options.").arg(command) << '\n';
    m_err.flush();
    return ExitBadUsage;
}

ExitCode Console::failed(const Error &error)
{
    return failed(error.message);
}

ExitCode Console::failed(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
    return ExitFailed;
}

} // namespace zt::ctl
