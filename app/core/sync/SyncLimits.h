#pragma once
// The numbers both ends of sync protocol v1 agree on (sync-protocol.md); one place so they never drift.

#include <QtGlobal>

namespace zt::sync {

inline constexpr int kProtocolVersion = 1;
// Mutations in one push: protocol v1 said at most 200. A server now announces its own limit
// (`push_max_mutations` in the login and refresh answers, decision 26); a server that says nothing
// takes kMaxBatchMutations, and the client sends min(the server's, kMaxClientBatchMutations).
inline constexpr int kMaxBatchMutations = 200;
inline constexpr int kMaxClientBatchMutations = 1000;
// What this server takes by default (`[sync] push_max_mutations`): ~1,000 cases fill the 1 MiB body.
inline constexpr int kDefaultServerBatchMutations = 1000;
inline constexpr int kMaxServerBatchMutations = 10000;
inline constexpr qint64 kMaxBatchBytes = 1024 * 1024;
inline constexpr int kDefaultPullLimit = 500;
inline constexpr int kMaxPullLimit = 1000;
// Stamps further ahead of the server's clock than this are refused (a PC with a wrong date).
inline constexpr qint64 kMaxClockAheadMsecs = 24LL * 3600 * 1000;
// The client warns when its clock is further than this from the server's.
inline constexpr qint64 kClockWarningMsecs = 5 * 60 * 1000;

// Attachments (blobs): an upload chunk is at most this (the body limit applies per chunk), and a
// download answer carries at most a slice, so a cut line costs one slice at most.
inline constexpr qint64 kMaxBlobChunkBytes = 1024 * 1024;
inline constexpr qint64 kBlobSliceBytes = 4 * 1024 * 1024;
inline constexpr qint64 kMaxBlobBytes = 200LL * 1024 * 1024;

} // namespace zt::sync
