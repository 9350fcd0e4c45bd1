#include "storage/DeviceLetterRepository.h"

#include "storage/ServerDatabase.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>

namespace zt::server {

namespace {

Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("db.failed"), q.lastError().text()};
}

} // namespace

Status DeviceLetterRepository::record(const QString &stationId, const QString &letter, const QString &deviceId)
{
    // A letter already recorded stays with the device that had it first.
    QSqlQuery &q = m_db.cached(QStringLiteral("INSERT INTO device_letter (station_id, letter, device_id, taken_at) "
                                              "VALUES (?, ?, ?, ?) ON CONFLICT (station_id, letter) DO NOTHING"));
    q.bindValue(0, stationId);
    q.bindValue(1, letter);
    q.bindValue(2, deviceId);
    q.bindValue(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<QSet<QChar>> DeviceLetterRepository::taken(const QString &stationId, const QString &exceptDeviceId)
{
    QSet<QChar> letters;
    QSqlQuery &recorded = m_db.cached(QStringLiteral("SELECT letter FROM device_letter WHERE station_id = ? AND device_id <> ?"));
    recorded.bindValue(0, stationId);
    recorded.bindValue(1, exceptDeviceId);
    if (!recorded.exec())
        return sqlError(recorded);
    while (recorded.next())
        letters.insert(recorded.value(0).toString().front());
    recorded.finish();

    QSqlQuery &code = m_db.cached(QStringLiteral("SELECT code FROM station WHERE id = ?"));
    code.bindValue(0, stationId);
    if (!code.exec())
        return sqlError(code);
    const QString stationCode = code.next() ? code.value(0).toString() : QString();
    code.finish();
    if (stationCode.isEmpty())
        return letters;
    // Numbers drawn by PCs the server has no letter for (every PC before its first fork): the form of
    // CaseNumberAllocator, CODE-YEAR-L0001. Imported ledgers' own numbers do not match it.
    const QRegularExpression form(QStringLiteral("^%1-\\d{4}-([A-Z])\\d+$").arg(QRegularExpression::escape(stationCode)));
    QSqlQuery numbers(m_db.db());
    numbers.setForwardOnly(true);
    numbers.prepare(QStringLiteral("SELECT DISTINCT case_no FROM row_store WHERE tbl = 'cases' AND station_id = ?"));
    numbers.addBindValue(stationId);
    if (!numbers.exec())
        return sqlError(numbers);
    while (numbers.next()) {
        const QRegularExpressionMatch m = form.match(numbers.value(0).toString());
        if (m.hasMatch())
            letters.insert(m.captured(1).at(0));
    }
    return letters;
}

Result<QString> DeviceLetterRepository::assign(const QString &stationId, const QString &oldDeviceId,
                                               const QString &oldLetter, const QString &newDeviceId)
{
    if (oldLetter.size() == 1)
        if (Status s = record(stationId, oldLetter, oldDeviceId); !s)
            return s.error();
    auto letters = taken(stationId);
    if (!letters)
        return letters.error();
    if (oldLetter.size() == 1)
        letters->insert(oldLetter.at(0));
    for (char c = 'A'; c <= 'Z'; ++c) {
        const QChar letter = QLatin1Char(c);
        if (letters->contains(letter))
            continue;
        if (Status s = record(stationId, QString(letter), newDeviceId); !s)
            return s.error();
        return QString(letter);
    }
    return QString();
}

Result<QString> DeviceLetterRepository::choose(const QString &stationId, const QString &deviceId, const QString &wanted,
                                               QString *freeLetter)
{
    auto letters = taken(stationId, deviceId);
    if (!letters)
        return letters.error();
    QString first;
    for (char c = 'A'; c <= 'Z' && first.isEmpty(); ++c)
        if (!letters->contains(QLatin1Char(c)))
            first = QString(QLatin1Char(c));
    if (freeLetter)
        *freeLetter = first;
    if (!wanted.isEmpty() && letters->contains(wanted.at(0)))
        return Error{QStringLiteral("letter_taken"), QStringLiteral("another PC of the station writes %1 into its case numbers").arg(wanted)};
    const QString letter = wanted.isEmpty() ? first : wanted;
    if (letter.isEmpty())
        return Error{QStringLiteral("no_letter_left"), QStringLiteral("all 26 letters are taken at this station")};
    if (Status s = record(stationId, letter, deviceId); !s)
        return s.error();
    return letter;
}

} // namespace zt::server
