#pragma once
// The end of a case number as people say it: "A0142" for 330203006-2026-A0142 (the PC's letter and
// the serial; station code and year are what everybody at the station shares). The case search takes
// it and finds the cases whose number ends so now, or ended so before they were renumbered
// (server/README.md decision 25).

#include <QString>
#include <QVariantList>

namespace zt {

class CaseNumberEnd
{
public:
    // "A0142", "a0142" -> "A0142": a letter and at least four digits (CaseNumberAllocator pads the
    // serial to four); empty for anything else.
    static QString parse(const QString &word);
    // A statement giving the ids of those cases, and its values for an end from parse(). Index look-ups
    // only: every station this PC knows times every year from 1990 to next year on cases.case_no,
    // then the renumbered events' partial index and this PC's own notices.
    static QString caseIdsSql();
    static QVariantList binds(const QString &end, int thisYear);
};

} // namespace zt
