#pragma once
// The C library's heap policy for this process, set once at start-up by every main() (the app,
// ztctl, the server) and by the benchmarks that run the same code in-process.
//
// glibc gives memory at the top of a heap back to the kernel as soon as more than 128 KiB is free
// there. SQLite opens and drops in-memory journals and temporary B-trees for many statements (the
// server's row check does it for every pushed row), so the heap top grew and shrank for every row:
// each shrink is a brk()/madvise() whose TLB shoot-down is slow on a VM, and the growth after it
// faults zeroed pages back in. Measured (perf, bench_pushreferences, a thread of its own): the
// validator's test insert 500-640 us a row with glibc's defaults, 10-16 us with these settings.
// Moved here from the server's main(), which had them since session 5 (bootstrap pages were fresh
// mmaps otherwise, over half of a bootstrap's server CPU).

namespace zt::ProcessMemory {

// Call before any thread starts. Returns false when the C library has no such settings (not
// glibc): then its defaults stay.
bool configure();

} // namespace zt::ProcessMemory
