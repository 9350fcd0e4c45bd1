#pragma once
// The four accounts of a demo store, one per role, with passwords everybody may know: printed by
// `ztctl demo` and listed in the README, so a demo starts without guessing. Never for a real store.

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace zt {

class Store;

struct DemoAccount
{
    QString username;
    QString displayName;
    QString role;
    QString password;
};

class DemoAccounts
{
    Q_DECLARE_TR_FUNCTIONS(DemoAccounts)
public:
    static QList<DemoAccount> accounts();
    // Creates the accounts in a store that has no user yet (the administrator first, who then
    // creates the others, as on a real PC); leaves nobody signed in.
    static Status create(Store &store);
};

} // namespace zt
