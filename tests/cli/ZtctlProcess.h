#pragma once
// ztctl (and the tools beside it) as their users run them: the built binary started with QProcess. Each CLI
// test target defines ZTCTL_PATH (tests/cli/CMakeLists.txt).

#include <QDebug>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts a program and waits for it; a crash or a hang counts as exit code -1, so it never passes for a
// clean failure.
inline Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        run.err = program + QStringLiteral(" did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline Run ztctl(const QStringList &arguments)
{
    return runProgram(QStringLiteral(ZTCTL_PATH), arguments);
}

// Compares an exit code and prints what the program said when it is not the expected one.
#define ZT_EXPECT_EXIT(run, code)                                                                                      \
    do {                                                                                                               \
        const Run &r_ = (run);                                                                                         \
        if (r_.exitCode != (code))                                                                                     \
            qWarning().noquote() << "stdout:" << r_.out << "\nstderr:" << r_.err;                                      \
        QCOMPARE(r_.exitCode, (code));                                                                                 \
    } while (false)
