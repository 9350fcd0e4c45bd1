#include "refdata/ReferenceDataLoader.h"

#include "common/Clock.h"
#include "refdata/CsvReader.h"
#include "refdata/DivisionCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace zt {

namespace {

QString resourceOf(const QString &dataset)
{
    return QStringLiteral(":/data/%1.csv").arg(dataset);
}

Result<QByteArray> readResource(const QString &dataset)
{
    QFile file(resourceOf(dataset));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("refdata.missing"),
                     ReferenceDataLoader::tr("The reference data %1 is missing from the program.").arg(dataset)};
    return file.readAll();
}

Result<QList<Division>> parseDivisions(const QByteArray &bytes)
{
    const QString source = ReferenceDataLoader::divisionsDataset();
    auto rows = CsvReader::parse(bytes, {QStringLiteral("code"), QStringLiteral("name")}, source);
    if (!rows)
        return rows.error();
    QList<Division> divisions;
    divisions.reserve(rows->size());
    for (const CsvReader::Row &row : std::as_const(rows.value())) {
        const QString &code = row.fields.at(0);
        const int level = DivisionCatalog::levelOf(code);
        if (level == Division::Invalid || row.fields.at(1).trimmed().isEmpty())
            return Error{QStringLiteral("refdata.malformed"),
                         ReferenceDataLoader::tr("%1, line %2: \"%3\" is not a division code with a name.")
                             .arg(source)
                             .arg(row.line)
                             .arg(code)};
        divisions.append({code, DivisionCatalog::parentOf(code), level, row.fields.at(1)});
    }
    return divisions;
}

Result<QList<CalendarDay>> parseCalendar(const QByteArray &bytes)
{
    const QString source = ReferenceDataLoader::calendarDataset();
    auto rows = CsvReader::parse(
        bytes, {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name_zh"), QStringLiteral("name_en")},
        source);
    if (!rows)
        return rows.error();
    QList<CalendarDay> days;
    days.reserve(rows->size());
    for (const CsvReader::Row &row : std::as_const(rows.value())) {
        const QDate day = QDate::fromString(row.fields.at(0), Qt::ISODate);
        const QString &kind = row.fields.at(1);
        const bool holiday = kind == QLatin1String("holiday");
        if (!day.isValid() || row.fields.at(0).size() != 10 || (!holiday && kind != QLatin1String("workday")))
            return Error{QStringLiteral("refdata.malformed"),
                         ReferenceDataLoader::tr("%1, line %2: expected a date (YYYY-MM-DD) and holiday or workday.")
                             .arg(source)
                             .arg(row.line)};
        days.append({day, holiday ? CalendarDay::Holiday : CalendarDay::Workday, row.fields.at(2), row.fields.at(3)});
    }
    return days;
}

Error writeFailed(const QSqlQuery &q)
{
    return {
        QStringLiteral("refdata.failed"),
        ReferenceDataLoader::tr("The reference data could not be saved in the store: %1").arg(q.lastError().text())};
}

Status replaceDivisions(const QSqlDatabase &db, const QList<Division> &divisions)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM division")))
        return writeFailed(q);
    if (!q.prepare(QStringLiteral("INSERT INTO division (code, parent_code, level, name) VALUES (?, ?, ?, ?)")))
        return writeFailed(q);
    for (const Division &d : divisions) {
        q.bindValue(0, d.code);
        q.bindValue(1, d.parentCode.isEmpty() ? QVariant() : QVariant(d.parentCode));
        q.bindValue(2, d.level);
        q.bindValue(3, d.name);
        if (!q.exec())
            return writeFailed(q);
    }
    return {};
}

Status replaceCalendar(const QSqlDatabase &db, const QList<CalendarDay> &days)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM calendar_day")))
        return writeFailed(q);
    if (!q.prepare(QStringLiteral("INSERT INTO calendar_day (day, kind, name, name_en) VALUES (?, ?, ?, ?)")))
        return writeFailed(q);
    for (const CalendarDay &d : days) {
        q.bindValue(0, d.day.toString(Qt::ISODate));
        q.bindValue(1, d.kind == CalendarDay::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday"));
        q.bindValue(2, d.name);
        q.bindValue(3, d.nameEn);
        if (!q.exec())
            return writeFailed(q);
    }
    return {};
}

Status loadDataset(const QSqlDatabase &db, const QString &dataset, const QByteArray &bytes)
{
    if (dataset == ReferenceDataLoader::divisionsDataset()) {
        auto divisions = parseDivisions(bytes);
        return divisions ? replaceDivisions(db, divisions.value()) : Status(divisions.error());
    }
    auto days = parseCalendar(bytes);
    return days ? replaceCalendar(db, days.value()) : Status(days.error());
}

} // namespace

QString ReferenceDataLoader::embeddedVersion(const QString &dataset)
{
    // Hashing ~0.7 MB once per process keeps a store open that needs no reload cheap.
    static const QHash<QString, QString> versions = [] {
        QHash<QString, QString> hash;
        for (const QString &name : {divisionsDataset(), calendarDataset()}) {
            const auto bytes = readResource(name);
            if (bytes)
                hash.insert(name, QString::fromLatin1(
                                      QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha1).toHex()));
        }
        return hash;
    }();
    return versions.value(dataset);
}

Result<QList<Division>> ReferenceDataLoader::embeddedDivisions()
{
    const auto bytes = readResource(divisionsDataset());
    if (!bytes)
        return bytes.error();
    return parseDivisions(bytes.value());
}

Result<QList<CalendarDay>> ReferenceDataLoader::embeddedCalendar()
{
    const auto bytes = readResource(calendarDataset());
    if (!bytes)
        return bytes.error();
    return parseCalendar(bytes.value());
}

Status ReferenceDataLoader::ensureLoaded(const QSqlDatabase &db)
{
    QHash<QString, QString> stored;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT dataset, version FROM reference_data")))
            return Error{QStringLiteral("refdata.failed"),
                         tr("The store has no place for reference data: %1").arg(q.lastError().text())};
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toString());
    }

    QStringList stale;
    for (const QString &dataset : {divisionsDataset(), calendarDataset()}) {
        const QString version = embeddedVersion(dataset);
        if (version.isEmpty())
            return Error{QStringLiteral("refdata.missing"),
                         tr("The reference data %1 is missing from the program.").arg(dataset)};
        if (stored.value(dataset) != version)
            stale << dataset;
    }
    if (stale.isEmpty())
        return {};

    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return writeFailed(tx);
    auto rollback = [&db](Status failure) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return failure;
    };
    const QString now = Clock::nowUtc().toString(Qt::ISODateWithMs);
    for (const QString &dataset : std::as_const(stale)) {
        const auto bytes = readResource(dataset);
        if (!bytes)
            return rollback(bytes.error());
        // The version is taken from the bytes actually loaded, not the cached hash.
        const QString version =
            QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha1).toHex());
        Status loaded = loadDataset(db, dataset, bytes.value());
        if (!loaded)
            return rollback(loaded);
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT OR REPLACE INTO reference_data (dataset, version, loaded_at) "
                                      "VALUES (?, ?, ?)"));
        record.addBindValue(dataset);
        record.addBindValue(version);
        record.addBindValue(now);
        if (!record.exec())
            return rollback(writeFailed(record));
    }
    if (!tx.exec(QStringLiteral("COMMIT")))
        return rollback(writeFailed(tx));
    return {};
}

} // namespace zt
