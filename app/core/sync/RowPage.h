#pragma once
// A bootstrap page in the compact form (format=rows, server/README decision 32), as PageRowScanner read
// it: runs of rows of one table and one column list ("groups", in the page's order), each row's values
// pointing into the page's own UTF-8 text. Nothing is decoded that need not be: a string without
// escapes is bound to SQLite straight from the body, a string with escapes once from the arena.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace zt::sync {

struct RowValue
{
    enum class Kind : quint8 { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    bool inArena = false; // Text: the decoded text is in RowPage::arena (it had escapes), else in body
    qint32 size = 0;      // Text: bytes of UTF-8
    union {
        qint64 integer = 0; // Integer (true/false are 1/0, as the object form binds them)
        qint64 at;          // Text: offset in body or arena
        double real;        // Real
    };
};

struct RowGroup
{
    QString table;
    QStringList columns;    // as the server named them, in the order of each row's values
    qsizetype firstValue = 0; // index in RowPage::values of the first row's first value
    int rows = 0;
};

struct RowPage
{
    // false: the server answered in the object form (a server before decision 32 ignores format=rows);
    // the caller reads the page the old way and nothing else here is filled.
    bool rowsForm = false;
    QByteArray body;  // the page as received (shared, not copied): text values point into it
    QByteArray arena; // decoded strings that had escapes
    QList<RowGroup> groups;
    std::vector<RowValue> values;
    int rowCount = 0;

    // The envelope (as sync::PullPage and the bootstrap answer name it).
    qint64 nextSince = 0;
    bool hasMore = false;
    qint64 scopeEpoch = 0;
    QString serverTime;
    QString pageToken;
    qint64 snapshotSeq = 0;
    qint64 total = 0;
    qint64 done = -1;    // -1: not sent
    qint64 lastSeq = -1; // -1: not sent (only the last page has it)

    const RowValue &value(const RowGroup &group, int row, int column) const
    {
        return values[size_t(group.firstValue + qsizetype(row) * group.columns.size() + column)];
    }
    const char *textData(const RowValue &v) const
    {
        return (v.inArena ? arena.constData() : body.constData()) + v.at;
    }
    QString text(const RowValue &v) const
    {
        return v.kind == RowValue::Kind::Text ? QString::fromUtf8(textData(v), v.size) : QString();
    }
};

} // namespace zt::sync
