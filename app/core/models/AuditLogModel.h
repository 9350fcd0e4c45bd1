#pragma once
// The audit trail for the viewer page: who did what and when, newest first, filtered by user, action
// and days. Only a role with ViewAuditLog gets rows; anybody else gets none and a reason (error()).

#include "models/ReadOnlyTableModel.h"
#include "storage/AuditLog.h"

#include <QHash>

namespace zt {

class AuditLogModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, DetailColumn };

    explicit AuditLogModel(Store &store, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    // Why there are no rows when the user may not read the log; empty otherwise.
    QString error() const { return m_error; }

    // For the filter boxes: (user id, name) of everyone in the log, and the actions it holds.
    QList<std::pair<QString, QString>> users() const;
    QStringList actions() const;

    // The action in the user's words ("Signed in", "Viewed a phone or ID number").
    static QString actionLabel(const QString &action);

protected:
    QStringList headers() const override;
    QVector<Row> load() override;

private:
    QString userName(const QString &userId) const;

    AuditFilter m_filter;
    QString m_error;
    mutable QHash<QString, QString> m_names;
};

} // namespace zt
