#include "io/LedgerImporter.h"

#include "domain/Codes.h"
#include "io/CaseExporter.h"
#include "io/LedgerCells.h"
#include "refdata/DivisionCatalog.h"
#include "security/AccessPolicy.h"
#include "storage/CaseSearchIndex.h"
#include "storage/CategoryRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/LedgerImportRepository.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "storage/VisitRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"
#include "workflow/CaseWorkflow.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTime>

namespace zt {

namespace {

using F = LedgerColumns::Field;

QString cell(const QStringList &cells, const LedgerColumns &columns, F field)
{
    const int c = columns.column(field);
    return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
}

// The ledger knows days, not times: each step of a row happens at 09:00 local time on its day, a minute after
// the step before, so steps on the same day keep their order on the timeline.
QDateTime at(QDate day, int step)
{
    return QDateTime(day, QTime(9, step)).toUTC();
}

// A short title from what the citizen said: its first sentence, at most 30 characters.
QString titleOf(const QString &problem)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？!?\\n；;]"));
    QString first = problem.section(sentenceEnd, 0, 0).trimmed();
    if (first.isEmpty())
        first = problem.trimmed();
    constexpr int kMax = 30;
    return first.size() > kMax ? first.left(kMax - 1) + QChar(0x2026) : first;
}

// Community names compare without the usual suffixes, so 新河村 matches 新河村村委会 and 白云 matches 白云社区.
QString shortCommunityName(const QString &name)
{
    static const QRegularExpression suffix(QStringLiteral("(社区居民委员会|居民委员会|村民委员会|居委会|村委会|社区|村)$"));
    QString s = name.trimmed();
    s.remove(suffix);
    return s;
}

} // namespace

LedgerImporter::LedgerImporter(Store &store) : m_store(store), m_calendar(WorkingDayCalendar::fromStore(store.db())) {}

QString LedgerImporter::fingerprint(const LedgerColumns &columns, const QStringList &cells)
{
    QByteArray data;
    for (F f : LedgerColumns::fields()) {
        data += LedgerColumns::code(f).toUtf8();
        data += '=';
        data += cell(cells, columns, f).toUtf8();
        data += '\x1f';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString LedgerImporter::assignmentRefusal()
{
    return tr("Assigned to a department (%1): assigning needs a station head, who can import this row later from "
              "the same file.")
        .arg(LedgerColumns::header(F::Department));
}

int LedgerImporter::rowsNeedingAssignment(Store &store, const LedgerFile::Content &content,
                                          const LedgerColumns &columns)
{
    if (AccessPolicy::requireCurrent(store, Permission::AssignCases) || columns.column(F::Department) < 0)
        return 0;
    const LedgerImportRepository bookkeeping(store.db());
    int rows = 0;
    for (const XlsxReader::Row &row : content.rows)
        if (!cell(row.cells, columns, F::Department).isEmpty() &&
            !bookkeeping.caseForFingerprint(fingerprint(columns, row.cells)))
            ++rows;
    return rows;
}

QByteArray LedgerImporter::refusedRowsCsv(const LedgerImportReport &report)
{
    QByteArray out("\xEF\xBB\xBF");
    out += CaseExporter::csvLine({tr("Line"), tr("Reason")});
    for (const LedgerRowProblem &p : report.refused)
        out += CaseExporter::csvLine({QString::number(p.line), p.reason});
    return out;
}

Status LedgerImporter::loadLookups()
{
    const auto station = StationRepository(m_store).find(m_store.stationId());
    if (!station)
        return Error{QStringLiteral("import.no_station"),
                     tr("This store is not set up for a station yet; set it up before importing a ledger.")};
    m_stationCode = station->code;
    for (const Deputy &d : DeputyRepository(m_store).listForStation(m_store.stationId()))
        m_deputies.insert(d.name.trimmed(), d.id);
    for (const Department &d : DepartmentRepository(m_store).listForStation(m_store.stationId()))
        m_departments.insert(d.name.trimmed(), d.id);
    for (const Category &c : CategoryRepository(m_store).listForStation(m_store.stationId())) {
        m_categories.insert(c.code, c.id);
        m_categories.insert(c.name.trimmed(), c.id);
    }
    for (const Division &v : DivisionCatalog(m_store.db()).villagesOf(station->divisionCode.isEmpty() ? station->code : station->divisionCode)) {
        m_communities.insert(v.name, v.code);
        m_communities.insert(shortCommunityName(v.name), v.code);
    }
    return {};
}

Result<LedgerImportReport> LedgerImporter::importFile(const QString &path, const LedgerImportOptions &options)
{
    auto content = LedgerFile::read(path);
    if (!content)
        return content.error();
    return importContent(content.value(), options);
}

Result<LedgerImportReport> LedgerImporter::importContent(const LedgerFile::Content &content,
                                                         const LedgerImportOptions &options)
{
    const LedgerColumns columns = options.columns ? *options.columns : LedgerColumns::fromHeaders(content.header.cells);
    if (const QList<F> missing = columns.missingRequired(); !missing.isEmpty()) {
        QStringList names;
        for (F f : missing)
            names << LedgerColumns::header(f);
        return Error{QStringLiteral("import.missing_columns"),
                     tr("The ledger has no column for %1. Choose the column in the mapping, or add it to the ledger.")
                         .arg(names.join(QStringLiteral(", ")))};
    }
    // Every row becomes a visit and a case: refuse the whole file at once rather than each row with the same reason.
    for (Permission needed : {Permission::RecordVisits, Permission::FollowCases})
        if (Status s = AccessPolicy::requireCurrent(m_store, needed); !s)
            return s.error();
    if (Status s = loadLookups(); !s)
        return s.error();
    // Rows that assign are refused one by one (assignmentRefusal), the others import.
    m_mayAssign = AccessPolicy::requireCurrent(m_store, Permission::AssignCases).ok();

    LedgerImportReport report;
    report.rows = int(content.rows.size());
    // Indexing for search once at the end instead of row by row (see CaseSearchIndex).
    auto deferral = CaseSearchIndex::defer(m_store.db());
    if (!deferral)
        return deferral.error();
    const LedgerImportRepository bookkeeping(m_store.db());
    int done = 0;
    for (const XlsxReader::Row &row : content.rows) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const QString fp = fingerprint(columns, row.cells);
        if (bookkeeping.caseForFingerprint(fp)) {
            ++report.alreadyImported;
        } else if (Status s = importRow(row.cells, columns, fp); s) {
            ++report.imported;
        } else {
            report.refused.append({row.line, s.error().message});
        }
        if (options.progress)
            options.progress(++done, report.rows);
    }
    if (Status s = deferral->finish(); !s)
        return s.error();
    return report;
}

Status LedgerImporter::importRow(const QStringList &cells, const LedgerColumns &columns, const QString &fingerprint)
{
    auto refuse = [](const QString &why) { return Error{QStringLiteral("import.bad_row"), why}; };
    // Dates: a cell that is filled must be a date.
    QHash<F, QDate> dates;
    for (F f : {F::VisitDate, F::AssignedDate, F::RepliedDate, F::FedBackDate, F::ClosedDate}) {
        const QString text = cell(cells, columns, f);
        if (text.isEmpty())
            continue;
        const auto day = LedgerCells::date(text);
        if (!day)
            return refuse(tr("%1 \"%2\" is not a date (write it as 2026-09-10).").arg(LedgerColumns::header(f), text));
        dates.insert(f, *day);
    }
    if (!dates.contains(F::VisitDate))
        return refuse(tr("The reception date (%1) is empty.").arg(LedgerColumns::header(F::VisitDate)));
    const QString problem = cell(cells, columns, F::Problem);
    if (problem.isEmpty())
        return refuse(tr("The problem raised (%1) is empty.").arg(LedgerColumns::header(F::Problem)));

    QStringList deputyIds;
    for (const QString &name : LedgerCells::names(cell(cells, columns, F::Deputies))) {
        const QString id = m_deputies.value(name);
        if (id.isEmpty())
            return refuse(tr("There is no deputy called %1 at this station. Add the deputy, then import the ledger "
                             "again.")
                              .arg(name));
        if (!deputyIds.contains(id))
            deputyIds << id;
    }
    QString categoryId;
    if (const QString name = cell(cells, columns, F::Category); !name.isEmpty()) {
        categoryId = m_categories.value(name);
        if (categoryId.isEmpty())
            return refuse(tr("There is no category called %1. Add it in the settings or correct the ledger.").arg(name));
    }
    QString departmentId;
    if (const QString name = cell(cells, columns, F::Department); !name.isEmpty()) {
        departmentId = m_departments.value(name);
        if (departmentId.isEmpty())
            return refuse(tr("There is no department called %1. Add it in the settings or correct the ledger.")
                              .arg(name));
    }
    const auto satisfaction = LedgerCells::satisfaction(cell(cells, columns, F::Satisfaction));
    if (!satisfaction)
        return refuse(tr("The satisfaction \"%1\" is not one of 满意, 基本满意, 不满意.")
                          .arg(cell(cells, columns, F::Satisfaction)));
    QDate deadline;
    const QString deadlineText = cell(cells, columns, F::Deadline);
    const QDate assignedOn = dates.value(F::AssignedDate, dates.value(F::VisitDate));
    if (!deadlineText.isEmpty()) {
        if (const auto day = LedgerCells::date(deadlineText))
            deadline = *day;
        else if (const auto days = LedgerCells::workingDays(deadlineText))
            deadline = m_calendar.addWorkingDays(assignedOn, *days);
        else
            return refuse(tr("The deadline \"%1\" is neither a date nor a number of working days.").arg(deadlineText));
    }
    const QString replyText = cell(cells, columns, F::ReplyText);
    const bool replied = !replyText.isEmpty() || dates.contains(F::RepliedDate);
    const bool fedBack = dates.contains(F::FedBackDate) || !satisfaction->isEmpty() || dates.contains(F::ClosedDate);
    if ((replied || fedBack) && departmentId.isEmpty())
        return refuse(tr("The row has a reply or a result but no department (%1).").arg(LedgerColumns::header(F::Department)));

    // Checked after the row's own mistakes, so those are reported (and corrected) first.
    if (!departmentId.isEmpty() && !m_mayAssign)
        return Error{QStringLiteral("import.needs_assignment"), assignmentRefusal()};

    const QString communityText = cell(cells, columns, F::Community);
    const QString communityCode =
        m_communities.value(communityText, m_communities.value(shortCommunityName(communityText)));

    WriteTransaction tx(m_store);
    const QDate visitDay = dates.value(F::VisitDate);
    Visit visit;
    visit.date = visitDay;
    visit.halfDay = HalfDay::Morning;
    visit.channel = Channel::WalkIn;
    visit.summary = problem;
    visit.deputyIds = deputyIds;
    Visitor visitor;
    visitor.name = cell(cells, columns, F::VisitorName);
    visitor.phone = cell(cells, columns, F::Phone);
    visitor.communityCode = communityCode;
    visit.visitors << visitor;
    if (Status s = VisitRepository(m_store).insertWithPeople(tx, visit); !s)
        return s;

    CaseRecord record;
    record.title = titleOf(problem);
    record.description = problem;
    record.categoryId = categoryId;
    record.communityCode = communityCode;
    record.location = communityCode.isEmpty() ? communityText : QString();
    record.channel = Channel::WalkIn;
    record.visitId = visit.id;
    record.citizenName = visitor.name;
    record.citizenPhone = visitor.phone;
    record.deputyId = deputyIds.value(0);
    record.registeredOn = visitDay;
    if (Status s = CaseRegistration::registerCase(tx, m_stationCode, record, at(visitDay, 0)); !s)
        return s;

    CaseWorkflow workflow(m_store, m_calendar);
    workflow.useTransaction(&tx);
    // The steps the ledger shows, in the closed loop's order; the workflow refuses what does not fit (a reply
    // dated before the assignment, a date in the future) with its own reason.
    auto step = [&](const QString &what, Status s) -> Status {
        if (s)
            return s;
        return refuse(tr("%1: %2").arg(what, s.error().message));
    };
    if (!departmentId.isEmpty()) {
        if (Status s = step(tr("Accepting"), workflow.accept(record.id, at(assignedOn, 1))); !s)
            return s;
        if (Status s = step(tr("Assigning"), workflow.assign(record.id, departmentId, deadline, at(assignedOn, 2))); !s)
            return s;
    }
    const QDate replyDay = dates.value(F::RepliedDate, assignedOn);
    if (replied) {
        if (Status s = step(tr("Reply"), workflow.reply(record.id, replyText.isEmpty() ? tr("(no text in the ledger)")
                                                                                       : replyText,
                                                        replyDay, at(replyDay, 3)));
            !s)
            return s;
    }
    const QDate closedDay = dates.value(F::ClosedDate);
    if (fedBack) {
        const QDate fedDay = dates.value(F::FedBackDate, closedDay.isValid() ? closedDay : replyDay);
        if (Status s = step(tr("Feedback"), workflow.feedBack(record.id, tr("Recorded in the ledger"), {}, at(fedDay, 4)));
            !s)
            return s;
        const QDate ratedDay = closedDay.isValid() ? closedDay : fedDay;
        if (!satisfaction->isEmpty()) {
            if (Status s = step(tr("Rating"), workflow.rate(record.id, *satisfaction, {}, at(ratedDay, 5))); !s)
                return s;
        }
        if (closedDay.isValid() && satisfaction->isEmpty()) {
            if (Status s = step(tr("Closing"), workflow.close(record.id, tr("Closed in the ledger"), at(closedDay, 6)));
                !s)
                return s;
        }
    }
    if (Status s = LedgerImportRepository(m_store.db()).recordRow(fingerprint, record.id); !s)
        return s;
    return tx.commit();
}

} // namespace zt
