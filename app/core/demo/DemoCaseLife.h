#pragma once
// Plans the closed loop of one demo case (accepted, assigned with a deadline, reminded, replied, fed
// back, rated, reopened, closed, or one of the other endings), on the working-day calendar, with the
// rare outcomes drawn at fixed rates so the station's headline figures come out of the data.

#include "demo/DemoCaseStep.h"
#include "demo/DemoQuota.h"
#include "workflow/WorkingDayCalendar.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace zt {

class DemoCaseLife
{
public:
    // Full: every kind of step and ending. Simple (bulk benchmark stores): registered, assigned,
    // replied, rated, closed, and now and then cancelled or not accepted; the reply step there is
    // for the case row only and gets no event.
    enum class Detail { Full, Simple };

    struct Start
    {
        QDate date;
        int minute = 0;
        bool onTheSpot = false;       // received in person: accepted there and then
        int deadlineDays = 15;        // the category's working days
        QStringList handlers;         // department ids, the usual one first
        bool slow = false;            // the department will miss the deadline
        bool overdueAtCutoff = false; // with slow: still unanswered at the cutoff
        QString holdAfter;            // an event kind after which the case waits past the cutoff
    };

    DemoCaseLife(const WorkingDayCalendar &calendar, QRandomGenerator &rng, Detail detail);

    // The steps from "registered" on that happen on or before cutoff (a local date), in order.
    QList<DemoCaseStep> plan(const Start &start, QDate cutoff);

private:
    struct Cursor
    {
        QDate date;
        int minute = 0;
    };

    void later(Cursor &at, int workingDays);
    void atDay(Cursor &at, QDate day);
    bool push(QList<DemoCaseStep> &steps, const Cursor &at, DemoCaseStep step, QDate cutoff);
    QList<DemoCaseStep> planFull(const Start &start, QDate cutoff);
    QString otherHandler(const QStringList &handlers, const QString &current);
    QList<DemoCaseStep> planSimple(const Start &start, QDate cutoff);

    const WorkingDayCalendar &m_calendar;
    QRandomGenerator &m_rng;
    Detail m_detail;
    DemoQuota m_cancelled{1.0 / 500};
    DemoQuota m_notAccepted{1.0 / 450};
    DemoQuota m_merged{1.0 / 450};
    DemoQuota m_transferred{1.0 / 350};
    DemoQuota m_reassigned{0.03};
    DemoQuota m_late{0.025};
    DemoQuota m_unrated{0.015};
    DemoQuota m_reopened{0.03};
    DemoQuota m_unsatisfied{0.015};
};

} // namespace zt
