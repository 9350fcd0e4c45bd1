#pragma once
// What a user typed into the case search, as an FTS5 MATCH expression over the bigram index plus the terms the
// index cannot check exactly, and a case number (current or old). Words separated by spaces must all occur (any order, anywhere in the title,
// description or replies); each word is a literal substring: SQL, HTML and quotes are just text.

#include <QString>
#include <QStringList>

namespace zt {

struct CaseSearchQuery
{
    // FTS5 query; empty when no word holds a letter or digit (then only literals narrow the search).
    QString match;
    // Words with separators in them ("100%", "a_b", "<b>"), ASCII letters in lower case: the index finds
    // their letter runs, a substring check on the text decides.
    QStringList literals;
    // One word that could be a whole case number ("330203006-2026-A0622": digits, a hyphen, letters in
    // upper case): the case with that number, or that had it before it was renumbered, is found too.
    QString caseNumber;
    // One word that could be the end of a case number as people say it ("A0622", storage/CaseNumberEnd):
    // the cases whose number ends so, now or before they were renumbered, are found too.
    QString caseNumberEnd;

    bool isEmpty() const { return match.isEmpty() && literals.isEmpty(); }

    static CaseSearchQuery parse(const QString &text);
    // ASCII letters in lower case, as SQLite's lower() and the tokenizer fold them.
    static QString foldAscii(const QString &text);
};

} // namespace zt
