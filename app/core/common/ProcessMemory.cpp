#include "common/ProcessMemory.h"

#include <cstdlib> // defines __GLIBC__ (through <features.h>) for the test below

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace zt::ProcessMemory {

bool configure()
{
#if defined(__GLIBC__)
    // Keep up to 64 MiB free at a heap's top (plus 4 MiB of padding on each growth) instead of
    // giving it back at once.
    const bool trim = mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024) == 1;
    const bool pad = mallopt(M_TOP_PAD, 4 * 1024 * 1024) == 1;
    // Setting the trim threshold switches off glibc's sliding mmap threshold, so every buffer over
    // 128 KiB (a bootstrap page is ~700 KiB, then copied into the response and the TLS writes) would
    // be a fresh mmap, faulted in and unmapped again. Buffers up to 32 MiB come from the heap.
    const bool mmap = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) == 1;
    return trim && pad && mmap;
#else
    return false;
#endif
}

} // namespace zt::ProcessMemory
