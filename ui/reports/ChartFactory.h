#pragma once

#include "reports/ReportTable.h"

#include <QList>
#include <QStringList>

class QChart;
class QFont;

namespace ketong {

/// How each report is drawn (issue 8): contribution as horizontal bars of the top 10 (the rest, summed, in a
/// note under the title: as a bar it dwarfs the others at any size of company), composition as a pie with
/// percentages, service as bars per type, churn as bars per year.
enum class ChartKind { TopBars, Pie, Bars, YearBars };

/// The numbers a chart shows, taken from the report's table (so tests can compare them).
struct ChartData
{
    QStringList labels;
    QList<double> values;
    QString note;       ///< a line under the title (the contribution's customers beyond the top ones), or empty
    QString valueTitle; ///< what a count axis counts ("Services"); money axes name their unit instead
};

class ChartFactory
{
public:
    static constexpr int TopCount = 10;

    /// How a report is drawn.
    static ChartKind kindFor(const ReportTable& table);
    /// The chart's categories and values. `perYear` feeds the churn chart (else it counts the
    /// table's rows per year).
    static ChartData data(const ReportTable& table, ChartKind kind, const QList<std::pair<int, int>>& perYear = {});
    /// The value axis' unit for money (the contribution, in yuan): 万元 once the largest value reaches
    /// 100,000 yuan, else 元; returns the divisor (10,000 or 1) and sets `title` ("Unit: 10,000 yuan").
    static double moneyScale(const QList<double>& values, QString* title);
    /// A new chart (owned by the caller) drawing `data`; values show on hover. Value axes group thousands
    /// in the current locale (1,234,567) and name their unit (money) or what they count.
    static QChart* create(const ChartData& data, ChartKind kind, const QString& title);
    /// Uses `font` for the chart's axis labels, legend, bar and slice labels (printing scales fonts).
    static void setFont(QChart* chart, const QFont& font);
};

} // namespace ketong
