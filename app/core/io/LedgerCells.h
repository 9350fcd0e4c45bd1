#pragma once
// Reads the cells of a ledger as people type them: dates in several spellings or as Excel serial numbers,
// several deputies in one cell, satisfaction in words.

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace zt {

class LedgerCells
{
public:
    // 2026-09-10, 2026/9/10, 2026.9.10, 2026年9月10日, 20260910, an Excel serial date (46275, 46275.5), each
    // optionally followed by a time. nullopt when the text is none of these or not a real day.
    static std::optional<QDate> date(const QString &text);
    // Names separated by 、 ， , ； ; / or spaces, each trimmed, empty ones dropped.
    static QStringList names(const QString &text);
    // A Satisfaction code for 满意 / 非常满意 / 基本满意 / 比较满意 / 一般 / 不满意 (and the English codes); nullopt
    // when the words are none of them. Empty text gives an empty code.
    static std::optional<QString> satisfaction(const QString &text);
    // 办理时限 as a plain number of working days ("15", "15个工作日", "15天"); nullopt otherwise.
    static std::optional<int> workingDays(const QString &text);
};

} // namespace zt
