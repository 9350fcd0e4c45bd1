#pragma once
// The numbers both ends of sync protocol v1 agree on (sync-protocol.md); one place so they never drift.

#include <QtGlobal>

namespace zt::sync {

inline constexpr int kProtocolVersion = 1;
inline constexpr int kMaxBatchMutations = 200;
inline constexpr qint64 kMaxBatchBytes = 1024 * 1024;
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 1000;
// Stamps further ahead of the server's clock than this are refused (a PC with a wrong date).
inline constexpr qint64 kMaxClockAheadMsecs = 24LL * 3600 * 1000;

} // namespace zt::sync
