#pragma once
// A people's congress deputy (人大代表) of one of the five levels, assigned to a station.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QStringList>

namespace zt {

struct Deputy
{
    QString id;
    QString stationId;
    QString pointId;       // empty: the station itself
    QString name;
    QString gender;        // "", male, female
    QString level;         // DeputyLevel code
    QString constituency;
    QString occupation;
    QStringList expertise; // tags used to match deputies to topics: 教育, 心理, 法律, ...
    QString phone;
    QString photoSha256;
    QDate termStart;
    QDate termEnd;
    bool active = true;
    SyncMeta meta;

    bool servesOn(const QDate &day) const
    {
        return active && (!termStart.isValid() || termStart <= day) && (!termEnd.isValid() || day <= termEnd);
    }
};

} // namespace zt
