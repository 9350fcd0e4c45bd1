#include "search/BigramTokenizer.h"

#include <QChar>
#include <sqlite3.h>

// sqlite3.h carries the FTS5 extension API (fts5_api, fts5_tokenizer).

namespace zt {

namespace {

constexpr int kTokenizeQuery = FTS5_TOKENIZE_QUERY;

// One decoded character of the UTF-8 input: its code point and byte range.
struct Glyph
{
    char32_t code = 0;
    int start = 0;
    int end = 0;
};

// Decodes one character at i; invalid bytes count as one separator byte each.
Glyph decode(const unsigned char *s, int n, int i)
{
    const unsigned char b = s[i];
    int len = 1;
    char32_t c = b;
    if (b >= 0xF0 && b < 0xF8) {
        len = 4;
        c = b & 0x07;
    } else if (b >= 0xE0) {
        len = 3;
        c = b & 0x0F;
    } else if (b >= 0xC0) {
        len = 2;
        c = b & 0x1F;
    } else if (b >= 0x80) {
        return {0xFFFD, i, i + 1};
    }
    if (i + len > n)
        return {0xFFFD, i, i + 1};
    for (int k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80)
            return {0xFFFD, i, i + 1};
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    return {c, i, i + len};
}

// Emits the tokens of one run of word characters (or of its rest, when continued: the first glyph was the
// last of the previous chunk). ASCII letters are folded to lower case.
int emitRun(const unsigned char *s, const Glyph *run, int count, bool query, bool ended, bool continued, void *ctx,
            int (*xToken)(void *, int, const char *, int, int, int))
{
    char buf[16];
    auto token = [&](int from, int to) {
        // from..to: glyph indexes, inclusive; at most two glyphs of at most 4 bytes each.
        int len = 0;
        for (int g = from; g <= to; ++g)
            for (int b = run[g].start; b < run[g].end; ++b) {
                const unsigned char ch = s[b];
                buf[len++] = char(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
        return xToken(ctx, 0, buf, len, run[from].start, run[to].end);
    };
    if (count == 1 && !continued)
        return token(0, 0);
    for (int g = 0; g + 1 < count; ++g)
        if (int rc = token(g, g + 1); rc != SQLITE_OK)
            return rc;
    // The last character alone, so that a one-character prefix query finds it at the end of a run too. Not in
    // a query: a phrase of bigrams must stay consecutive.
    return query || !ended ? SQLITE_OK : token(count - 1, count - 1);
}

int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int nText,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    const bool query = flags & kTokenizeQuery;
    // Runs are usually short; a long run is emitted in chunks that share one character, so no bigram is lost.
    constexpr int kChunk = 256;
    Glyph run[kChunk];
    int count = 0;
    bool continued = false;
    int i = 0;
    while (i < nText) {
        const Glyph g = decode(s, nText, i);
        i = g.end;
        if (BigramTokenizer::isWordChar(g.code)) {
            if (count == kChunk) {
                if (int rc = emitRun(s, run, count, query, false, continued, ctx, xToken); rc != SQLITE_OK)
                    return rc;
                run[0] = run[count - 1];
                count = 1;
                continued = true;
            }
            run[count++] = g;
            continue;
        }
        if (count > 0) {
            if (int rc = emitRun(s, run, count, query, true, continued, ctx, xToken); rc != SQLITE_OK)
                return rc;
            count = 0;
            continued = false;
        }
    }
    return count > 0 ? emitRun(s, run, count, query, true, continued, ctx, xToken) : SQLITE_OK;
}

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    // Stateless: any non-null pointer will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *) {}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool BigramTokenizer::isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return c != 0xFFFD && QChar::isLetterOrNumber(c);
}

QString BigramTokenizer::registerOn(sqlite3 *db)
{
    if (!db)
        return QStringLiteral("no SQLite handle");
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return QStringLiteral("this SQLite has no FTS5");
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    const int rc = api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr);
    return rc == SQLITE_OK ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
}

QStringList BigramTokenizer::tokens(const QString &text, bool query)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    auto collect = [](void *ctx, int, const char *token, int n, int, int) {
        static_cast<QStringList *>(ctx)->append(QString::fromUtf8(token, n));
        return SQLITE_OK;
    };
    tokenize(nullptr, &out, query ? kTokenizeQuery : 0, utf8.constData(), int(utf8.size()), collect);
    return out;
}

} // namespace zt
