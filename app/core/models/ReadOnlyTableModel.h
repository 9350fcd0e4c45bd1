#pragma once
// Base of the read-only list models the pages show: rows of display values, column headers that follow
// the UI language, and a reload whenever the store reports a change to a table the model reads.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace zt {

class Store;

class ReadOnlyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReadOnlyTableModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the rows from the store.
    void reload();
    // Headers are translated when asked for; views need a nudge after a language switch.
    void languageChanged();
    // The id of the record shown in a row (for opening it), or empty.
    virtual QString rowId(int row) const;

protected:
    struct Row
    {
        QString id;
        QVector<QVariant> cells;
        QVector<QVariant> tooltips; // optional, same length as cells or empty
    };
    virtual QStringList headers() const = 0;
    virtual QVector<Row> load() = 0;
    // Tables whose changes make this model reload.
    void watch(const QStringList &tables);
    // For paged models: append more rows without a reset.
    void appendRows(const QVector<Row> &rows);
    const QVector<Row> &rows() const { return m_rows; }

    Store &m_store;

private:
    QVector<Row> m_rows;
    QStringList m_watched;
};

} // namespace zt
