#pragma once
// The one-line text form of a ReceptionRule, stored in one column and typed by staff, e.g.
//   monthly weeks=2,4 day=thu half=pm deputies=d1,d2,d3 per=2 holiday=next from=2026-01-01 until=2026-12-31
//   once date=2026-08-20 half=pm topic="开学前心理辅导" tags=教育,心理
// Grammar: the kind (monthly | weekly | once | leaders), then key=value tokens separated by spaces, in any
// order, each key at most once. A value holding spaces is quoted with "..." (\" and \\ escape inside) or
// with “...”. Keys:
//   weeks=1..5|last,...   monthly, leaders (required): the N-th occurrence of the weekday in the month
//   day=mon..sun          all but once (required); also monday.., 周一.., 星期一..
//   date=YYYY-MM-DD       once (required)
//   from=YYYY-MM-DD       all but once (required: the rotation is counted from it); until= optional
//   half=am|pm            default pm; also 上午/下午
//   deputies=id,id,...    the pool in rotation order; per=N deputies a session (default: the whole pool)
//   holiday=next|previous|skip|keep   default next
//   topic=TEXT            tags=tag,tag (separated by , ， or 、; a tag cannot hold one of them)

#include "common/Result.h"
#include "schedule/ReceptionRule.h"

#include <QCoreApplication>

namespace zt {

class ReceptionRuleParser
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionRuleParser)
public:
    // A rule, or an error whose message quotes the offending token as typed.
    static Result<ReceptionRule> parse(const QString &text);
    // The canonical text: keys in a fixed order, defaults spelled out, so parse(toText(r)) == r for
    // every rule parse() returns.
    static QString toText(const ReceptionRule &rule);

    static QString kindWord(ReceptionRule::Kind kind);
    static QString holidayWord(ReceptionRule::HolidayPolicy policy);
    static QString weekdayWord(int weekday);
};

} // namespace zt
