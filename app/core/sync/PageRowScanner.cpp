#include "sync/PageRowScanner.h"

#include <charconv>
#include <cmath>

namespace zt::sync {

namespace {

// One pass over the page's bytes. Every function returns false on malformed input with m_error set
// (the first error wins) and the position left where it was found.
class Scanner
{
public:
    Scanner(const QByteArray &body, RowPage &page)
        : m_begin(body.constData()), m_p(body.constData()), m_end(body.constData() + body.size()), m_page(page)
    {
    }

    bool page();
    QString error() const { return m_error; }
    qsizetype offset() const { return m_p - m_begin; }

private:
    bool fail(const char *what)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(what);
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool expect(char c, const char *what)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != c)
            return fail(what);
        ++m_p;
        return true;
    }
    // At '{' or '[' (after space): consumes it and says whether the container is empty (and consumes
    // its closing bracket too then).
    bool open(char c, bool &empty, const char *what)
    {
        if (!expect(c, what))
            return false;
        skipSpace();
        empty = m_p < m_end && *m_p == (c == '{' ? '}' : ']');
        if (empty)
            ++m_p;
        return true;
    }
    // After a member or element: ',' (more follows: true in more) or the closing bracket.
    bool next(char close, bool &more)
    {
        skipSpace();
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            more = true;
            return true;
        }
        if (m_p < m_end && *m_p == close) {
            ++m_p;
            more = false;
            return true;
        }
        return fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    bool string(RowValue &out);
    bool stringText(QString &out);
    bool key(QByteArrayView &out);
    bool number(RowValue &out);
    bool integer(qint64 &out);
    bool boolean(bool &out);
    bool value(RowValue &out);
    bool skip(int depth = 0);
    bool groups();
    bool group();
    bool utf8Sequence();
    void appendUtf8(char32_t c);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    RowPage &m_page;
    QString m_error;
};

// A multi-byte UTF-8 sequence at m_p (a byte >= 0x80): well-formed, shortest form, no surrogates.
bool Scanner::utf8Sequence()
{
    const auto b0 = quint8(*m_p);
    int extra = 0;
    char32_t c = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        extra = 1;
        c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        extra = 2;
        c = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        extra = 3;
        c = b0 & 0x07;
    } else {
        return fail("invalid UTF-8");
    }
    if (m_end - m_p <= extra)
        return fail("invalid UTF-8");
    for (int i = 1; i <= extra; ++i) {
        const auto b = quint8(m_p[i]);
        if ((b & 0xC0) != 0x80)
            return fail("invalid UTF-8");
        c = (c << 6) | (b & 0x3F);
    }
    if ((extra == 2 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (extra == 3 && (c < 0x10000 || c > 0x10FFFF)))
        return fail("invalid UTF-8");
    m_p += extra + 1;
    return true;
}

void Scanner::appendUtf8(char32_t c)
{
    QByteArray &a = m_page.arena;
    if (c < 0x80) {
        a += char(c);
    } else if (c < 0x800) {
        a += char(0xC0 | (c >> 6));
        a += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        a += char(0xE0 | (c >> 12));
        a += char(0x80 | ((c >> 6) & 0x3F));
        a += char(0x80 | (c & 0x3F));
    } else {
        a += char(0xF0 | (c >> 18));
        a += char(0x80 | ((c >> 12) & 0x3F));
        a += char(0x80 | ((c >> 6) & 0x3F));
        a += char(0x80 | (c & 0x3F));
    }
}

// A JSON string at m_p. Without escapes it stays where it is in the body; with escapes it is decoded
// once into the arena. A lone surrogate escape becomes U+FFFD (what Qt's parser makes of it too).
bool Scanner::string(RowValue &out)
{
    skipSpace();
    if (m_p >= m_end || *m_p != '"')
        return fail("expected a string");
    const char *start = ++m_p;
    for (;;) {
        while (m_p < m_end && quint8(*m_p) >= 0x20 && *m_p != '"' && *m_p != '\\' && quint8(*m_p) < 0x80)
            ++m_p;
        if (m_p >= m_end)
            return fail("unterminated string");
        const char c = *m_p;
        if (c == '"') {
            out.kind = RowValue::Kind::Text;
            out.inArena = false;
            out.at = start - m_begin;
            out.size = qint32(m_p - start);
            ++m_p;
            return true;
        }
        if (c == '\\')
            break;
        if (quint8(c) < 0x20)
            return fail("control character in a string");
        if (!utf8Sequence())
            return false;
    }
    // Escapes: the text so far and the rest go to the arena.
    const qsizetype at = m_page.arena.size();
    m_page.arena.append(start, m_p - start);
    for (;;) {
        const char *run = m_p;
        while (m_p < m_end && quint8(*m_p) >= 0x20 && *m_p != '"' && *m_p != '\\' && quint8(*m_p) < 0x80)
            ++m_p;
        m_page.arena.append(run, m_p - run);
        if (m_p >= m_end)
            return fail("unterminated string");
        const char c = *m_p;
        if (c == '"') {
            ++m_p;
            break;
        }
        if (quint8(c) < 0x20)
            return fail("control character in a string");
        if (c != '\\') {
            const char *seq = m_p;
            if (!utf8Sequence())
                return false;
            m_page.arena.append(seq, m_p - seq);
            continue;
        }
        if (++m_p >= m_end)
            return fail("unterminated string");
        const char e = *m_p++;
        switch (e) {
        case '"': m_page.arena += '"'; break;
        case '\\': m_page.arena += '\\'; break;
        case '/': m_page.arena += '/'; break;
        case 'b': m_page.arena += '\b'; break;
        case 'f': m_page.arena += '\f'; break;
        case 'n': m_page.arena += '\n'; break;
        case 'r': m_page.arena += '\r'; break;
        case 't': m_page.arena += '\t'; break;
        case 'u': {
            auto hex4 = [this](char32_t &v) {
                if (m_end - m_p < 4)
                    return false;
                v = 0;
                for (int i = 0; i < 4; ++i) {
                    const char h = *m_p++;
                    v <<= 4;
                    if (h >= '0' && h <= '9')
                        v |= char32_t(h - '0');
                    else if (h >= 'a' && h <= 'f')
                        v |= char32_t(h - 'a' + 10);
                    else if (h >= 'A' && h <= 'F')
                        v |= char32_t(h - 'A' + 10);
                    else
                        return false;
                }
                return true;
            };
            char32_t u = 0;
            if (!hex4(u))
                return fail("bad \\u escape");
            if (u >= 0xD800 && u <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                const char *back = m_p;
                m_p += 2;
                char32_t low = 0;
                if (!hex4(low))
                    return fail("bad \\u escape");
                if (low >= 0xDC00 && low <= 0xDFFF)
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                else
                    m_p = back; // a lone high surrogate, then another escape read on its own
            }
            appendUtf8(u >= 0xD800 && u <= 0xDFFF ? char32_t(0xFFFD) : u);
            break;
        }
        default:
            return fail("bad escape in a string");
        }
    }
    out.kind = RowValue::Kind::Text;
    out.inArena = true;
    out.at = at;
    out.size = qint32(m_page.arena.size() - at);
    return true;
}

bool Scanner::stringText(QString &out)
{
    RowValue v;
    if (!string(v))
        return false;
    out = m_page.text(v);
    return true;
}

// A member name, as raw bytes (the names compared against are plain ASCII without escapes).
bool Scanner::key(QByteArrayView &out)
{
    RowValue v;
    if (!string(v))
        return false;
    out = QByteArrayView(m_page.textData(v), v.size);
    return expect(':', "expected ':'");
}

// A JSON number: whole numbers as integers, others as reals; a real with a whole value is an integer
// too (what the object form binds: QJsonValue keeps every number as a double).
bool Scanner::number(RowValue &out)
{
    const char *start = m_p;
    bool whole = true;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end || *m_p < '0' || *m_p > '9')
        return fail("bad number");
    if (*m_p == '0')
        ++m_p;
    else
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    if (m_p < m_end && *m_p == '.') {
        whole = false;
        ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail("bad number");
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        whole = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || *m_p < '0' || *m_p > '9')
            return fail("bad number");
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
    }
    if (whole) {
        qint64 v = 0;
        const auto [end, ec] = std::from_chars(start, m_p, v);
        if (ec == std::errc() && end == m_p) {
            out.kind = RowValue::Kind::Integer;
            out.integer = v;
            return true;
        }
    }
    double d = 0;
    const auto [end, ec] = std::from_chars(start, m_p, d);
    if (end != m_p || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return fail("bad number");
    if (ec == std::errc::result_out_of_range)
        return fail("number out of range"); // Qt's parser refuses it too (IllegalNumber)
    if (std::isfinite(d) && d == std::trunc(d) && d >= -9.2e18 && d <= 9.2e18) {
        out.kind = RowValue::Kind::Integer;
        out.integer = qint64(d);
    } else {
        out.kind = RowValue::Kind::Real;
        out.real = d;
    }
    return true;
}

bool Scanner::integer(qint64 &out)
{
    skipSpace();
    RowValue v;
    if (!number(v) || v.kind != RowValue::Kind::Integer)
        return fail("expected a whole number");
    out = v.integer;
    return true;
}

bool Scanner::boolean(bool &out)
{
    skipSpace();
    if (m_end - m_p >= 4 && memcmp(m_p, "true", 4) == 0) {
        m_p += 4;
        out = true;
        return true;
    }
    if (m_end - m_p >= 5 && memcmp(m_p, "false", 5) == 0) {
        m_p += 5;
        out = false;
        return true;
    }
    return fail("expected true or false");
}

// A row's value: string, number, true/false (1/0), null; an array or object (which no column holds)
// is read over and stored as NULL, as the object form does.
bool Scanner::value(RowValue &out)
{
    skipSpace();
    if (m_p >= m_end)
        return fail("unexpected end");
    switch (*m_p) {
    case '"':
        return string(out);
    case 't':
    case 'f': {
        bool b = false;
        if (!boolean(b))
            return false;
        out.kind = RowValue::Kind::Integer;
        out.integer = b ? 1 : 0;
        return true;
    }
    case 'n':
        if (m_end - m_p >= 4 && memcmp(m_p, "null", 4) == 0) {
            m_p += 4;
            out.kind = RowValue::Kind::Null;
            return true;
        }
        return fail("bad literal");
    case '[':
    case '{':
        out.kind = RowValue::Kind::Null;
        return skip();
    default:
        return number(out);
    }
}

// Any JSON value, checked and passed over (a member this client does not know, a nested value).
bool Scanner::skip(int depth)
{
    if (depth > 64)
        return fail("nested too deeply");
    skipSpace();
    if (m_p >= m_end)
        return fail("unexpected end");
    if (*m_p == '{' || *m_p == '[') {
        const char opener = *m_p;
        const char close = opener == '{' ? '}' : ']';
        bool empty = false;
        if (!open(opener, empty, "expected '{' or '['"))
            return false;
        for (bool more = !empty; more;) {
            if (opener == '{') {
                QByteArrayView name;
                if (!key(name))
                    return false;
            }
            if (!skip(depth + 1) || !next(close, more))
                return false;
        }
        return true;
    }
    RowValue v;
    const qsizetype arena = m_page.arena.size();
    const bool ok = value(v);
    m_page.arena.truncate(arena);
    return ok;
}

bool Scanner::group()
{
    RowGroup g;
    g.firstValue = qsizetype(m_page.values.size());
    bool hasTable = false;
    bool hasColumns = false;
    bool hasRows = false;
    bool sawTable = false;
    qsizetype rowLength = -1;
    bool empty = false;
    if (!open('{', empty, "expected a group object"))
        return false;
    for (bool more = !empty; more;) {
        QByteArrayView name;
        if (!key(name))
            return false;
        if (name == "tbl") {
            if (sawTable)
                return fail("a group's table twice");
            sawTable = true;
            if (!stringText(g.table))
                return false;
            hasTable = !g.table.isEmpty();
        } else if (name == "columns") {
            if (hasColumns)
                return fail("a group's columns twice");
            bool none = false;
            if (!open('[', none, "expected the columns array"))
                return false;
            for (bool moreColumns = !none; moreColumns;) {
                QString column;
                if (!stringText(column))
                    return false;
                if (column.isEmpty() || g.columns.contains(column))
                    return fail("an empty or repeated column name");
                g.columns << column;
                if (!next(']', moreColumns))
                    return false;
            }
            hasColumns = true;
        } else if (name == "rows") {
            if (hasRows)
                return fail("a group's rows twice");
            hasRows = true;
            bool none = false;
            if (!open('[', none, "expected the rows array"))
                return false;
            for (bool moreRows = !none; moreRows;) {
                const size_t first = m_page.values.size();
                bool emptyRow = false;
                if (!open('[', emptyRow, "expected a row array"))
                    return false;
                for (bool moreValues = !emptyRow; moreValues;) {
                    m_page.values.emplace_back();
                    if (!value(m_page.values.back()) || !next(']', moreValues))
                        return false;
                }
                const qsizetype length = qsizetype(m_page.values.size() - first);
                if (rowLength >= 0 && length != rowLength)
                    return fail("rows of one group with different numbers of values");
                rowLength = length;
                ++g.rows;
                if (!next(']', moreRows))
                    return false;
            }
        } else if (!skip()) {
            return false;
        }
        if (!next('}', more))
            return false;
    }
    if (!hasTable || !hasColumns)
        return fail("a group without its table or columns");
    if (g.rows > 0 && rowLength != g.columns.size())
        return fail("a row with more or fewer values than its group's columns");
    m_page.rowCount += g.rows;
    m_page.groups.append(std::move(g));
    return true;
}

bool Scanner::groups()
{
    bool empty = false;
    if (!open('[', empty, "expected the groups array"))
        return false;
    for (bool more = !empty; more;)
        if (!group() || !next(']', more))
            return false;
    return true;
}

bool Scanner::page()
{
    bool empty = false;
    if (!open('{', empty, "expected an object"))
        return false;
    bool sawGroups = false;
    bool sawRows = false;
    for (bool more = !empty; more;) {
        QByteArrayView name;
        if (!key(name))
            return false;
        bool ok = true;
        if (name == "groups") {
            if (sawGroups)
                return fail("groups twice");
            ok = groups();
            sawGroups = true;
        } else if (name == "rows") {
            if (sawRows)
                return fail("rows twice");
            ok = skip(); // the object form: the caller reads it the old way
            sawRows = true;
        } else if (name == "next_since") {
            ok = integer(m_page.nextSince);
        } else if (name == "has_more") {
            ok = boolean(m_page.hasMore);
        } else if (name == "scope_epoch") {
            ok = integer(m_page.scopeEpoch);
        } else if (name == "snapshot_seq") {
            ok = integer(m_page.snapshotSeq);
        } else if (name == "total") {
            ok = integer(m_page.total);
        } else if (name == "done") {
            ok = integer(m_page.done);
        } else if (name == "last_seq") {
            ok = integer(m_page.lastSeq);
        } else if (name == "server_time") {
            ok = stringText(m_page.serverTime);
        } else if (name == "page_token") {
            ok = stringText(m_page.pageToken);
        } else {
            ok = skip(); // format, schema_min, schema_max and whatever a later server adds
        }
        if (!ok || !next('}', more))
            return false;
    }
    skipSpace();
    if (m_p != m_end)
        return fail("text after the page");
    if (sawGroups && sawRows)
        return fail("both rows and groups");
    if (!sawGroups && !sawRows)
        return fail("no rows");
    m_page.rowsForm = sawGroups;
    return true;
}

} // namespace

Result<RowPage> PageRowScanner::scan(const QByteArray &body)
{
    RowPage page;
    page.body = body;
    page.values.reserve(size_t(body.size() / 24));
    Scanner scanner(body, page);
    if (!scanner.page())
        return Error{QStringLiteral("sync.server"),
                     tr("The sync server sent a damaged page (%1 at byte %2).").arg(scanner.error()).arg(scanner.offset())};
    if (!page.rowsForm) {
        RowPage objects;
        objects.body = body;
        return objects;
    }
    return page;
}

} // namespace zt::sync
