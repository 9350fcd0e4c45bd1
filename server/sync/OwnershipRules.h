#pragma once
// Who wins a real conflict (sync-protocol.md, "Who wins a real conflict"): for each table and field,
// whether the station's or the district's value stands when both changed it.

#include <QString>

namespace zt::server {

class OwnershipRules
{
public:
    enum class Owner { Station, District };
    static Owner ownerOf(const QString &table, const QString &field);
    // Tables whose rows never change after insert (apart from the tombstone): updates are refused.
    static bool isImmutable(const QString &table);
    // Fields of append-only tables that must never change once written.
    static bool isAppendOnlyField(const QString &table, const QString &field);
};

} // namespace zt::server
