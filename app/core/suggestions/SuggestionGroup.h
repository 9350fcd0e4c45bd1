#pragma once
// A group of similar cases the program proposes as the ground of a deputy's suggestion (议案建议).

#include <QDate>
#include <QStringList>

namespace zt {

struct SuggestionGroup
{
    enum class Kind {
        SameCategoryAndCommunity, // one category in one village or community
        SharedWords,              // titles of one category sharing significant words, across communities
    };

    Kind kind = Kind::SameCategoryAndCommunity;
    // Empty when the cases of the group differ in it.
    QString categoryId;
    QString categoryName;
    QString communityCode;
    QString communityName;
    QStringList words;   // two-character words most of the titles share, most shared first
    // Registration order; at most the latest SuggestionGrouperOptions::sampleLimit of them (a draft's evidence),
    // however many cases the group has (cases).
    QStringList caseIds;
    int cases = 0;
    // Distinct people who raised them (by phone, else by name), as in the draft's evidence; exact up to
    // DistinctCounter::ExactLimit, estimated above.
    int citizens = 0;
    int openCases = 0;   // still on someone's desk
    QDate firstRaised;
    QDate lastRaised;

    int caseCount() const { return cases; }
};

} // namespace zt
