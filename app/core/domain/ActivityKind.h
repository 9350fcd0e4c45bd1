#pragma once
// The kinds of activity a station records (station_activity.kind) and their names for people.

#include <QCoreApplication>
#include <QStringList>

namespace zt {

class ActivityKind
{
    Q_DECLARE_TR_FUNCTIONS(ActivityKind)
public:
    static const QStringList &all();
    static QString label(const QString &code);
};

} // namespace zt
