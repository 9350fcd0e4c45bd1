#pragma once
// Pulled rows kept aside because they name a row this PC does not have (sql/client/0017): a page of
// the server is stored without them instead of failing at COMMIT on its deferred foreign keys (which
// stopped every later pull on the same page); they are tried again with the page that brings what
// they name, and listed on the sync page meanwhile. All reads and writes run inside the page's
// transaction (SyncStateRepository::apply).

#include "common/Result.h"
#include "sync/PullPage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace zt {

struct HeldRow
{
    sync::PulledRow row;
    QString refColumn; // the column that names a missing row
    QString refTable;
    QString refId;
    QDateTime heldAt;

    QString key() const { return row.table + QLatin1Char('/') + row.row.value(QStringLiteral("id")).toString(); }
};

class HeldRowRepository
{
public:
    explicit HeldRowRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Everything kept aside, oldest version first (the sync page, the tests).
    QList<HeldRow> all() const;
    qint64 count() const;
    // The held rows worth trying with this page: those whose missing row is on this PC now or comes
    // in the page (a row still missing would only fail again).
    QList<HeldRow> ready(const sync::PullPage &page) const;
    // Among the rows written in the open transaction (ids by table), those that name a row this PC
    // does not have, one entry per row, with the first such column.
    Result<QList<HeldRow>> violations(const QHash<QString, QStringList> &written) const;
    // In the open transaction: the rows stored now leave the list, the rows kept aside go in (their
    // latest version). Unchanged entries stay.
    Status update(const QStringList &storedKeys, const QList<HeldRow> &held);

private:
    QSqlDatabase m_db;
};

} // namespace zt
