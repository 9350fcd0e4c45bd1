#pragma once
// Opens the store for the GUI. When the file is damaged or unreadable it says so, names the path and
// offers to restore the newest backup, instead of crashing.

#include "storage/Store.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class QWidget;

namespace zt {

class StoreRecovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreRecovery)
public:
    // The question shown to the user: (title, text) -> true to restore. Tests replace it.
    using Ask = std::function<bool(const QString &title, const QString &text)>;
    using Tell = std::function<void(const QString &title, const QString &text)>;

    static std::unique_ptr<Store> open(const QString &path, QWidget *parent);
    static std::unique_ptr<Store> open(const QString &path, const Ask &ask, const Tell &tell);
};

} // namespace zt
