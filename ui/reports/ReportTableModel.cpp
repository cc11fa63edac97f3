#include "ReportTableModel.h"

#include "common/Stars.h"

#include <QFont>

namespace ketong {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ReportTable ReportTableModel::displayed(const ReportTable& table)
{
    if (table.ratingColumn < 0)
        return table;
    ReportTable shown = table;
    shown.rows.clear();
    for (QVariantList row : table.rows) {
        row[table.ratingColumn] = Stars::text(row.value(0).toInt());
        shown.rows.append(row);
    }
    shown.ratingColumn = -1;
    return shown;
}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void ReportTableModel::retranslate()
{
    if (!m_table.columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_table.columns.size()) - 1);
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table.rows.size()) + (m_table.totals.isEmpty() ? 0 : 1);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool totals = index.row() >= m_table.rows.size();
    const int row = totals ? -1 : index.row();
    const auto kind = m_table.columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return m_table.displayText(row, index.column());
    case Qt::TextAlignmentRole:
        return kind == ReportTable::Kind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole:
        return totals ? m_table.totals.value(index.column()) : m_table.rows.value(row, index.column());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_table.columns.size())
        return m_table.columnTitle(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section < m_table.rows.size() ? QVariant(section + 1) : QVariant();
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace ketong
