#pragma once

#include "customers/CustomerImporter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ketong {

/// The import preview grid: one row per data row of the file — its line (a sheet's row number), what
/// importing it does, then the file's cells as given (a sheet's columns headed by their letters too). A cell with an
/// error is red, one with a warning yellow; the tooltip says why. Problems of a whole row (or of the file's structure)
/// show on the line number.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column { LineColumn, ActionColumn, FirstCellColumn };
    enum Role { SeverityRole = Qt::UserRole + 1 }; ///< "error", "warning" or empty

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setReport(const ImportReport& report);
    const ImportReport& report() const { return m_report; }
    /// Shows only rows with an error or a warning.
    void setProblemsOnly(bool only);
    /// The model row showing file line `line`, or -1.
    int rowOfLine(int line) const;

    static QString actionLabel(ImportRow::Action action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<const ImportIssue*> issuesAt(int line, int column) const;
    void rebuild();

    ImportReport m_report;
    QList<int> m_rows; ///< shown report rows
    bool m_problemsOnly = false;
    QHash<quint64, QList<int>> m_issues; ///< (line, column) → indexes into m_report.issues
};

} // namespace ketong
