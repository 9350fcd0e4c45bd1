#pragma once
// Reads and writes reception attendance rows (Attendance).

#include "domain/Attendance.h"
#include "storage/Repository.h"

namespace zt {

class AttendanceRepository : public Repository<Attendance, AttendanceRepository>
{
public:
    using Repository::Repository;
    static QString table() { return QStringLiteral("reception_attendance"); }
    static QVariantMap toFields(const Attendance &row);
    static Attendance fromRecord(const QSqlRecord &record);

    // The marks of one session, oldest first (a later mark of the same deputy wins).
    QList<Attendance> listForSession(const QString &stationId, QDate date, const QString &halfDay) const;
    // Every mark in [from, to] (invalid bounds: open), by date.
    QList<Attendance> listBetween(const QString &stationId, QDate from, QDate to) const;
};

} // namespace zt
