#pragma once

#include "ReportRows.h"
#include "ketong_core_export.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace ketong {

/// What a report computed: typed columns, rows of raw values, an optional totals row, and a per-year
/// or per-group series for the chart. Pure data: the ui draws, prints and exports it; ketongctl writes
/// it as CSV or XLSX.
struct KETONG_CORE_EXPORT ReportTable
{
    enum class Kind { Text, Integer, Money /* integer fen */, Percent /* double, one decimal */ };

    struct Column
    {
        QString key;       ///< English CSV key ("code", "amount")
        const char* title; ///< English title, translated with ReportTable::context at display time
        Kind kind = Kind::Text;
    };

    const char* context = "ketong::ReportTable";
    QString id;          ///< which report: contribution, composition, service, churn
    QString title;       ///< translated report title
    QStringList filters; ///< the filters in words ("Year: 2025"), translated
    QList<Column> columns;
    ReportRows rows;
    QVariantList totals;      ///< empty when the report has no totals row
    int chartLabelColumn = 1; ///< which column labels the chart's categories
    int chartValueColumn = 2; ///< which column holds the chart's values
    /// A column that names a 1–5 rating (credit, satisfaction) by its dictionary item, with the rating in
    /// column 0: the ui shows it as filled stars (★★★☆☆); CSV keeps the item. -1: none.
    int ratingColumn = -1;

    /// The column title in the current language.
    QString columnTitle(int column) const;
    /// A cell for people: money as 12,345.67 in the locale, percent with one decimal.
    QString displayText(int row, int column) const;
    /// A cell for CSV (CLI.md): money in yuan with two decimals and '.', no grouping.
    QString csvText(const QVariant& value, int column) const;
};

} // namespace ketong
