#pragma once
// An FTS5 tokenizer for Chinese (and any script): every run of letters and digits becomes its overlapping
// two-character tokens plus its last character alone, so a phrase of bigrams finds any substring of two or
// more characters and a prefix query on one character finds every occurrence of that character.

#include <QString>
#include <QStringList>

struct sqlite3;

namespace zt {

class BigramTokenizer
{
public:
    static constexpr const char *Name = "zt_bigram";

    // Registers the tokenizer on one connection; empty string or the error.
    static QString registerOn(sqlite3 *db);

    // The tokens FTS5 would see, for tests and for building queries. query: as FTS5 tokenizes a MATCH
    // phrase (bigrams only, a lone character for a one-character run).
    static QStringList tokens(const QString &text, bool query);

    // True for the characters that form runs (letters and digits of any script); the rest separates.
    static bool isWordChar(char32_t c);
};

} // namespace zt
