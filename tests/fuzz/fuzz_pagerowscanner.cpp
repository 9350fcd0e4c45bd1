// libFuzzer target: the compact bootstrap page (format=rows, server/README decision 32) as the client
// scans it, and a stored row's members as the server splits them. A damaged page must never crash either;
// a page the scanner takes must be valid JSON to Qt's parser too, with the same rows and values (what
// the object form would have stored), so the scanner never applies what the protocol calls damaged.

#include "sync/JsonMembers.h"
#include "sync/PageRowScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Qt keeps a lone surrogate escape as it is (text SQLite could only store as invalid UTF-8); the scanner
// makes U+FFFD of it.
QString withoutLoneSurrogates(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar(0xFFFD);
    }
    return out;
}

void checkValue(const zt::sync::RowPage &page, const zt::sync::RowValue &v, const QJsonValue &q)
{
    using Kind = zt::sync::RowValue::Kind;
    switch (q.type()) {
    case QJsonValue::String:
        check(v.kind == Kind::Text && page.text(v) == withoutLoneSurrogates(q.toString()));
        break;
    case QJsonValue::Bool:
        check(v.kind == Kind::Integer && v.integer == (q.toBool() ? 1 : 0));
        break;
    case QJsonValue::Double: {
        const double d = q.toDouble();
        if (v.kind == Kind::Integer)
            check(double(v.integer) == d || std::abs(double(v.integer) - d) <= std::abs(d) * 1e-15);
        else if (v.kind == Kind::Real)
            check(v.real == d || std::abs(v.real - d) <= std::abs(d) * 1e-15);
        else
            check(false);
        break;
    }
    default:
        check(v.kind == Kind::Null);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    zt::sync::JsonMembers::List members;
    (void)zt::sync::JsonMembers::split(body, members);

    auto scanned = zt::sync::PageRowScanner::scan(body);
    if (!scanned)
        return 0;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    check(error.error == QJsonParseError::NoError && doc.isObject());
    const zt::sync::RowPage &page = scanned.value();
    const QJsonObject o = doc.object();
    if (!page.rowsForm) {
        check(o.contains(QStringLiteral("rows")) && !o.contains(QStringLiteral("groups")));
        return 0;
    }
    check(page.hasMore == o.value(QStringLiteral("has_more")).toBool());
    check(page.serverTime == withoutLoneSurrogates(o.value(QStringLiteral("server_time")).toString()));
    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    check(groups.size() == page.groups.size());
    int rows = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const zt::sync::RowGroup &group = page.groups.at(g);
        const QJsonObject q = groups.at(g).toObject();
        check(group.table == withoutLoneSurrogates(q.value(QStringLiteral("tbl")).toString()));
        const QJsonArray columns = q.value(QStringLiteral("columns")).toArray();
        check(columns.size() == group.columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c)
            check(withoutLoneSurrogates(columns.at(c).toString()) == group.columns.at(c));
        const QJsonArray list = q.value(QStringLiteral("rows")).toArray();
        check(list.size() == group.rows);
        for (int r = 0; r < group.rows; ++r) {
            const QJsonArray values = list.at(r).toArray();
            check(values.size() == group.columns.size());
            for (qsizetype c = 0; c < values.size(); ++c)
                checkValue(page, page.value(group, r, int(c)), values.at(c));
        }
        rows += group.rows;
    }
    check(rows == page.rowCount);
    return 0;
}
