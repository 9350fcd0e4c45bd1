#include "deputies/RosterImporter.h"

#include "deputies/RosterFileReader.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "storage/DeputyRepository.h"
#include "storage/PointRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace zt {

namespace {

enum class Field { Name, Gender, Level, Constituency, Occupation, Expertise, Phone, Term, TermStart, TermEnd, Place };

// Header words as Excel rosters of people's congress offices spell them (spaces and brackets removed).
const QHash<QString, Field> &headerWords()
{
    static const QHash<QString, Field> words{
        {QStringLiteral("姓名"), Field::Name},           {QStringLiteral("代表姓名"), Field::Name},
        {QStringLiteral("性别"), Field::Gender},         {QStringLiteral("代表层级"), Field::Level},
        {QStringLiteral("层级"), Field::Level},          {QStringLiteral("级别"), Field::Level},
        {QStringLiteral("代表级别"), Field::Level},      {QStringLiteral("代表类别"), Field::Level},
        {QStringLiteral("选区"), Field::Constituency},   {QStringLiteral("选举单位"), Field::Constituency},
        {QStringLiteral("所在选区"), Field::Constituency}, {QStringLiteral("职业"), Field::Occupation},
        {QStringLiteral("工作单位及职务"), Field::Occupation}, {QStringLiteral("职务"), Field::Occupation},
        {QStringLiteral("专长"), Field::Expertise},      {QStringLiteral("专业特长"), Field::Expertise},
        {QStringLiteral("专业领域"), Field::Expertise},  {QStringLiteral("联系电话"), Field::Phone},
        {QStringLiteral("电话"), Field::Phone},          {QStringLiteral("手机"), Field::Phone},
        {QStringLiteral("手机号码"), Field::Phone},      {QStringLiteral("任期"), Field::Term},
        {QStringLiteral("任期开始"), Field::TermStart},  {QStringLiteral("任期结束"), Field::TermEnd},
        {QStringLiteral("联络站"), Field::Place},        {QStringLiteral("联络点"), Field::Place},
        {QStringLiteral("联络站/联络点"), Field::Place}, {QStringLiteral("联络站点"), Field::Place},
        {QStringLiteral("所属联络站"), Field::Place},    {QStringLiteral("所属联络点"), Field::Place},
        {QStringLiteral("进站"), Field::Place},
    };
    return words;
}

QString normalisedHeader(const QString &cell)
{
    QString h = cell;
    h.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}*＊]")));
    h.replace(QChar(0xff08), QLatin1Char('(')).replace(QChar(0xff09), QLatin1Char(')')).replace(QChar(0xff0f), QLatin1Char('/'));
    h.remove(QRegularExpression(QStringLiteral("\\(.*\\)"))); // 联系电话(手机) -> 联系电话
    return h;
}

QString cellOf(const SheetRow &row, int column)
{
    return column >= 0 && column < row.cells.size() ? row.cells.at(column).trimmed() : QString();
}

QDate lastDayOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

// 2022, 2022.01 or 2022-01-01 (any separators); a year or month alone means its first day, or its last
// day for the end of a term.
QDate dateFromText(const QString &text, bool endOfPeriod)
{
    QList<int> n;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(text); it.hasNext();)
        n << it.next().captured().toInt();
    if (n.size() == 1)
        return QDate(n[0], endOfPeriod ? 12 : 1, endOfPeriod ? 31 : 1);
    if (n.size() == 2)
        return endOfPeriod ? lastDayOfMonth(n[0], n[1]) : QDate(n[0], n[1], 1);
    if (n.size() == 3)
        return QDate(n[0], n[1], n[2]);
    return {};
}

} // namespace

QString RosterImporter::levelFromText(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QStringLiteral("人大代表")).remove(QStringLiteral("代表")).remove(QStringLiteral("人大"));
    t.remove(QRegularExpression(QStringLiteral("[\\s()（）级]")));
    if (t == QStringLiteral("全国") || t == QLatin1String("national"))
        return DeputyLevel::National;
    if (t == QStringLiteral("省") || t == QStringLiteral("浙江省") || t == QLatin1String("provincial"))
        return DeputyLevel::Provincial;
    if (t == QStringLiteral("市") || t == QStringLiteral("设区的市") || t == QLatin1String("city"))
        return DeputyLevel::City;
    if (t == QStringLiteral("县") || t == QStringLiteral("区") || t == QStringLiteral("县区") ||
        t == QStringLiteral("区县") || t == QStringLiteral("县市区") || t == QLatin1String("county") ||
        t == QLatin1String("district"))
        return DeputyLevel::County;
    if (t == QStringLiteral("乡镇") || t == QStringLiteral("乡") || t == QStringLiteral("镇") ||
        t == QStringLiteral("街道") || t == QLatin1String("township"))
        return DeputyLevel::Township;
    return {};
}

bool RosterImporter::termFromText(const QString &text, QDate *start, QDate *end)
{
    // 2022-2027, 2022.01-2027.01, 2022年1月至2027年1月, 2022-01-01~2027-01-31: two dates of equal precision.
    // A year alone runs from 1 January to 31 December, a month to its last day.
    QList<int> n;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(text); it.hasNext();)
        n << it.next().captured().toInt();
    QDate s, e;
    if (n.size() == 2) {
        s = QDate(n[0], 1, 1);
        e = QDate(n[1], 12, 31);
    } else if (n.size() == 4) {
        s = QDate(n[0], n[1], 1);
        e = lastDayOfMonth(n[2], n[3]);
    } else if (n.size() == 6) {
        s = QDate(n[0], n[1], n[2]);
        e = QDate(n[3], n[4], n[5]);
    }
    if (!s.isValid() || !e.isValid() || e < s || s.year() < 1950 || e.year() > 2100)
        return false;
    *start = s;
    *end = e;
    return true;
}

bool RosterImporter::isPhoneNumber(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{7,8})$"));
    QString t = text;
    t.remove(QLatin1Char(' '));
    return phone.match(t).hasMatch();
}

QStringList RosterImporter::tagsFromText(const QString &text)
{
    QStringList tags;
    static const QRegularExpression separators(QStringLiteral("[,，、;；/\\s]+"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!tags.contains(part))
            tags << part;
    return tags;
}

Result<RosterImportReport> RosterImporter::importFile(const QString &path)
{
    auto rows = RosterFileReader::read(path);
    if (!rows)
        return rows.error();
    return import(rows.value());
}

Result<RosterImportReport> RosterImporter::import(const QList<SheetRow> &rows)
{
    if (rows.isEmpty())
        return Error{QStringLiteral("roster.empty"), tr("The file holds no rows.")};

    // The header is the first row with a name and a level column; rows above it are titles
    // (e.g. "白云街道人大代表名册").
    int headerIndex = -1;
    QHash<int, int> columns; // int(Field) -> column
    QStringList ignored;
    for (int i = 0; i < std::min<qsizetype>(rows.size(), 5) && headerIndex < 0; ++i) {
        QHash<int, int> found;
        QStringList unknown;
        for (int c = 0; c < rows.at(i).cells.size(); ++c) {
            const QString h = normalisedHeader(rows.at(i).cells.at(c));
            if (h.isEmpty())
                continue;
            const auto it = headerWords().constFind(h);
            if (it == headerWords().constEnd())
                unknown << rows.at(i).cells.at(c).trimmed();
            else if (!found.contains(int(*it)))
                found.insert(int(*it), c);
        }
        if (found.contains(int(Field::Name)) && found.contains(int(Field::Level))) {
            headerIndex = i;
            columns = found;
            ignored = unknown;
        }
    }
    if (headerIndex < 0)
        return Error{QStringLiteral("roster.no_header"),
                     tr("No header row with the columns 姓名 (name) and 代表层级 or 级别 (level) was found in the first "
                        "five rows. Add them and import again.")};
    const auto col = [&](Field f) { return columns.value(int(f), -1); };

    RosterImportReport report;
    report.ignoredColumns = ignored;

    // The station and its points by name, for the 联络站/联络点 column.
    const QString stationName =
        StationRepository(m_store).find(m_store.stationId()).value_or(Station{}).name;
    QHash<QString, QString> pointIdByName;
    for (const Point &p : PointRepository(m_store).listForStation(m_store.stationId()))
        pointIdByName.insert(p.name, p.id);
    // Who is on the roster already, by name and level.
    QHash<QString, Deputy> existing;
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId()))
        existing.insert(d.name + QLatin1Char('|') + d.level, d);

    QList<Deputy> good;
    QList<bool> isUpdate;
    QHash<QString, int> lineOfKey;
    for (int i = headerIndex + 1; i < rows.size(); ++i) {
        const SheetRow &row = rows.at(i);
        ++report.rowsRead;
        QStringList reasons;
        Deputy d;
        d.name = cellOf(row, col(Field::Name));
        d.name.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
        if (d.name.isEmpty())
            reasons << tr("the name is empty");

        const QString levelText = cellOf(row, col(Field::Level));
        d.level = levelFromText(levelText);
        if (levelText.isEmpty())
            reasons << tr("the level is empty");
        else if (d.level.isEmpty())
            reasons << tr("the level \"%1\" is not one of: %2")
                           .arg(levelText, QStringList{DomainText::deputyLevel(DeputyLevel::National),
                                                       DomainText::deputyLevel(DeputyLevel::Provincial),
                                                       DomainText::deputyLevel(DeputyLevel::City),
                                                       DomainText::deputyLevel(DeputyLevel::County),
                                                       DomainText::deputyLevel(DeputyLevel::Township)}
                                               .join(tr(", ")));

        const QString gender = cellOf(row, col(Field::Gender));
        if (gender == QStringLiteral("男") || gender.compare(QLatin1String("male"), Qt::CaseInsensitive) == 0)
            d.gender = QStringLiteral("male");
        else if (gender == QStringLiteral("女") || gender.compare(QLatin1String("female"), Qt::CaseInsensitive) == 0)
            d.gender = QStringLiteral("female");
        else if (!gender.isEmpty())
            reasons << tr("the gender \"%1\" is neither 男 nor 女").arg(gender);

        d.constituency = cellOf(row, col(Field::Constituency));
        d.occupation = cellOf(row, col(Field::Occupation));
        d.expertise = tagsFromText(cellOf(row, col(Field::Expertise)));

        d.phone = cellOf(row, col(Field::Phone)).remove(QLatin1Char(' '));
        if (!d.phone.isEmpty() && !isPhoneNumber(d.phone))
            reasons << tr("the phone \"%1\" is neither a mobile number (11 digits) nor a landline number")
                           .arg(d.phone);

        const QString term = cellOf(row, col(Field::Term));
        if (!term.isEmpty() && !termFromText(term, &d.termStart, &d.termEnd))
            reasons << tr("the term \"%1\" is not a period such as 2022-2027 or 2022.01-2027.01").arg(term);
        for (Field f : {Field::TermStart, Field::TermEnd}) {
            const QString text = cellOf(row, col(f));
            if (text.isEmpty())
                continue;
            const QDate date = dateFromText(text, f == Field::TermEnd);
            if (!date.isValid())
                reasons << tr("the date \"%1\" is not a date such as 2022-01-01").arg(text);
            else if (f == Field::TermStart)
                d.termStart = date;
            else
                d.termEnd = date;
        }
        if (d.termStart.isValid() && d.termEnd.isValid() && d.termEnd < d.termStart)
            reasons << tr("the term ends before it starts");

        const QString place = cellOf(row, col(Field::Place));
        if (!place.isEmpty() && place != stationName && !place.contains(QStringLiteral("联络站"))) {
            if (pointIdByName.contains(place))
                d.pointId = pointIdByName.value(place);
            else
                reasons << tr("there is no liaison point called \"%1\" (add it under Stations and points first)")
                               .arg(place);
        }

        const QString key = d.name + QLatin1Char('|') + d.level;
        if (reasons.isEmpty() && lineOfKey.contains(key))
            reasons << tr("the same deputy is already on line %1").arg(lineOfKey.value(key));
        if (!reasons.isEmpty()) {
            report.problems.append({row.line, reasons.join(tr("; "))});
            continue;
        }
        lineOfKey.insert(key, row.line);
        if (const auto it = existing.constFind(key); it != existing.constEnd()) {
            // Keep what the roster does not carry: id, photo, active flag, and fields left blank.
            Deputy merged = *it;
            merged.gender = d.gender.isEmpty() ? merged.gender : d.gender;
            merged.constituency = d.constituency.isEmpty() ? merged.constituency : d.constituency;
            merged.occupation = d.occupation.isEmpty() ? merged.occupation : d.occupation;
            merged.expertise = d.expertise.isEmpty() ? merged.expertise : d.expertise;
            merged.phone = d.phone.isEmpty() ? merged.phone : d.phone;
            merged.termStart = d.termStart.isValid() ? d.termStart : merged.termStart;
            merged.termEnd = d.termEnd.isValid() ? d.termEnd : merged.termEnd;
            if (!place.isEmpty())
                merged.pointId = d.pointId;
            good << merged;
            isUpdate << true;
        } else {
            good << d;
            isUpdate << false;
        }
    }

    WriteTransaction tx(m_store);
    const DeputyRepository repo(m_store);
    for (int i = 0; i < good.size(); ++i) {
        const Status s = isUpdate.at(i) ? repo.update(tx, good[i]) : repo.insert(tx, good[i]);
        if (!s)
            return Error{QStringLiteral("roster.write_failed"),
                         tr("Nothing was imported: the roster could not be saved (%1).").arg(s.error().message)};
    }
    if (Status s = tx.commit(); !s)
        return Error{QStringLiteral("roster.write_failed"),
                     tr("Nothing was imported: the roster could not be saved (%1).").arg(s.error().message)};
    for (bool updated : isUpdate)
        ++(updated ? report.updated : report.added);
    return report;
}

} // namespace zt
