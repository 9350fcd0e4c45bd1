// Start-up benchmark: open a store with N cases (default 1,000,000) and show the main window, against
// opening a store with the same set-up and no cases, in the same run. Prints medians and the ratio;
// the goal is at most 1.2x, because nothing at start-up may scan a big table.
//
//   bench_startup [--cases N] [--big PATH] [--rounds R]
// The big store is generated once (a few minutes for 1M) and reused when PATH exists.

#include "common/ProcessMemory.h"
#include "MainWindow.h"
#include "demo/DemoGenerator.h"
#include "i18n/TranslationLoader.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace zt;

namespace {

QTextStream out(stdout);

bool generate(const QString &path, int cases)
{
    auto store = Store::open(path);
    if (!store) {
        out << "cannot create " << path << ": " << store.error().message << Qt::endl;
        return false;
    }
    DemoOptions options;
    options.cases = cases;
    options.endDate = QDate(2026, 10, 31);
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrinted = -1;
    options.progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        if (percent / 10 != lastPrinted / 10) {
            out << "  generating: " << percent << "%" << Qt::endl;
            lastPrinted = percent;
        }
        return true;
    };
    auto summary = DemoGenerator::generate(*store.value(), options);
    if (!summary) {
        out << "generation failed: " << summary.error().message << Qt::endl;
        return false;
    }
    out << "  generated " << summary->cases << " cases in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return true;
}

// Open the store and show the main window until its first page has painted.
double openAndShow(const QString &path, TranslationLoader &translations)
{
    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(path);
    if (!store)
        return -1;
    {
        MainWindow window(*store.value(), translations);
        window.show();
        QApplication::processEvents();
        window.grab(); // forces a full paint of the visible page
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    zt::ProcessMemory::configure(); // as the app and the server do (common/ProcessMemory.h)
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in the big store."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Path of the big store (reused if present)."), QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Measurements per store."), QStringLiteral("R"), QStringLiteral("7"));
    parser.addOptions({casesOption, bigOption, roundsOption});
    parser.process(app);

    QTemporaryDir dir;
    const int cases = parser.value(casesOption).toInt();
    const QString big = parser.isSet(bigOption) ? parser.value(bigOption) : dir.filePath(QStringLiteral("big.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString small = dir.filePath(QStringLiteral("small.sqlite"));
    if (!QFileInfo::exists(big)) {
        out << "Creating the big store (" << cases << " cases) at " << big << Qt::endl;
        if (!generate(big, cases))
            return 1;
    }
    out << "Creating the baseline store (same set-up, 1 case)" << Qt::endl;
    if (!generate(empty, 1))
        return 1;
    // A store that fills the first screen as the big one does: what is left of the difference is
    // the store's size, not the cost of painting rows.
    out << "Creating the screenful store (1,000 cases)" << Qt::endl;
    if (!generate(small, 1000))
        return 1;

    TranslationLoader translations;
    translations.setLanguage(TranslationLoader::Chinese);
    // Warm both files into the page cache once, then alternate so drift hits both equally.
    openAndShow(big, translations);
    openAndShow(empty, translations);
    openAndShow(small, translations);
    QList<double> bigTimes;
    QList<double> emptyTimes;
    QList<double> smallTimes;
    const int rounds = parser.value(roundsOption).toInt();
    for (int i = 0; i < rounds; ++i) {
        emptyTimes << openAndShow(empty, translations);
        smallTimes << openAndShow(small, translations);
        bigTimes << openAndShow(big, translations);
    }
    const double b = median(bigTimes);
    const double e = median(emptyTimes);
    out << QStringLiteral("open + show main window, median of %1:").arg(rounds) << Qt::endl;
    out << QStringLiteral("  baseline store (same set-up, 1 case): %1 ms").arg(e, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  big store (%1 cases, %2 MB): %3 ms")
               .arg(cases)
               .arg(QFileInfo(big).size() / 1048576)
               .arg(b, 0, 'f', 1)
        << Qt::endl;
    const double sm = median(smallTimes);
    out << QStringLiteral("  screenful store (1,000 cases): %1 ms").arg(sm, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  ratio big/baseline: %1x (goal: <= 1.2x)").arg(b / e, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("  ratio big/screenful: %1x (the store's size alone)").arg(b / sm, 0, 'f', 2) << Qt::endl;
    return 0;
}
