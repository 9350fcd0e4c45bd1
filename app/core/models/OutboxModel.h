#pragma once
// Changes waiting to be synced (待同步), oldest first, as the sync page lists them.

#include "models/ReadOnlyTableModel.h"

namespace zt {

class OutboxModel : public ReadOnlyTableModel
{
    Q_OBJECT
public:
    enum Column { Sequence, Table, Operation, Time, State, LastError, ColumnCount };
    explicit OutboxModel(Store &store, QObject *parent = nullptr);
    // Pending mutations, counted with the state index.
    static qint64 pendingCount(Store &store);
    // What a synced table holds, in words ("Case" for cases); the table name for an unknown one.
    static QString tableLabel(const QString &table);

protected:
    QStringList headers() const override;
    QVector<Row> load() override;
};

} // namespace zt
