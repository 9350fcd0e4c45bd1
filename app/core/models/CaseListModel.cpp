#include "models/CaseListModel.h"

#include "common/Clock.h"
#include "domain/Codes.h"
#include "domain/DomainText.h"
#include "search/CaseSearchQuery.h"
#include "storage/CaseSearchIndex.h"
#include "storage/SqliteStatement.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace zt {

namespace {

// How one sort orders the rows and continues after a row. The key always ends in the primary key, so
// it is unique and a page boundary inside a run of equal dates neither skips nor repeats a row.
struct SortSpec
{
    const char *key;     // a row value compared for keyset paging; page() rebuilds it from the row's columns
    int keyLength;       // columns in key
    const char *orderBy; // the same columns, in the same direction as comparison
    const char *after;   // "<" or ">": strictly after the last row in this order
};

// The columns page() reads, in this order: the key of every sort is made from them, so the statement
// selects nothing twice (decoding a column costs more than reading it, see tests/bench/README.md).
enum PageColumn { IdColumn, NumberColumn, TitleColumn, CategoryColumn, CommunityColumn, StatusColumn,
                  DepartmentColumn, DeadlineColumn, RegisteredColumn };

SortSpec sortSpec(CaseFilter::Sort sort)
{
    switch (sort) {
    case CaseFilter::Sort::RegisteredNewest:
        break;
    case CaseFilter::Sort::RegisteredOldest:
        return {"c.registered_on, c.id", 2, "c.registered_on, c.id", ">"};
    case CaseFilter::Sort::DeadlineSoonest:
        // Nulls last, and without NULL inside the row value (a comparison with NULL is never true).
        return {"c.deadline IS NULL, ifnull(c.deadline, ''), c.id", 3,
                "c.deadline IS NULL, ifnull(c.deadline, ''), c.id", ">"};
    case CaseFilter::Sort::CaseNumber:
        return {"c.case_no", 1, "c.case_no", ">"}; // case_no is unique
    }
    return {"c.registered_on, c.id", 2, "c.registered_on DESC, c.id DESC", "<"};
}

QStringList openStatuses()
{
    QStringList open;
    for (const QString &s : CaseStatus::all())
        if (CaseStatus::isOpen(s))
            open << s;
    return open;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

// Working days in (from, to] as WorkingDayCalendar::workingDaysBetween counts them: Monday to Friday
// from the Julian day numbers (JDN % 7 == 0 is a Monday), less the weekday holidays, plus the weekend
// make-up working days of the store's calendar. Negative when to is earlier (callers clamp at 0).
QString workingDaysSql(const QString &from, const QString &to)
{
    const auto weekdaysUpTo = [](const QString &date) {
        const QString jdn = QStringLiteral("CAST(julianday(%1) + 0.5 AS INTEGER)").arg(date);
        return QStringLiteral("((%1 / 7) * 5 + min(%1 % 7 + 1, 5))").arg(jdn);
    };
    return QStringLiteral("(%1 - %2 - (SELECT count(*) FROM calendar_day h WHERE h.day > %3 AND h.day <= %4 "
                          "AND h.kind = 'holiday' AND strftime('%w', h.day) NOT IN ('0', '6')) + "
                          "(SELECT count(*) FROM calendar_day h WHERE h.day > %3 AND h.day <= %4 "
                          "AND h.kind = 'workday' AND strftime('%w', h.day) IN ('0', '6')))")
        .arg(weekdaysUpTo(to), weekdaysUpTo(from), from, to);
}

void appendDateRange(QString &sql, QVariantList &binds, const char *column, const QDate &from, const QDate &to)
{
    if (from.isValid()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(QLatin1String(column));
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND %1 <= ?").arg(QLatin1String(column));
        binds << to.toString(Qt::ISODate);
    }
}

// The conditions a dashboard bar or slice adds (CaseFilter's second block), in binding order.
void appendFigureConditions(QString &sql, QVariantList &binds, const CaseFilter &f)
{
    if (f.countedOnly)
        sql += QStringLiteral(" AND c.status NOT IN ('cancelled', 'merged')");
    if (!f.communityCode.isEmpty()) {
        sql += QStringLiteral(" AND c.community_code = ?");
        binds << f.communityCode;
    }
    if (!f.satisfaction.isEmpty()) {
        sql += QStringLiteral(" AND c.satisfaction = ?");
        binds << f.satisfaction;
    }
    appendDateRange(sql, binds, "c.closed_on", f.closedFrom, f.closedTo);
    if (f.closedFrom.isValid() || f.closedTo.isValid())
        sql += QStringLiteral(" AND c.status = 'closed'");
    appendDateRange(sql, binds, "c.replied_on", f.repliedFrom, f.repliedTo);
    if (f.replyDaysMin >= 0 || f.replyDaysMax >= 0) {
        const QString days =
            QStringLiteral("max(0, %1)").arg(workingDaysSql(QStringLiteral("c.assigned_on"), QStringLiteral("c.replied_on")));
        sql += QStringLiteral(" AND c.assigned_on IS NOT NULL AND c.replied_on IS NOT NULL");
        if (f.replyDaysMin >= 0) {
            sql += QStringLiteral(" AND %1 >= ?").arg(days);
            binds << f.replyDaysMin;
        }
        if (f.replyDaysMax >= 0) {
            sql += QStringLiteral(" AND %1 <= ?").arg(days);
            binds << f.replyDaysMax;
        }
    }
}

// The conditions every statement shares, in binding order.
void appendWhere(QString &sql, QVariantList &binds, const QString &stationId, const CaseFilter &f, const QDate &today,
                 bool ordered)
{
    // ordered: a page query. Ordering by case number rides the unique case_no index (numbers start with the
    // station code); the unary + keeps the planner from taking the station index instead and sorting every
    // case of the station for each page. A count has no order and keeps the station index.
    if (!f.districtCode.isEmpty()) {
        // A district user's drill-down: every station of the district the store holds.
        sql += QStringLiteral(" WHERE c.station_id IN (SELECT id FROM station WHERE code LIKE ? AND deleted = 0) "
                              "AND c.deleted = 0");
        binds << f.districtCode.left(6) + QLatin1Char('%');
    } else {
        sql += ordered && f.sort == CaseFilter::Sort::CaseNumber
                   ? QStringLiteral(" WHERE +c.station_id = ? AND c.deleted = 0")
                   : QStringLiteral(" WHERE c.station_id = ? AND c.deleted = 0");
        binds << (f.stationId.isEmpty() ? stationId : f.stationId);
    }
    if (!f.statuses.isEmpty()) {
        QStringList list(f.statuses.cbegin(), f.statuses.cend());
        list.sort();
        sql += QStringLiteral(" AND c.status IN (%1)").arg(placeholders(list.size()));
        for (const QString &s : std::as_const(list))
            binds << s;
    }
    if (f.sort == CaseFilter::Sort::DeadlineSoonest) {
        const QStringList open = openStatuses();
        sql += QStringLiteral(" AND c.status IN (%1)").arg(placeholders(open.size()));
        for (const QString &s : open)
            binds << s;
    }
    const std::pair<const char *, const QString *> equalities[] = {{" AND c.category_id = ?", &f.categoryId},
                                                                   {" AND c.department_id = ?", &f.departmentId},
                                                                   {" AND c.point_id = ?", &f.pointId},
                                                                   {" AND c.deputy_id = ?", &f.deputyId}};
    for (const auto &[fragment, value] : equalities) {
        if (!value->isEmpty()) {
            sql += QLatin1String(fragment);
            binds << *value;
        }
    }
    if (f.noCategory)
        sql += QStringLiteral(" AND coalesce(c.category_id, '') = ''");
    if (f.registeredFrom.isValid()) {
        sql += QStringLiteral(" AND c.registered_on >= ?");
        binds << f.registeredFrom.toString(Qt::ISODate);
    }
    if (f.registeredTo.isValid()) {
        sql += QStringLiteral(" AND c.registered_on <= ?");
        binds << f.registeredTo.toString(Qt::ISODate);
    }
    if (f.overdueOnly) {
        sql += QStringLiteral(" AND c.status = ? AND c.deadline < ?");
        binds << CaseStatus::Assigned << today.toString(Qt::ISODate);
    }
    appendFigureConditions(sql, binds, f);
    // Words of the title, description or replies, through the bigram index (CaseSearchIndex).
    CaseSearchIndex::appendCondition(sql, binds, CaseSearchQuery::parse(f.text), QStringLiteral("c.rowid"));
}

} // namespace

CaseListModel::CaseListModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    // Not watch(): the reload on a change goes through the same guard as a new filter.
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (table == QLatin1String("cases"))
            reloadFromStart();
    });
}

QStringList CaseListModel::headers() const
{
    return {tr("Case number"), tr("Title"), tr("Category"), tr("Community"), tr("Status"),
            tr("Department"), tr("Deadline"), tr("Registered")};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    // A view reacts to rowsInserted by asking for more before it has laid the new rows out; answering
    // that nested call would read the whole store page after page.
    if (parent.isValid() || !m_more || m_fetching)
        return;
    m_fetching = true;
    Page more = page();
    if (!more.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.rows.size() - 1));
        append(std::move(more));
        endInsertRows();
    }
    m_fetching = false;
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reloadFromStart();
}

void CaseListModel::reloadFromStart()
{
    // A modelReset handler may ask for more before every listener has seen the reset (Qt 6.4's
    // QAbstractItemModelTester does, and then reports the insertion as nested in the reset). Refuse
    // until the reset is over: views ask again once they have laid out the first page.
    const bool wasFetching = m_fetching;
    m_fetching = true;
    reload();
    m_fetching = wasFetching;
}

QVector<ReadOnlyTableModel::Row> CaseListModel::load()
{
    // Inside the base's model reset: the rows live here, not in the base's cells.
    m_lastKey.clear();
    m_text.clear();
    m_rows.clear();
    m_statusCodes.clear();
    m_statusTexts.clear();
    append(page());
    return {};
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::text(const PageRow &row, Kept kept) const
{
    const Span span = row.spans[kept];
    if (span.length < 0)
        return {};
    // An empty text stays a non-null QString, as SQL tells '' from NULL (what SqliteStatement::text gives).
    return span.length > 0 ? QString::fromUtf8(m_text.constData() + span.offset, span.length) : QStringLiteral("");
}

QVariant CaseListModel::cell(const PageRow &row, Kept kept) const
{
    return row.spans[kept].length < 0 ? QVariant() : QVariant(text(row, kept));
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const PageRow &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return text(row, KeptId);
    if (role == Qt::ToolTipRole)
        return index.column() == Title ? cell(row, KeptTitle) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return cell(row, KeptNumber);
    case Title:
        return cell(row, KeptTitle);
    case Category:
        return cell(row, KeptCategory);
    case Community:
        return cell(row, KeptCommunity);
    case Status:
        return row.status >= 0 ? QVariant(m_statusTexts.at(row.status)) : QVariant();
    case Department:
        return cell(row, KeptDepartment);
    case Deadline:
        return cell(row, KeptDeadline);
    case Registered:
        return cell(row, KeptRegistered);
    case ColumnCount:
        break;
    }
    return {};
}

QString CaseListModel::rowId(int row) const
{
    return row >= 0 && row < m_rows.size() ? text(m_rows.at(row), KeptId) : QString();
}

void CaseListModel::append(Page &&page)
{
    if (m_text.isEmpty())
        m_text = std::move(page.text);
    else
        m_text += page.text;
    m_rows += page.rows;
}

CaseListModel::Query CaseListModel::pageQuery(const QString &stationId, const CaseFilter &filter, const QDate &today,
                                              const QVariantList &after, int limit)
{
    const SortSpec spec = sortSpec(filter.sort);
    Query q;
    q.sql = QStringLiteral("SELECT c.id, c.case_no, c.title, cat.name, d.name, c.status, dep.name, c.deadline, "
                           "c.registered_on FROM cases c "
                           "LEFT JOIN category cat ON cat.id = c.category_id "
                           "LEFT JOIN division d ON d.code = c.community_code "
                           "LEFT JOIN department dep ON dep.id = c.department_id");
    appendWhere(q.sql, q.binds, stationId, filter, today, true);
    if (after.size() == spec.keyLength) {
        // A row value comparison lets SQLite start the index range at the key instead of filtering from
        // the top, so page n costs what page 1 does.
        q.sql += QStringLiteral(" AND (%1) %2 (%3)")
                     .arg(QLatin1String(spec.key), QLatin1String(spec.after), placeholders(spec.keyLength));
        q.binds += after;
    }
    q.sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(QLatin1String(spec.orderBy));
    q.binds << limit;
    return q;
}

CaseListModel::Query CaseListModel::countQuery(const QString &stationId, const CaseFilter &filter, const QDate &today)
{
    Query q;
    q.sql = QStringLiteral("SELECT count(*) FROM cases c");
    appendWhere(q.sql, q.binds, stationId, filter, today, false);
    return q;
}

qint64 CaseListModel::countMatching(const QSqlDatabase &db, const QString &stationId, const CaseFilter &filter,
                                    const QDate &today)
{
    const Query query = countQuery(stationId, filter, today);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(query.sql))
        return -1;
    for (const QVariant &b : query.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 CaseListModel::countMatching() const
{
    return countMatching(m_store.db(), m_store.stationId(), m_filter, Clock::today());
}

CaseListModel::Page CaseListModel::page()
{
    Page out;
    const Query query = pageQuery(m_store.stationId(), m_filter, Clock::today(), m_lastKey, m_pageSize);
    // Straight on the SQLite handle: through QSqlQuery, decoding every column of every row (UTF-16 inside
    // SQLite, then a QVariant each) cost more than running the statement (tests/bench/README.md). The bytes are
    // kept as they are, one buffer a page, and decoded in data() for the rows a view shows.
    SqliteStatement q(m_store.db(), query.sql, query.binds);
    if (!q.ok()) {
        m_more = false;
        return out;
    }
    static constexpr PageColumn source[KeptCount] = {IdColumn,        NumberColumn,    TitleColumn,
                                                     CategoryColumn,  CommunityColumn, DepartmentColumn,
                                                     DeadlineColumn,  RegisteredColumn};
    // Offsets count from the start of the model's buffer, which this page's text will follow.
    const auto base = quint32(m_text.size());
    out.text.reserve(m_pageSize * 128);
    out.rows.reserve(m_pageSize);
    while (q.next()) {
        PageRow row;
        for (int k = 0; k < KeptCount; ++k) {
            const QByteArrayView bytes = q.utf8(source[k]);
            if (bytes.isNull())
                continue;
            row.spans[k] = {base + quint32(out.text.size()), qint32(bytes.size())};
            out.text.append(bytes.data(), bytes.size());
        }
        // A page shows a handful of statuses: translate each once, not once per row.
        const QByteArrayView status = q.utf8(StatusColumn);
        row.status = int(m_statusCodes.indexOf(status));
        if (row.status < 0) {
            row.status = int(m_statusCodes.size());
            m_statusCodes.append(status.toByteArray());
            m_statusTexts.append(DomainText::caseStatus(status.isNull() ? QString() : QString::fromUtf8(status)));
        }
        out.rows.append(row);
    }
    m_more = out.rows.size() == m_pageSize;
    if (out.rows.isEmpty())
        return out;
    // The sort key of the last row, as the SortSpec compares it.
    const PageRow &last = out.rows.constLast();
    const auto value = [&](Kept kept) {
        const Span span = last.spans[kept];
        return span.length < 0 ? QVariant()
                               : QVariant(QString::fromUtf8(out.text.constData() + (span.offset - base), span.length));
    };
    switch (m_filter.sort) {
    case CaseFilter::Sort::RegisteredNewest:
    case CaseFilter::Sort::RegisteredOldest:
        m_lastKey = {value(KeptRegistered), value(KeptId)};
        break;
    case CaseFilter::Sort::DeadlineSoonest: {
        // Not a null QString for a missing deadline: that would bind as NULL, and no row compares after NULL.
        const QVariant deadline = value(KeptDeadline);
        m_lastKey = {deadline.isNull() ? 1 : 0, deadline.isNull() ? QStringLiteral("") : deadline.toString(),
                     value(KeptId)};
        break;
    }
    case CaseFilter::Sort::CaseNumber:
        m_lastKey = {value(KeptNumber)};
        break;
    }
    return out;
}

} // namespace zt
