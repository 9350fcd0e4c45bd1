#include "common/ThreadCpuTime.h"

#include <ctime>

namespace zt::ThreadCpuTime {

double ms()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

} // namespace zt::ThreadCpuTime
