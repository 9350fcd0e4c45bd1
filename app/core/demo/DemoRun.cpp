#include "demo/DemoRun.h"

#include "schedule/ReceptionSchedule.h"

#include "demo/DemoCaseTemplates.h"
#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "domain/CaseEvent.h"
#include "domain/Codes.h"
#include "storage/CaseEventRepository.h"
#include "storage/CaseNumberAllocator.h"
#include "storage/CaseRepository.h"
#include "storage/CaseSearchIndex.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"

#include <QTimeZone>

#include <algorithm>

namespace zt {

namespace {

QString utf8(const char *s)
{
    return QString::fromUtf8(s);
}

// The demo's station keeps Zhejiang time whatever the machine's zone, so its data is the same
// everywhere.
QDateTime localMoment(QDate day, int minute)
{
    static const QTimeZone zhejiang(8 * 3600);
    return QDateTime(day, QTime(minute / 60, minute % 60), zhejiang).toUTC();
}

// Share of the problems heard per category, before season and channel tilt it.
int baseWeight(const QString &code)
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("waste"), 10},    {QStringLiteral("parking"), 12},   {QStringLiteral("property"), 16},
        {QStringLiteral("elderly"), 9},   {QStringLiteral("roads"), 8},      {QStringLiteral("water"), 5},
        {QStringLiteral("education"), 5}, {QStringLiteral("medical"), 5},    {QStringLiteral("environment"), 7},
        {QStringLiteral("housing"), 4},   {QStringLiteral("employment"), 3}, {QStringLiteral("safety"), 5},
        {QStringLiteral("utilities"), 5}, {QStringLiteral("urban"), 8},      {QStringLiteral("planning"), 3},
        {QStringLiteral("dispute"), 5},   {QStringLiteral("other"), 4},
    };
    return weights.value(code, 3);
}

QString summaryPrefix(const QString &channel)
{
    if (channel == Channel::WalkIn)
        return utf8("接待来访居民，反映：");
    if (channel == Channel::Appointment)
        return utf8("预约接待，反映：");
    if (channel == Channel::ThemedReception)
        return utf8("主题接待活动中，居民反映：");
    if (channel == Channel::FieldVisit)
        return utf8("代表走访时居民反映：");
    if (channel == Channel::Phone)
        return utf8("来电反映：");
    if (channel == Channel::OnlineMessage)
        return utf8("网上联络站留言：");
    if (channel == Channel::Hotline8890)
        return utf8("8890平台转来：");
    if (channel == Channel::Mediation)
        return utf8("老娘舅调解转来：");
    if (channel == Channel::FourPlatforms)
        return utf8("基层治理四平台流转：");
    return utf8("民情民访代办：");
}

} // namespace

DemoRun::DemoRun(Store &store, const DemoOptions &options, QDate from, QDate to)
    : m_store(store), m_options(options), m_from(from), m_to(to), m_bulk(options.cases > 0), m_rng(options.seed)
{
}

Result<DemoSummary> DemoRun::run()
{
    const auto outbox = m_bulk ? WriteTransaction::Outbox::Skip : WriteTransaction::Outbox::Record;
    auto cast = DemoCast::create(m_store, m_rng, m_from, m_to, outbox);
    if (!cast)
        return cast.error();
    m_cast = std::move(cast.value());
    m_calendar = WorkingDayCalendar::fromStore(m_store.db());
    m_life = std::make_unique<DemoCaseLife>(m_calendar, m_rng,
                                            m_bulk ? DemoCaseLife::Detail::Simple : DemoCaseLife::Detail::Full);
    for (int i = 0; i < m_cast.deputies.size(); ++i) {
        const Deputy &d = m_cast.deputies.at(i);
        if (d.level == DeputyLevel::County || d.level == DeputyLevel::Township)
            m_localDeputies << i;
        else
            m_upperDeputies << i;
        if (d.expertise.contains(utf8("教育")) || d.expertise.contains(utf8("心理")))
            m_youthDeputies << i;
    }
    m_summary.deputies = int(m_cast.deputies.size());
    m_summary.points = int(m_cast.points.size());
    m_summary.departments = int(m_cast.departments.size());

    // A believable station commits in small batches like a day's work; a benchmark store in large ones.
    const qint64 batch = m_bulk ? 5000 : 60;
    // Indexed for search once at the end instead of by a trigger per case (CaseSearchIndex).
    auto deferral = CaseSearchIndex::defer(m_store.db());
    if (!deferral)
        return deferral.error();
    auto tx = std::make_unique<WriteTransaction>(m_store, outbox);
    auto report = [this]() { return !m_options.progress || m_options.progress(m_summary.cases, m_total); };
    auto cancelled = [this]() {
        return Error{QStringLiteral("demo.cancelled"), tr("Generating the demo data was cancelled.")};
    };

    if (!m_bulk) {
        const QList<PlannedVisit> visits = planStation();
        for (const PlannedVisit &v : visits)
            m_total += v.cases;
        if (!report())
            return cancelled();
        for (const PlannedVisit &v : visits) {
            if (Status s = writeVisit(*tx, v); !s)
                return s.error();
            if (m_casesInBatch >= batch) {
                if (Status s = endBatch(tx); !s)
                    return s.error();
                if (!report())
                    return cancelled();
            }
        }
    } else {
        m_total = m_options.cases;
        if (!report())
            return cancelled();
        const qint64 days = m_from.daysTo(m_to) + 1;
        qint64 written = 0;
        for (qint64 d = 0; d < days; ++d) {
            const QDate day = m_from.addDays(d);
            // Spread evenly so the count is exact: day d ends with (d + 1) * N / days cases written.
            const qint64 dueBy = (d + 1) * m_total / days;
            while (written < dueBy) {
                const int n = int(std::min<qint64>(DemoRandom::between(m_rng, 1, 3), dueBy - written));
                if (Status s = writeVisit(*tx, planBulkVisit(day, n)); !s)
                    return s.error();
                written += n;
                if (m_casesInBatch >= batch) {
                    if (Status s = endBatch(tx); !s)
                        return s.error();
                    if (!report())
                        return cancelled();
                }
            }
        }
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    tx.reset();
    if (Status s = deferral->finish(); !s)
        return s.error();
    if (!m_bulk) {
        if (Status s = storeReceptionRules(); !s)
            return s.error();
    }
    report();
    return m_summary;
}

Status DemoRun::storeReceptionRules()
{
    // The rule the planned reception days follow, so the schedule page, the notices and the duty
    // record of a demo station show what its visits already say.
    QStringList pool;
    for (int i : std::as_const(m_localDeputies))
        pool << m_cast.deputies.at(i).id;
    ReceptionSchedule schedule(m_store, m_calendar);
    StoredReceptionRule district;
    district.title = utf8("区人大代表接待日");
    district.ruleText = QStringLiteral("monthly weeks=2,4 day=thu half=pm deputies=%1 per=2 holiday=next from=%2")
                            .arg(pool.join(QLatin1Char(',')), m_from.toString(Qt::ISODate));
    if (auto saved = schedule.saveRule(district); !saved)
        return saved.error();
    QStringList upper;
    for (int i : std::as_const(m_upperDeputies))
        upper << m_cast.deputies.at(i).id;
    if (!upper.isEmpty()) {
        StoredReceptionRule leaders;
        leaders.title = utf8("领导接待日");
        leaders.ruleText = QStringLiteral("leaders weeks=1 day=tue half=am deputies=%1 per=1 holiday=next from=%2")
                               .arg(upper.join(QLatin1Char(',')), m_from.toString(Qt::ISODate));
        if (auto saved = schedule.saveRule(leaders); !saved)
            return saved.error();
    }
    return {};
}

Status DemoRun::endBatch(std::unique_ptr<WriteTransaction> &tx)
{
    if (Status s = tx->commit(); !s)
        return s;
    m_casesInBatch = 0;
    tx.reset(); // the old transaction ends before the next one begins
    tx = std::make_unique<WriteTransaction>(m_store,
                                            m_bulk ? WriteTransaction::Outbox::Skip : WriteTransaction::Outbox::Record);
    if (!tx->isActive())
        return Error{QStringLiteral("demo.busy"), tr("The store is busy; the demo data could not be written.")};
    return {};
}

// --- planning ---------------------------------------------------------------------------------------

int DemoRun::casesPerVisit(const QString &channel)
{
    if (channel == Channel::WalkIn || channel == Channel::FieldVisit || channel == Channel::Appointment) {
        const int r = DemoRandom::weighted(m_rng, {55, 30, 15});
        return r + 1;
    }
    return DemoRandom::chance(m_rng, 0.85) ? 1 : 2;
}

int DemoRun::deputyAt(int point)
{
    if (point >= 0) {
        const QString pointId = m_cast.points.at(point).id;
        for (int i = 0; i < m_cast.deputies.size(); ++i)
            if (m_cast.deputies.at(i).pointId == pointId)
                return i;
    }
    return DemoRandom::pick(m_rng, m_localDeputies);
}

void DemoRun::planReceptionDay(QList<PlannedVisit> &visits, QDate day, int index)
{
    // District and township deputies take turns in pairs; before school enrolment (June to August) one
    // of the pair knows education or psychology, as stations schedule them.
    const int n = int(m_localDeputies.size());
    QList<int> duty{m_localDeputies.at((2 * index) % n), m_localDeputies.at((2 * index + 1) % n)};
    if (day.month() >= 6 && day.month() <= 8 && !m_youthDeputies.isEmpty() && !m_youthDeputies.contains(duty.at(0)) &&
        !m_youthDeputies.contains(duty.at(1))) {
        duty[0] = m_youthDeputies.at(index % m_youthDeputies.size());
    }
    const int count = DemoRandom::between(m_rng, 4, 9);
    int minute = 13 * 60 + 30;
    for (int i = 0; i < count; ++i) {
        PlannedVisit v;
        v.date = day;
        minute += DemoRandom::between(m_rng, 5, 25);
        v.minute = std::min(minute, 17 * 60);
        v.channel = Channel::WalkIn;
        v.community = DemoRandom::between(m_rng, 0, int(m_cast.communities.size()) - 1);
        v.deputies = duty;
        v.cases = casesPerVisit(v.channel);
        v.group = DemoRandom::chance(m_rng, 0.08);
        if (day.month() >= 6 && day.month() <= 8 && DemoRandom::chance(m_rng, 0.3))
            v.theme = QStringLiteral("education");
        visits << v;
    }
}

void DemoRun::planThemedDay(QList<PlannedVisit> &visits, QDate day, const QString &theme)
{
    QList<int> hosts{DemoRandom::pick(m_rng, m_upperDeputies)};
    int second = DemoRandom::pick(m_rng, m_upperDeputies);
    if (second != hosts.at(0))
        hosts << second;
    const int count = DemoRandom::between(m_rng, 3, 5);
    for (int i = 0; i < count; ++i) {
        PlannedVisit v;
        v.date = day;
        v.minute = 9 * 60 + i * 25 + DemoRandom::between(m_rng, 0, 20);
        v.channel = Channel::ThemedReception;
        v.community = DemoRandom::between(m_rng, 0, int(m_cast.communities.size()) - 1);
        v.deputies = hosts;
        v.cases = DemoRandom::chance(m_rng, 0.7) ? 1 : 2;
        v.group = DemoRandom::chance(m_rng, 0.2);
        v.theme = theme;
        visits << v;
    }
}

DemoRun::PlannedVisit DemoRun::planOtherVisit(QDate day, const QString &channel)
{
    PlannedVisit v;
    v.date = day;
    v.channel = channel;
    v.community = DemoRandom::between(m_rng, 0, int(m_cast.communities.size()) - 1);
    v.minute = DemoRandom::between(m_rng, 8 * 60 + 30, 17 * 60);
    if (channel == Channel::OnlineMessage || channel == Channel::Hotline8890)
        v.minute = DemoRandom::between(m_rng, 7 * 60, 22 * 60);
    if (channel == Channel::FieldVisit || channel == Channel::WalkIn) {
        // Deputies going out to the villages (变"坐诊"为"出诊"), and the points' own reception hours.
        v.point = v.community;
        v.deputies << deputyAt(v.point);
        if (channel == Channel::FieldVisit && DemoRandom::chance(m_rng, 0.4)) {
            const int second = DemoRandom::pick(m_rng, m_localDeputies);
            if (second != v.deputies.at(0))
                v.deputies << second;
        }
        v.group = DemoRandom::chance(m_rng, channel == Channel::FieldVisit ? 0.25 : 0.05);
    } else if (channel == Channel::Appointment) {
        v.deputies << DemoRandom::pick(m_rng, m_upperDeputies);
    } else {
        v.deputies << DemoRandom::pick(m_rng, m_localDeputies);
    }
    v.cases = casesPerVisit(channel);
    return v;
}

QList<DemoRun::PlannedVisit> DemoRun::planStation()
{
    QList<PlannedVisit> visits;
    // Reception days: the Thursday afternoons of the 2nd and 4th week, moved to the next working day
    // when the Thursday is a holiday.
    int receptionIndex = 0;
    for (QDate month(m_from.year(), m_from.month(), 1); month <= m_to; month = month.addMonths(1)) {
        QList<QDate> thursdays;
        for (QDate d = month; d.month() == month.month(); d = d.addDays(1))
            if (d.dayOfWeek() == Qt::Thursday)
                thursdays << d;
        for (int nth : {1, 3}) {
            const QDate day = m_calendar.nextWorkingDay(thursdays.at(nth));
            if (day >= m_from && day <= m_to)
                planReceptionDay(visits, day, receptionIndex++);
        }
        // A themed reception each quarter, by provincial and city deputies.
        static const QHash<int, QString> themes = {{3, QStringLiteral("waste")},
                                                   {6, QStringLiteral("education")},
                                                   {9, QStringLiteral("elderly")},
                                                   {12, QStringLiteral("property")}};
        if (themes.contains(month.month())) {
            QDate tuesday = month;
            while (tuesday.dayOfWeek() != Qt::Tuesday)
                tuesday = tuesday.addDays(1);
            const QDate day = m_calendar.nextWorkingDay(tuesday.addDays(14));
            if (day >= m_from && day <= m_to)
                planThemedDay(visits, day, themes.value(month.month()));
        }
    }

    struct Rate
    {
        QString channel;
        double perDay;
        bool workingDaysOnly;
    };
    const QList<Rate> rates = {
        {Channel::OnlineMessage, 0.40, false}, {Channel::Phone, 0.28, true},
        {Channel::Hotline8890, 0.12, false},   {Channel::FieldVisit, 0.09, true},
        {Channel::WalkIn, 0.14, true},         {Channel::Appointment, 0.04, true},
        {Channel::Mediation, 0.025, true},     {Channel::FourPlatforms, 0.025, true},
        {Channel::PetitionProxy, 0.02, true},
    };
    for (QDate day = m_from; day <= m_to; day = day.addDays(1)) {
        const bool working = m_calendar.isWorkingDay(day);
        for (const Rate &r : rates) {
            if ((working || !r.workingDaysOnly) && DemoRandom::chance(m_rng, r.perDay))
                visits << planOtherVisit(day, r.channel);
        }
    }
    // The last message of the period has just come in: it waits to be accepted, so the demo always shows
    // a case in its first state.
    PlannedVisit last = planOtherVisit(m_to, Channel::OnlineMessage);
    last.minute = 21 * 60 + 30;
    last.cases = 1;
    visits << last;

    std::stable_sort(visits.begin(), visits.end(), [](const PlannedVisit &a, const PlannedVisit &b) {
        return a.date < b.date || (a.date == b.date && a.minute < b.minute);
    });
    return visits;
}

DemoRun::PlannedVisit DemoRun::planBulkVisit(QDate day, int cases)
{
    static const QStringList channels = {Channel::WalkIn, Channel::OnlineMessage, Channel::Phone, Channel::Hotline8890,
                                         Channel::FieldVisit};
    PlannedVisit v;
    v.date = day;
    v.channel = channels.at(DemoRandom::weighted(m_rng, {40, 25, 15, 10, 10}));
    v.minute = DemoRandom::between(m_rng, 8 * 60 + 30, 17 * 60);
    v.community = DemoRandom::between(m_rng, 0, int(m_cast.communities.size()) - 1);
    if (v.channel == Channel::FieldVisit)
        v.point = v.community;
    v.deputies << DemoRandom::pick(m_rng, m_localDeputies);
    v.cases = cases;
    v.group = DemoRandom::chance(m_rng, 0.05);
    return v;
}

// --- writing ----------------------------------------------------------------------------------------

int DemoRun::pickCategory(const PlannedVisit &plan)
{
    QList<int> weights;
    weights.reserve(m_cast.categories.size());
    for (const Category &c : m_cast.categories) {
        int w = baseWeight(c.code);
        if (c.code == plan.theme)
            w *= 12;
        if (plan.channel == Channel::Hotline8890 &&
            (c.code == QLatin1String("urban") || c.code == QLatin1String("utilities") ||
             c.code == QLatin1String("roads")))
            w *= 3;
        if (plan.channel == Channel::Mediation && c.code == QLatin1String("dispute"))
            w *= 15;
        weights << w;
    }
    return DemoRandom::weighted(m_rng, weights);
}

QString DemoRun::externalRef(const QString &platform, QDate day)
{
    // Each platform numbers its own tickets per year; the numbers rise with gaps, as other stations'
    // tickets come in between.
    const QString key = platform + QString::number(day.year());
    int &serial = m_nextRefSerial[key];
    if (serial == 0)
        serial = DemoRandom::between(m_rng, 1000, 20000);
    serial += DemoRandom::between(m_rng, 1, 400);
    if (platform == Channel::Hotline8890)
        return QStringLiteral("8890-%1-%2").arg(day.year()).arg(serial, 7, 10, QLatin1Char('0'));
    if (platform == Channel::FourPlatforms)
        return QStringLiteral("SPT%1%2")
            .arg(day.toString(QStringLiteral("yyyyMMdd")))
            .arg(serial % 10000, 4, 10, QLatin1Char('0'));
    if (platform == Channel::Mediation)
        return QStringLiteral("LNJ-%1-%2").arg(day.year()).arg(serial % 100000, 5, 10, QLatin1Char('0'));
    return QStringLiteral("XF-%1-%2").arg(day.year()).arg(serial % 100000, 5, 10, QLatin1Char('0'));
}

Status DemoRun::writeVisit(WriteTransaction &tx, const PlannedVisit &plan)
{
    const Division &community = m_cast.communities.at(plan.community);
    Visit visit;
    visit.stationId = m_cast.station.id;
    visit.pointId = plan.point >= 0 ? m_cast.points.at(plan.point).id : QString();
    visit.date = plan.date;
    visit.halfDay = plan.minute < 12 * 60 ? HalfDay::Morning : HalfDay::Afternoon;
    visit.channel = plan.channel;
    if (Channel::hasExternalReference(plan.channel))
        visit.externalRef = externalRef(plan.channel, plan.date);
    for (int d : plan.deputies)
        visit.deputyIds << m_cast.deputies.at(d).id;

    Visitor first;
    first.name = DemoNames::personName(m_rng, DemoNames::gender(m_rng));
    first.phone = DemoNames::mobile(m_rng);
    first.communityCode = community.code;
    first.headcount = plan.group ? DemoRandom::between(m_rng, 3, 12) : 1;
    visit.visitors << first;
    if (!plan.group && !m_bulk && DemoRandom::chance(m_rng, 0.05)) {
        Visitor companion;
        companion.name = DemoNames::personName(m_rng, DemoNames::gender(m_rng));
        companion.phone = DemoNames::mobile(m_rng);
        companion.communityCode = community.code;
        visit.visitors << companion;
    }

    QList<CaseRecord> records;
    QStringList titles;
    for (int i = 0; i < plan.cases; ++i) {
        const Category &category = m_cast.categories.at(pickCategory(plan));
        const auto text = DemoCaseTemplates::problem(m_rng, category.code, community.name);
        CaseRecord c;
        c.stationId = m_cast.station.id;
        c.pointId = visit.pointId;
        c.title = text.title;
        c.description = text.description;
        c.categoryId = category.id;
        c.communityCode = community.code;
        c.location = DemoCaseTemplates::location(m_rng, community.name);
        c.channel = plan.channel;
        c.externalRef = visit.externalRef;
        c.citizenName = first.name;
        c.citizenPhone = first.phone;
        c.deputyId = visit.deputyIds.at(i % visit.deputyIds.size());
        const int p = DemoRandom::weighted(m_rng, {4, 89, 6, 1});
        c.priority = Priority::all().at(p);
        c.registeredOn = plan.date;
        records << c;
        titles << c.title;
    }
    visit.summary = summaryPrefix(plan.channel) + titles.join(utf8("；"));

    if (Status s = VisitRepository(m_store).insertWithPeople(tx, visit); !s)
        return s;
    ++m_summary.visits;
    m_summary.visitors += visit.visitorCount;

    for (CaseRecord &c : records) {
        c.visitId = visit.id;
        const Category *category = nullptr;
        for (const Category &candidate : std::as_const(m_cast.categories))
            if (candidate.id == c.categoryId)
                category = &candidate;
        DemoCaseLife::Start start;
        start.date = plan.date;
        start.minute = plan.minute;
        start.onTheSpot = plan.channel == Channel::WalkIn || plan.channel == Channel::FieldVisit ||
                          plan.channel == Channel::Appointment || plan.channel == Channel::ThemedReception;
        start.deadlineDays = category->defaultDeadlineDays;
        start.handlers = m_cast.handlers.value(category->code);
        if (start.handlers.isEmpty())
            start.handlers = m_cast.handlers.value(QStringLiteral("other"));
        // Some of the cases handed out a month or so before the end are still waiting past their
        // deadline: the supervision board has something to chase.
        const qint64 age = plan.date.daysTo(m_to);
        if (!m_bulk && age >= 20 && age <= 45 && (m_overdueForced < 2 || DemoRandom::chance(m_rng, 0.02))) {
            start.slow = true;
            start.overdueAtCutoff = true;
            ++m_overdueForced;
        }
        if (!m_bulk && age <= 12 && !m_pendingHolds.isEmpty())
            start.holdAfter = m_pendingHolds.constFirst();
        QString lastKind;
        if (Status s = writeCase(tx, c, start, &lastKind); !s)
            return s;
        if (!start.holdAfter.isEmpty() && lastKind == start.holdAfter)
            m_pendingHolds.removeFirst();
        m_lastCaseNoByCategory.insert(c.categoryId, c.caseNo);
    }
    return {};
}

Status DemoRun::writeCase(WriteTransaction &tx, CaseRecord &record, const DemoCaseLife::Start &start, QString *lastKind)
{
    // Not CaseRegistration::registerCase: it stamps the "registered" event with the real now, and
    // events cannot be changed afterwards; these three steps are the same with the historical moment.
    auto number = CaseNumberAllocator::next(tx, m_cast.station.code, record.registeredOn);
    if (!number)
        return number.error();
    record.caseNo = number.value();
    record.status = CaseStatus::Registered;

    QList<DemoCaseStep> steps = m_life->plan(start, m_to);
    for (DemoCaseStep &step : steps) {
        if (step.kind == CaseEventKind::Merged) {
            const QString into = m_lastCaseNoByCategory.value(record.categoryId);
            step.note = into.isEmpty() ? utf8("与同类诉求合并办理") : utf8("与%1合并办理").arg(into);
        } else if (step.kind == CaseEventKind::Transferred) {
            static const QList<QPair<QString, const char *>> platforms = {{Channel::Hotline8890, "8890便民服务平台"},
                                                                          {Channel::FourPlatforms, "基层治理四平台"},
                                                                          {Channel::PetitionProxy, "民情民访代办点"}};
            const auto &platform = DemoRandom::pick(m_rng, platforms);
            if (record.externalRef.isEmpty())
                record.externalRef = externalRef(platform.first, step.date);
            step.note = utf8("转交%1办理（编号%2）").arg(utf8(platform.second), record.externalRef);
        }
    }

    auto apply = [&record](const DemoCaseStep &step) {
        const QString &k = step.kind;
        if (k == CaseEventKind::Accepted) {
            record.status = CaseStatus::Accepted;
        } else if (k == CaseEventKind::NotAccepted) {
            record.status = CaseStatus::NotAccepted;
        } else if (k == CaseEventKind::Assigned || k == CaseEventKind::Reassigned) {
            record.status = CaseStatus::Assigned;
            record.departmentId = step.departmentId;
            record.deadline = step.deadline;
            record.assignedOn = step.date;
        } else if (k == CaseEventKind::Replied) {
            record.status = CaseStatus::Replied;
            record.repliedOn = step.date;
        } else if (k == CaseEventKind::FedBack) {
            record.status = CaseStatus::FedBack;
        } else if (k == CaseEventKind::Rated) {
            record.satisfaction = step.satisfaction;
        } else if (k == CaseEventKind::Reopened) {
            // Back on the desk; the rejected reply no longer counts as the answer.
            record.status = CaseStatus::Accepted;
            record.repliedOn = QDate();
        } else if (k == CaseEventKind::Closed) {
            record.status = CaseStatus::Closed;
            record.closedOn = step.date;
        } else if (k == CaseEventKind::Transferred) {
            record.status = CaseStatus::Transferred;
        } else if (k == CaseEventKind::Merged) {
            record.status = CaseStatus::Merged;
        } else if (k == CaseEventKind::Cancelled) {
            record.status = CaseStatus::Cancelled;
        }
    };
    auto eventFor = [&record](const DemoCaseStep &step) {
        CaseEvent e;
        e.stationId = record.stationId;
        e.caseId = record.id;
        e.kind = step.kind;
        e.occurredAt = localMoment(step.date, step.minute);
        if (step.kind == CaseEventKind::Registered || step.kind == CaseEventKind::FedBack)
            e.deputyId = record.deputyId;
        e.departmentId = step.departmentId;
        e.deadline = step.deadline;
        e.satisfaction = step.satisfaction;
        e.note = step.note;
        return e;
    };

    const CaseRepository cases(m_store);
    const CaseEventRepository events(m_store);
    if (m_bulk) {
        // One row in its final state, then its history: half the writes of replaying every step.
        for (const DemoCaseStep &step : std::as_const(steps))
            apply(step);
        if (Status s = cases.insert(tx, record); !s)
            return s;
        for (const DemoCaseStep &step : std::as_const(steps)) {
            if (step.kind == CaseEventKind::Replied)
                continue; // see DemoCaseLife::planSimple
            CaseEvent e = eventFor(step);
            if (Status s = events.append(tx, e); !s)
                return s;
            ++m_summary.events;
        }
    } else {
        // Replayed step by step, so the outbox holds the case's history as staff would have made it.
        if (Status s = cases.insert(tx, record); !s)
            return s;
        for (const DemoCaseStep &step : std::as_const(steps)) {
            CaseEvent e = eventFor(step);
            if (Status s = events.append(tx, e); !s)
                return s;
            ++m_summary.events;
            if (step.kind == CaseEventKind::Registered)
                continue;
            apply(step);
            if (Status s = cases.update(tx, record); !s)
                return s;
        }
    }
    *lastKind = steps.constLast().kind;
    ++m_summary.cases;
    ++m_casesInBatch;
    return {};
}

} // namespace zt
