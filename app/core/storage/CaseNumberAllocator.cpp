#include "storage/CaseNumberAllocator.h"

#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace zt {

QString CaseNumberAllocator::format(const QString &stationCode, int year, QChar letter, int serial)
{
    // Four digits cover a busy station's year; more simply widen the number.
    return QStringLiteral("%1-%2-%3%4").arg(stationCode).arg(year).arg(letter).arg(serial, 4, 10, QLatin1Char('0'));
}

Result<QString> CaseNumberAllocator::next(WriteTransaction &tx, const QString &stationCode, const QDate &date)
{
    if (stationCode.isEmpty() || !date.isValid())
        return Error{QStringLiteral("case_no.invalid"), tr("A case number needs the station code and a date.")};
    QSqlQuery &q = tx.store().cachedQuery(
        QStringLiteral("INSERT INTO case_serial (year, last_serial) VALUES (?, 1) "
                       "ON CONFLICT(year) DO UPDATE SET last_serial = last_serial + 1 RETURNING last_serial"));
    q.bindValue(0, date.year());
    if (!q.exec() || !q.next()) {
        const QString detail = q.lastError().text();
        q.finish();
        return Error{QStringLiteral("case_no.failed"), tr("No case number could be drawn: %1").arg(detail)};
    }
    const int serial = q.value(0).toInt();
    q.finish();
    // The letter is read in the transaction, not from Store's cache: the sync worker's connection
    // changes it when this store turns out to be a copy (ForkRecovery), while the window's
    // connection stays open.
    QSqlQuery &l = tx.store().cachedQuery(QStringLiteral("SELECT device_letter FROM device WHERE singleton = 1"));
    QChar letter = tx.store().deviceLetter();
    if (l.exec() && l.next() && !l.value(0).toString().isEmpty())
        letter = l.value(0).toString().at(0);
    l.finish();
    return format(stationCode, date.year(), letter, serial);
}

} // namespace zt
