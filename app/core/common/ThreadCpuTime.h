#pragma once
// The CPU time of the calling thread, for log lines and benchmarks that must tell a thread's own work
// from the time it waited for a core (on a loaded 2-core machine wall times inside a lock say little).
// The server's request log, its push log and push-group log, and bench_sync each had a copy.

namespace zt::ThreadCpuTime {

// Milliseconds of CPU this thread has used (nanosecond resolution where the system has it).
double ms();

} // namespace zt::ThreadCpuTime
