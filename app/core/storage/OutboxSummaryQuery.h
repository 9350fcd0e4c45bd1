#pragma once
// What the sync page shows of the outbox without listing tens of thousands of rows: the changes
// waiting to be sent grouped by kind of record (count and newest change), a page of one kind's
// changes when the user opens it, and every change the server refused, each with its reason.

#include <QList>
#include <QString>

namespace zt {

class Store;

struct OutboxKind
{
    QString table;
    qint64 waiting = 0;
    QString newestHlc; // the newest waiting change's clock stamp
};

struct OutboxEntry
{
    qint64 deviceSeq = 0;
    QString table;
    QString rowId;
    QString op;        // insert | update | delete
    QString hlc;
    QString lastError; // "code: reason" of a refusal (empty while waiting)
    // What a person knows the record by, where there is such a thing without personal data: a case's
    // number and title, a case event's case number, a department's, category's, deputy's or liaison
    // point's name, a visit's date, a schedule's or an activity's title. Empty otherwise (a visitor, an
    // attachment, a link) or when the row is gone.
    QString recordName;
};

class OutboxSummaryQuery
{
public:
    explicit OutboxSummaryQuery(Store &store) : m_store(store) {}

    // Waiting changes (not yet answered) per table, the largest group first.
    QList<OutboxKind> waitingByKind() const;
    // Up to `limit` waiting changes of one table, newest first, skipping `offset`.
    QList<OutboxEntry> waitingOf(const QString &table, int limit, int offset = 0) const;
    // Changes the server refused (they never block the others), newest first, at most `limit`.
    QList<OutboxEntry> refused(int limit) const;
    qint64 refusedCount() const;

private:
    Store &m_store;
};

} // namespace zt
