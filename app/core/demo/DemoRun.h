#pragma once
// One run of the demo generator: plans the station's two years of visits, and writes each visit with
// its visitors, deputies and cases, each case with its closed loop up to the end date.

#include "demo/DemoCaseLife.h"
#include "demo/DemoCast.h"
#include "demo/DemoGenerator.h"
#include "domain/CaseRecord.h"
#include "domain/Codes.h"
#include "domain/Visit.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <memory>

namespace zt {

class DemoRun
{
    Q_DECLARE_TR_FUNCTIONS(DemoRun)
public:
    DemoRun(Store &store, const DemoOptions &options, QDate from, QDate to);
    Result<DemoSummary> run();

private:
    struct PlannedVisit
    {
        QDate date;
        int minute = 0; // local time of day
        QString channel;
        int point = -1;      // index into the cast's points; -1 at the station
        int community = 0;   // where the visitors live
        QList<int> deputies; // indexes into the cast's deputies
        int cases = 1;
        bool group = false;
        QString theme; // category code a themed reception is about
    };

    QList<PlannedVisit> planStation();
    void planReceptionDay(QList<PlannedVisit> &visits, QDate day, int index);
    void planThemedDay(QList<PlannedVisit> &visits, QDate day, const QString &theme);
    PlannedVisit planOtherVisit(QDate day, const QString &channel);
    PlannedVisit planBulkVisit(QDate day, int cases);
    int deputyAt(int point);
    int casesPerVisit(const QString &channel);

    Status writeVisit(WriteTransaction &tx, const PlannedVisit &plan);
    // lastKind: the kind of the case's last written event.
    Status writeCase(WriteTransaction &tx, CaseRecord &record, const DemoCaseLife::Start &start, QString *lastKind);
    int pickCategory(const PlannedVisit &plan);
    QString externalRef(const QString &platform, QDate day);
    Status storeReceptionRules();
    Status endBatch(std::unique_ptr<WriteTransaction> &tx);

    Store &m_store;
    DemoOptions m_options;
    QDate m_from;
    QDate m_to;
    bool m_bulk = false;
    QRandomGenerator m_rng; // every choice of the run, in a fixed order
    WorkingDayCalendar m_calendar;
    DemoCast m_cast;
    std::unique_ptr<DemoCaseLife> m_life;
    QList<int> m_localDeputies; // county and township: the reception-day rota
    QList<int> m_upperDeputies; // national, provincial, city: appointments and themed receptions
    QList<int> m_youthDeputies; // education and psychology, scheduled before school enrolment
    QHash<QString, QString> m_lastCaseNoByCategory;
    QHash<QString, int> m_nextRefSerial;
    DemoSummary m_summary;
    qint64 m_total = 0;
    qint64 m_casesInBatch = 0;
    // Cases of the last days that wait after one of these steps, so the demo shows every open state.
    QStringList m_pendingHolds{CaseEventKind::Replied, CaseEventKind::FedBack, CaseEventKind::Accepted};
    int m_overdueForced = 0;
};

} // namespace zt
