#pragma once
// Puts a receipt together from what the store holds about a saved visit, so the receipt can be printed
// again later from today's list exactly as it was the first time.

#include "common/Result.h"
#include "reception/Receipt.h"

#include <QCoreApplication>

namespace zt {

class Store;

class ReceiptBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)
public:
    static Result<Receipt> forVisit(Store &store, const QString &visitId);
};

} // namespace zt
