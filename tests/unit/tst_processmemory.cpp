// The heap policy every main() sets (common/ProcessMemory.h): memory freed at the top of the heap
// stays mapped for the next rows instead of going back to the kernel after every row, which made
// the server's row check 30-50x slower (bench_pushreferences). The settings are process-wide and
// cannot be undone, so this test runs them once, as the programs do.

#include "common/ProcessMemory.h"

#include <QtTest>
#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

class tst_ProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void freedMemoryAtTheHeapTopStaysMapped()
    {
#if !defined(__GLIBC__)
        // No such settings outside glibc: configure() says so and changes nothing.
        QVERIFY(!zt::ProcessMemory::configure());
#else
        QVERIFY2(zt::ProcessMemory::configure(), "mallopt refused the settings (or the build lost __GLIBC__)");
        // About 8 MiB in blocks of the size SQLite's page cache asks for, freed again: with glibc's
        // defaults the heap top is given back beyond 128 KiB, so at most a few hundred KiB would be kept; 4 MiB is asked for.
        std::vector<void *> blocks;
        for (int i = 0; i < 2000; ++i)
            blocks.push_back(std::malloc(4200));
        for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
            std::free(*it);
        const struct mallinfo2 info = mallinfo2();
        QVERIFY2(info.keepcost >= 4u * 1024 * 1024, qPrintable(QStringLiteral("kept %1 bytes").arg(info.keepcost)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_ProcessMemory)
#include "tst_processmemory.moc"
