#include "models/ReadOnlyTableModel.h"

#include "storage/Store.h"

namespace zt {

ReadOnlyTableModel::ReadOnlyTableModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store, &Store::changed, this, [this](const QString &table) {
        if (m_watched.contains(table))
            reload();
    });
}

int ReadOnlyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadOnlyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant ReadOnlyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() >= row.cells.size())
        return {};
    if (role == Qt::DisplayRole)
        return row.cells.at(index.column());
    if (role == Qt::ToolTipRole && index.column() < row.tooltips.size())
        return row.tooltips.at(index.column());
    if (role == Qt::UserRole)
        return row.id;
    return {};
}

QVariant ReadOnlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList h = headers();
    return section < h.size() ? QVariant(h.at(section)) : QVariant();
}

void ReadOnlyTableModel::reload()
{
    beginResetModel();
    m_rows = load();
    endResetModel();
}

void ReadOnlyTableModel::languageChanged()
{
    // Cell texts such as statuses are translated too, so re-read rather than only repaint headers.
    reload();
    emit headerDataChanged(Qt::Horizontal, 0, qMax(0, columnCount() - 1));
}

QString ReadOnlyTableModel::rowId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void ReadOnlyTableModel::watch(const QStringList &tables)
{
    m_watched = tables;
}

void ReadOnlyTableModel::appendRows(const QVector<Row> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

} // namespace zt
