#include "reports/MonthlyReportBuilder.h"

#include "common/Clock.h"
#include "domain/DomainText.h"
#include "stats/FigureCalculator.h"
#include "storage/ReportSectionQueries.h"
#include "storage/StatsQueries.h"
#include "domain/ActivityKind.h"
#include "domain/Codes.h"

namespace zt {

namespace {

QString count(qint64 n)
{
    return QString::number(n);
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

ReportBlock table(const QString &key, const QString &caption, const QStringList &headers, const QList<bool> &numeric,
                  const QString &emptyText)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.key = key;
    b.text = caption;
    b.headers = headers;
    b.numeric = numeric;
    b.emptyText = emptyText;
    return b;
}

} // namespace

MonthlyReportBuilder::MonthlyReportBuilder(QSqlDatabase db, WorkingDayCalendar calendar)
    : m_db(std::move(db)), m_calendar(std::move(calendar))
{
}

QString MonthlyReportBuilder::outcome(const NotableCaseLine &l)
{
    const QString department = l.department.isEmpty() ? tr("the department") : l.department;
    if (l.status == CaseStatus::Closed) {
        if (l.satisfaction.isEmpty())
            return tr("Closed on %1.").arg(date(l.closedOn));
        return tr("Closed on %1; rating: %2.").arg(date(l.closedOn), DomainText::satisfaction(l.satisfaction));
    }
    if (l.status == CaseStatus::Replied)
        return tr("%1 replied on %2; the citizen is being told.").arg(department, date(l.repliedOn));
    if (l.status == CaseStatus::FedBack)
        return tr("%1 replied on %2; the citizen has been told and not yet rated it.").arg(department, date(l.repliedOn));
    if (l.status == CaseStatus::Assigned) {
        if (l.satisfaction == Satisfaction::Unsatisfied)
            return tr("Reopened after the citizen was not satisfied; %1 is handling it again (deadline %2).")
                .arg(department, date(l.deadline));
        return tr("Assigned to %1, being handled (deadline %2).").arg(department, date(l.deadline));
    }
    return tr("%1.").arg(DomainText::caseStatus(l.status));
}

QList<ReportFigure> MonthlyReportBuilder::figures(const PeriodStatistics &s)
{
    const PeriodFigures &c = s.current;
    const PeriodFigures &p = s.previous;
    const PeriodFigures &y = s.lastYear;
    using F = PeriodFigures;
    const auto row = [&](const char *key, const QString &name, auto value) {
        return ReportFigure{QString::fromLatin1(key), name, value(c), value(p), value(y)};
    };
    return {
        row("visitors", tr("Visitors"), [](const F &f) { return count(f.visitors); }),
        row("visits", tr("Reception records"), [](const F &f) { return count(f.visits); }),
        row("raised", tr("Problems raised"), [](const F &f) { return count(f.raised); }),
        row("solved", tr("Problems solved"), [](const F &f) { return count(f.solved); }),
        row("completion_rate", tr("Completion rate"), [](const F &f) { return F::percent(f.completionRate()); }),
        row("on_time_reply_rate", tr("On-time reply rate"), [](const F &f) { return F::percent(f.onTimeReplyRate()); }),
        row("average_reply_days", tr("Average reply time (working days)"),
            [](const F &f) { return F::days(f.averageReplyDays()); }),
        row("satisfaction_rate", tr("Satisfaction rate"), [](const F &f) { return F::percent(f.satisfactionRate()); }),
        row("rated", tr("Cases rated by the citizen"), [](const F &f) { return count(f.rated); }),
        row("satisfied", tr("Satisfied"), [](const F &f) { return count(f.fullySatisfied); }),
        row("basically_satisfied", tr("Basically satisfied"), [](const F &f) { return count(f.basicallySatisfied); }),
        row("unsatisfied", tr("Not satisfied"), [](const F &f) { return count(f.unsatisfied); }),
        row("concentration_categories", tr("Opinion concentration (three largest categories)"),
            [](const F &f) { return F::percent(f.concentration()); }),
        row("concentration_communities", tr("Opinion concentration (three communities with most cases)"),
            [](const F &f) { return F::percent(f.communityConcentration()); }),
    };
}

ReportDocument MonthlyReportBuilder::build(const Options &options) const
{
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    const StatsPeriod &period = options.period;
    const bool annual = period.kind() == StatsPeriod::Kind::Year;
    const StatsQueries queries(m_db, options.scope);
    const FigureCalculator calculator(m_db, m_calendar);

    ReportDocument doc;
    // Only the annual report prints the month-by-month trend.
    doc.statistics = calculator.statistics(options.scope, period, today, nullptr,
                                           annual ? FigureCalculator::Trend::Include : FigureCalculator::Trend::Skip);
    const PeriodStatistics &s = doc.statistics;
    doc.issuer = queries.scopeName();
    doc.periodCode = period.code();
    doc.title = doc.issuer;
    doc.subtitle = annual ? tr("Annual report %1").arg(period.label()) : tr("Monthly report %1").arg(period.label());
    doc.figures = figures(s);
    // Activities held count as figures too (the figures table and the CSV), with the same comparisons.
    const ReportSectionQueries sections(m_db, options.scope);
    const QList<Activity> activities = sections.activities(s.current.from, s.current.to);
    const QList<Activity> activitiesBefore = sections.activities(s.previous.from, s.previous.to);
    const QList<Activity> activitiesYearAgo = sections.activities(s.lastYear.from, s.lastYear.to);
    const auto participants = [](const QList<Activity> &list) {
        qint64 n = 0;
        for (const Activity &a : list)
            n += a.participants;
        return count(n);
    };
    doc.figures << ReportFigure{QStringLiteral("activities"), tr("Activities held"), count(activities.size()),
                                count(activitiesBefore.size()), count(activitiesYearAgo.size())};
    doc.figures << ReportFigure{QStringLiteral("activity_participants"), tr("Participants in activities"),
                                participants(activities), participants(activitiesBefore), participants(activitiesYearAgo)};

    const PeriodFigures &c = s.current;
    doc.blocks << ReportBlock::paragraph(
        tr("From %1 to %2 the station received %3 visitors in %4 reception records and registered %5 cases, of "
           "which %6 were solved by %7 (completion rate %8). On-time reply rate %9, satisfaction rate %10, average "
           "reply time %11 working days.")
            .arg(date(c.from), date(c.to), count(c.visitors), count(c.visits), count(c.raised), count(c.solved),
                 date(c.cutOff), PeriodFigures::percent(c.completionRate()), PeriodFigures::percent(c.onTimeReplyRate()))
            .arg(PeriodFigures::percent(c.satisfactionRate()), PeriodFigures::days(c.averageReplyDays())));

    // 1. The figures with their comparisons.
    doc.blocks << ReportBlock::heading(tr("1. Main figures"));
    const QString thisLabel = annual ? tr("This year") : period.kind() == StatsPeriod::Kind::Quarter ? tr("This quarter") : tr("This month");
    const QString previousLabel =
        annual ? tr("Last year") : period.kind() == StatsPeriod::Kind::Quarter ? tr("Previous quarter") : tr("Previous month");
    const QString lastYearLabel = annual ? QString()
                                  : period.kind() == StatsPeriod::Kind::Quarter ? tr("Same quarter last year")
                                                                                : tr("Same month last year");
    ReportBlock figuresTable =
        annual ? table(QStringLiteral("figures"), {}, {tr("Figure"), thisLabel, previousLabel}, {false, true, true}, {})
               : table(QStringLiteral("figures"), {}, {tr("Figure"), thisLabel, previousLabel, lastYearLabel},
                       {false, true, true, true}, {});
    for (const ReportFigure &f : doc.figures) {
        QStringList r{f.name, f.value, f.previous};
        if (!annual)
            r << f.lastYear;
        figuresTable.rows << r;
    }
    doc.blocks << figuresTable;
    if (annual) {
        ReportBlock trend = table(QStringLiteral("monthly"), tr("Month by month"),
                                  {tr("Month"), tr("Visitors"), tr("Problems raised"), tr("Problems solved"), tr("Completion rate")},
                                  {false, true, true, true, true}, {});
        for (const TrendPoint &p : s.monthly)
            trend.rows << QStringList{p.month.toString(QStringLiteral("yyyy-MM")), count(p.visitors), count(p.raised),
                                      count(p.solved), PeriodFigures::percent(p.completionRate())};
        doc.blocks << trend;
        doc.blocks << ReportBlock::chart(QStringLiteral("chart_trend"), tr("Visitors and cases by month"));
    }

    // 2. Cases by category and status.
    doc.blocks << ReportBlock::heading(tr("2. Cases by category and status"));
    ReportBlock categories = table(QStringLiteral("by_category"), tr("Cases by category"),
                                   {tr("Category"), tr("Problems raised"), tr("Share"), tr("Problems solved"),
                                    tr("Completion rate"), tr("Satisfaction rate")},
                                   {false, true, true, true, true, true}, tr("No cases were registered."));
    for (const GroupFigures &g : s.byCategory)
        categories.rows << QStringList{g.key.isEmpty() ? tr("No category") : g.label, count(g.raised),
                                       PeriodFigures::percent(c.raised ? std::optional(double(g.raised) / c.raised) : std::nullopt),
                                       count(g.solved), PeriodFigures::percent(g.completionRate()),
                                       PeriodFigures::percent(g.satisfactionRate())};
    doc.blocks << categories;
    if (!s.byCategory.isEmpty())
        doc.blocks << ReportBlock::chart(QStringLiteral("chart_categories"), tr("Cases by category"));
    ReportBlock statuses = table(QStringLiteral("by_status"), tr("Cases by status"), {tr("Status"), tr("Cases")},
                                 {false, true}, tr("No cases were registered."));
    for (const QString &code : {QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("assigned"),
                                QStringLiteral("replied"), QStringLiteral("fed_back"), QStringLiteral("closed"),
                                QStringLiteral("not_accepted"), QStringLiteral("transferred")})
        for (const GroupFigures &g : s.byStatus)
            if (g.key == code)
                statuses.rows << QStringList{DomainText::caseStatus(code), count(g.raised)};
    doc.blocks << statuses;

    // 3. Overdue and unsatisfied cases, with the departments that have them.
    doc.blocks << ReportBlock::heading(tr("3. Overdue and unsatisfied cases"));
    ReportBlock overdue = table(QStringLiteral("overdue"), tr("Overdue cases on %1").arg(date(c.cutOff)),
                                {tr("Case number"), tr("Title"), tr("Department"), tr("Deadline")},
                                {false, false, false, false}, tr("No case was overdue."));
    for (const CaseLine &l : queries.overdueCases(c.cutOff, options.listLimit))
        overdue.rows << QStringList{l.caseNo, l.title, l.department, date(l.deadline)};
    doc.blocks << overdue;
    ReportBlock unsatisfied = table(QStringLiteral("unsatisfied"), tr("Cases the citizen was not satisfied with"),
                                    {tr("Case number"), tr("Title"), tr("Department"), tr("Status")},
                                    {false, false, false, false}, tr("No citizen was dissatisfied."));
    for (const CaseLine &l : queries.unsatisfiedCases(c.from, c.to, options.listLimit))
        unsatisfied.rows << QStringList{l.caseNo, l.title, l.department, DomainText::caseStatus(l.status)};
    doc.blocks << unsatisfied;

    // 4. Notable cases: those the station picked for the period's months, else the escalated ones.
    doc.blocks << ReportBlock::heading(tr("4. Notable cases"));
    QList<NotableCaseLine> notableLines;
    if (!options.notableCaseIds.isEmpty())
        notableLines = sections.casesAsNotable(options.notableCaseIds);
    else
        notableLines = sections.notableCases(NotableCase::periodOf(c.from), NotableCase::periodOf(c.to));
    if (notableLines.isEmpty() && options.notableCaseIds.isEmpty())
        notableLines = sections.casesAsNotable(queries.escalatedCaseIds(c.from, c.to, options.listLimit));
    QStringList notableHeaders{tr("Case number"), tr("Title"), tr("Community"), tr("Department"), tr("Outcome")};
    QList<bool> notableNumeric{false, false, false, false, false};
    if (annual) {
        notableHeaders.prepend(tr("Month"));
        notableNumeric.prepend(false);
    }
    ReportBlock notable =
        table(QStringLiteral("notable"), {}, notableHeaders, notableNumeric, tr("No notable case was chosen."));
    // The outcome sentence wide enough to read, short names not broken; the case number and title share
    // the rest (0: as the content needs).
    notable.widths = annual ? QList<int>{0, 0, 0, 13, 13, 22} : QList<int>{0, 0, 13, 14, 26};
    notable.noWrap = annual ? QList<bool>{true, true} : QList<bool>{true};
    for (const NotableCaseLine &l : std::as_const(notableLines).mid(0, options.listLimit)) {
        QStringList r{l.caseNo, l.title, l.community, l.department, outcome(l)};
        if (annual) // a picked case's month; an escalated one (nothing picked) by the month it was registered
            r.prepend(l.period.isEmpty() ? NotableCase::periodOf(l.registeredOn) : l.period);
        notable.rows << r;
    }
    doc.blocks << notable;

    // 5. Deputies.
    doc.blocks << ReportBlock::heading(tr("5. Deputies' duty"));
    ReportBlock deputies = table(QStringLiteral("deputies"), {},
                                 {tr("Deputy"), tr("Level"), tr("Reception days"), tr("Visits received"),
                                  tr("Cases followed"), tr("Satisfaction rate")},
                                 {false, false, true, true, true, true}, tr("The station has no deputies."));
    for (const DeputyFigures &d : s.byDeputy)
        deputies.rows << QStringList{d.name, DomainText::deputyLevel(d.level), count(d.receptionDays), count(d.visits),
                                     count(d.casesFollowed), PeriodFigures::percent(d.satisfactionRate())};
    doc.blocks << deputies;

    // 6. Activities held.
    doc.blocks << ReportBlock::heading(tr("6. Activities held"));
    if (annual) {
        // A year holds many: first how many of each kind, then the list.
        ReportBlock kinds = table(QStringLiteral("activity_kinds"), tr("Activities by kind"),
                                  {tr("Kind"), tr("Activities"), tr("Participants")}, {false, true, true}, {});
        for (const QString &kind : ActivityKind::all()) {
            qint64 held = 0, people = 0;
            for (const Activity &a : activities)
                if (a.kind == kind) {
                    ++held;
                    people += a.participants;
                }
            if (held > 0)
                kinds.rows << QStringList{ActivityKind::label(kind), count(held), count(people)};
        }
        kinds.widths = {56, 22, 22};
        if (!kinds.rows.isEmpty())
            doc.blocks << kinds;
    }
    ReportBlock held = table(QStringLiteral("activities"), annual ? tr("Every activity of the year") : QString(),
                             {tr("Date"), tr("Kind"), tr("Title"), tr("Deputies"), tr("Participants")},
                             {false, false, false, false, true}, tr("No activity was recorded."));
    held.widths = {14, 15, 31, 26, 14};
    for (const Activity &a : activities)
        held.rows << QStringList{date(a.heldOn), ActivityKind::label(a.kind), a.title,
                                 a.deputyNames.join(tr(", ")), count(a.participants)};
    doc.blocks << held;

    ReportBlock signature;
    signature.kind = ReportBlock::Kind::Signature;
    signature.lines = {tr("Station (seal): %1").arg(doc.issuer), tr("Person in charge (signature):"),
                       tr("Prepared by:"), tr("Date:")};
    doc.blocks << signature;
    return doc;
}

} // namespace zt
