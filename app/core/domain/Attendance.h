#pragma once
// Whether a deputy on duty at a reception session came (marked after the day); feeds the duty record.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QString>

namespace zt {

namespace AttendanceStatus {
inline const QString Attended = QStringLiteral("attended");
inline const QString Absent = QStringLiteral("absent");
// Came in place of the deputy on the schedule (counts as attended for the one who came).
inline const QString Substitute = QStringLiteral("substitute");
} // namespace AttendanceStatus

struct Attendance
{
    QString id;
    QString stationId;
    QDate sessionDate;
    QString halfDay; // HalfDay code
    QString deputyId;
    QString ruleId;  // empty for a session outside the rules
    QString status;  // AttendanceStatus code
    QString note;
    SyncMeta meta;

    bool present() const { return status == AttendanceStatus::Attended || status == AttendanceStatus::Substitute; }
};

} // namespace zt
