#pragma once
// Reads typed values out of a QSqlRecord by column name, treating SQL NULL as empty.

#include "domain/SyncMeta.h"

#include <QDate>
#include <QDateTime>
#include <QSqlRecord>
#include <QVariant>

namespace zt {

class RecordReader
{
public:
    explicit RecordReader(const QSqlRecord &record) : m_record(record) {}

    QString text(const char *column) const
    {
        const QVariant v = m_record.value(QLatin1String(column));
        return v.isNull() ? QString() : v.toString();
    }
    qint64 integer(const char *column) const { return m_record.value(QLatin1String(column)).toLongLong(); }
    bool flag(const char *column) const { return m_record.value(QLatin1String(column)).toInt() != 0; }
    QDate date(const char *column) const { return QDate::fromString(text(column), Qt::ISODate); }
    QDateTime dateTime(const char *column) const
    {
        return QDateTime::fromString(text(column), Qt::ISODateWithMs).toUTC();
    }
    SyncMeta meta() const { return {integer("sv"), text("hlc"), flag("deleted"), text("updated_by")}; }

private:
    const QSqlRecord &m_record;
};

// Values for the write path: an empty id or an invalid date is SQL NULL.
inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
inline QVariant nullableDate(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant timestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

} // namespace zt
