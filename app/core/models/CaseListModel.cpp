#include "models/CaseListModel.h"

#include "domain/DomainText.h"
#include "storage/Store.h"

#include <QSqlQuery>

namespace zt {

CaseListModel::CaseListModel(Store &store, QObject *parent) : ReadOnlyTableModel(store, parent)
{
    watch({QStringLiteral("cases")});
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
    appendRows(page(m_lastDate, m_lastId));
    m_fetching = false;
}

QVector<ReadOnlyTableModel::Row> CaseListModel::load()
{
    return page({}, {});
}

QVector<ReadOnlyTableModel::Row> CaseListModel::page(const QString &afterDate, const QString &afterId)
{
    QVector<Row> out;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // Keyset: continue strictly after the last row shown; rides the (station_id, registered_on, id) index.
    const QString keyset = afterDate.isEmpty() ? QString()
                                               : QStringLiteral(" AND (c.registered_on < ? OR (c.registered_on = ? AND c.id < ?))");
    q.prepare(QStringLiteral("SELECT c.id, c.case_no, c.title, cat.name, d.name, c.status, dep.name, c.deadline, "
                             "c.registered_on FROM cases c "
                             "LEFT JOIN category cat ON cat.id = c.category_id "
                             "LEFT JOIN division d ON d.code = c.community_code "
                             "LEFT JOIN department dep ON dep.id = c.department_id "
                             "WHERE c.station_id = ? AND c.deleted = 0%1 "
                             "ORDER BY c.registered_on DESC, c.id DESC LIMIT ?")
                  .arg(keyset));
    q.addBindValue(m_store.stationId());
    if (!afterDate.isEmpty()) {
        q.addBindValue(afterDate);
        q.addBindValue(afterDate);
        q.addBindValue(afterId);
    }
    q.addBindValue(PageSize);
    if (!q.exec()) {
        m_more = false;
        return out;
    }
    while (q.next()) {
        Row row;
        row.id = q.value(0).toString();
        row.cells = {q.value(1), q.value(2), q.value(3), q.value(4), DomainText::caseStatus(q.value(5).toString()),
                     q.value(6), q.value(7), q.value(8)};
        row.tooltips = {QVariant(), q.value(2)};
        m_lastDate = q.value(8).toString();
        m_lastId = row.id;
        out.append(row);
    }
    m_more = out.size() == PageSize;
    return out;
}

} // namespace zt
