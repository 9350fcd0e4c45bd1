#include "refdata/DivisionCatalog.h"

#include <QSqlQuery>
#include <QVariant>

namespace zt {

namespace {

bool allDigits(const QString &code)
{
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

DivisionCatalog::DivisionCatalog(const QSqlDatabase &db) : m_db(db) {}

int DivisionCatalog::levelOf(const QString &code)
{
    if (!allDigits(code))
        return Division::Invalid;
    switch (code.size()) {
    case 12:
        return Division::Village;
    case 9:
        return Division::Township;
    case 6:
        if (code.startsWith(QLatin1String("00")))
            return Division::Invalid;
        if (code.endsWith(QLatin1String("0000")))
            return Division::Province;
        return code.endsWith(QLatin1String("00")) ? Division::City : Division::County;
    default:
        return Division::Invalid;
    }
}

QString DivisionCatalog::parentOf(const QString &code)
{
    switch (levelOf(code)) {
    case Division::Village:
        return code.left(9);
    case Division::Township:
        return code.left(6);
    case Division::County:
        return code.left(4) + QLatin1String("00");
    case Division::City:
        return code.left(2) + QLatin1String("0000");
    default:
        return {};
    }
}

QList<Division> DivisionCatalog::select(const QString &where, const QVariantList &values) const
{
    QList<Division> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // where is one of the fixed conditions in this file; values are bound.
    q.prepare(QStringLiteral("SELECT code, parent_code, level, name FROM division WHERE %1 ORDER BY code").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return list;
}

std::optional<Division> DivisionCatalog::find(const QString &code) const
{
    const QList<Division> found = select(QStringLiteral("code = ?"), {code});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Division> DivisionCatalog::children(const QString &code) const
{
    if (code.isEmpty())
        return select(QStringLiteral("parent_code IS NULL"), {});
    return select(QStringLiteral("parent_code = ?"), {code});
}

QList<Division> DivisionCatalog::villagesOf(const QString &townshipCode) const
{
    if (levelOf(townshipCode) != Division::Township)
        return {};
    return select(QStringLiteral("parent_code = ? AND level = ?"), {townshipCode, int(Division::Village)});
}

QString DivisionCatalog::fullName(const QString &code) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Follows the stored parent links up in one query; the level bound stops a cycle in damaged data.
    q.prepare(QStringLiteral("WITH RECURSIVE up(code, parent_code, level, name, depth) AS ("
                             " SELECT code, parent_code, level, name, 0 FROM division WHERE code = ?"
                             " UNION ALL"
                             " SELECT d.code, d.parent_code, d.level, d.name, up.depth + 1"
                             " FROM division d JOIN up ON d.code = up.parent_code WHERE up.depth < 5)"
                             " SELECT name FROM up ORDER BY depth DESC"));
    q.addBindValue(code);
    QString name;
    if (!q.exec())
        return name;
    while (q.next())
        name += q.value(0).toString();
    return name;
}

} // namespace zt
