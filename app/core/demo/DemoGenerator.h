#pragma once
// Fills an empty store with a believable, reproducible station (Baiyun street, Haishu, Ningbo) for
// demonstrations, screenshots, manual testing and benchmarks.

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace zt {

class Store;

struct DemoOptions
{
    quint32 seed = 20050101; // same seed -> same data (apart from UUIDs/hlc)
    int cases = 0;           // 0: the believable station (~1,400 cases over two years); N: scale to N cases
    QDate endDate;           // invalid: Clock::today(); data covers the two years before it
    std::function<bool(qint64 done, qint64 total)> progress; // optional; return false to cancel
};

struct DemoSummary
{
    int deputies = 0;
    int points = 0;
    int departments = 0;
    qint64 visits = 0;
    qint64 visitors = 0; // people received (接待人次): a group visit counts every person
    qint64 cases = 0;
    qint64 events = 0;
};

class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    // Fills a store that is not yet set up: sets it up as Baiyun street station (白云街道人大代表联络站,
    // code 330203006, 宁波市海曙区) with device letter A, loading the reference data first, then generates.
    // The believable station is written with the sync outbox like any edit; a scaled store (cases > 0)
    // skips the outbox and is not meant to be enrolled for sync. Cancelling through progress returns
    // the error demo.cancelled and leaves the batches already written: discard such a store.
    static Result<DemoSummary> generate(Store &store, const DemoOptions &options = {});
};

} // namespace zt
