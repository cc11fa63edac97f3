#pragma once

#include "reports/ReportTable.h"

#include <QAbstractTableModel>

namespace ketong {

/// A ReportTable shown in a view: display text in the current locale, numbers right-aligned, the totals
/// row last and bold.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    /// `table` as people see it, on screen and printed: a rating column (ReportTable::ratingColumn) as
    /// filled stars (Stars: ★★★☆☆) instead of its dictionary items.
    static ReportTable displayed(const ReportTable& table);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Headers follow the language (their titles are translated at display time).
    void retranslate();

private:
    ReportTable m_table;
};

} // namespace ketong
