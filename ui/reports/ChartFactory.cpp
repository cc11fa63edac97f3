#include "ChartFactory.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace ketong {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChartFactory)
};

double chartValue(const ReportTable& table, const QVariant& value, int column)
{
    return table.columns.at(column).kind == ReportTable::Kind::Money ? value.toLongLong() / 100.0 : value.toDouble();
}

QString valueText(double value, ChartKind kind)
{
    return kind == ChartKind::TopBars ? QLocale().toString(value, 'f', 2) : QLocale().toString(qint64(value));
}
} // namespace

ChartKind ChartFactory::kindFor(const ReportTable& table)
{
    if (table.id == QLatin1String("contribution"))
        return ChartKind::TopBars;
    if (table.id == QLatin1String("composition"))
        return ChartKind::Pie;
    if (table.id == QLatin1String("churn"))
        return ChartKind::YearBars;
    return ChartKind::Bars;
}

ChartData ChartFactory::data(const ReportTable& table, ChartKind kind, const QList<std::pair<int, int>>& perYear)
{
    ChartData data;
    if (kind == ChartKind::YearBars) {
        QList<std::pair<int, int>> counts = perYear;
        if (counts.isEmpty()) {
            QMap<int, int> byYear;
            for (qsizetype i = 0; i < table.rows.size(); ++i)
                ++byYear[table.rows.value(i, table.chartLabelColumn).toInt()];
            for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
                counts.append({it.key(), it.value()});
        }
        for (const auto& [year, count] : std::as_const(counts)) {
            data.labels << QString::number(year);
            data.values << count;
        }
        data.valueTitle = Tr::tr("Lost customers");
        return data;
    }
    const int label = table.chartLabelColumn;
    const int value = table.chartValueColumn;
    double others = 0;
    for (int i = 0; i < table.rows.size(); ++i) {
        // Cell by cell: a whole row is made when read, and a year of contribution has 250 k of them.
        const double v = chartValue(table, table.rows.value(i, value), value);
        if (kind == ChartKind::TopBars && i >= TopCount) {
            others += v;
            continue;
        }
        data.labels << table.rows.value(i, label).toString();
        data.values << v;
    }
    if (kind != ChartKind::TopBars)
        data.valueTitle = table.columnTitle(value);
    if (kind == ChartKind::TopBars && table.rows.size() > TopCount) {
        data.note = Tr::tr("Top %1 of %n customers; the others together: %2 yuan", "", int(table.rows.size()))
                        .arg(TopCount)
                        .arg(QLocale().toString(others, 'f', 2));
    }
    return data;
}

double ChartFactory::moneyScale(const QList<double>& values, QString* title)
{
    double max = 0;
    for (double v : values)
        max = qMax(max, v);
    const bool tenThousands = max >= 100000.0;
    if (title)
        *title = tenThousands ? Tr::tr("Unit: 10,000 yuan") : Tr::tr("Unit: yuan");
    return tenThousands ? 10000.0 : 1.0;
}

QChart* ChartFactory::create(const ChartData& data, ChartKind kind, const QString& title)
{
    auto* chart = new QChart;
    // Axis labels in the user's locale: thousands grouped (1,234,567), the decimal sign of the language.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    QStringList lines;
    if (!title.isEmpty())
        lines << title.toHtmlEscaped();
    if (!data.note.isEmpty())
        lines << QStringLiteral("<small>%1</small>").arg(data.note.toHtmlEscaped());
    chart->setTitle(lines.join(QStringLiteral("<br>")));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(kind == ChartKind::Pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (kind == ChartKind::Pie) {
        auto* series = new QPieSeries(chart);
        double total = 0;
        for (double v : data.values)
            total += v;
        for (int i = 0; i < data.labels.size(); ++i) {
            const double share = total > 0 ? data.values.at(i) * 100.0 / total : 0;
            QPieSlice* slice = series->append(
                QStringLiteral("%1 %2 (%3%)")
                    .arg(data.labels.at(i), valueText(data.values.at(i), kind), QLocale().toString(share, 'f', 1)),
                data.values.at(i));
            slice->setLabelVisible(data.values.at(i) > 0);
            QObject::connect(slice, &QPieSlice::hovered, slice, [slice](bool on) {
                slice->setExploded(on);
                if (on)
                    QToolTip::showText(QCursor::pos(), slice->label());
            });
        }
        chart->addSeries(series);
        return chart;
    }
    // Largest on top: a horizontal bar chart draws its first category at the bottom.
    ChartData shown = data;
    if (kind == ChartKind::TopBars) {
        std::reverse(shown.labels.begin(), shown.labels.end());
        std::reverse(shown.values.begin(), shown.values.end());
    }
    QString axisTitle = data.valueTitle;
    const double scale = kind == ChartKind::TopBars ? moneyScale(shown.values, &axisTitle) : 1.0;
    auto* set = new QBarSet(QString());
    for (double v : shown.values)
        *set << v / scale;
    QObject::connect(set, &QBarSet::hovered, set, [shown, kind](bool on, int index) {
        if (on && index >= 0 && index < shown.values.size())
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(shown.labels.at(index),
                                                                            valueText(shown.values.at(index), kind)));
    });
    auto* categories = new QBarCategoryAxis(chart);
    categories->append(shown.labels);
    auto* axis = new QValueAxis(chart);
    axis->setObjectName(QStringLiteral("valueAxis"));
    // "%.0f" also for counts: with localized numbers Qt Charts 6.4 leaves "%d" labels empty.
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(axisTitle);
    axis->setMin(0);
    if (kind == ChartKind::TopBars) {
        auto* series = new QHorizontalBarSeries(chart);
        series->append(set);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignLeft);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(categories);
        series->attachAxis(axis);
        axis->applyNiceNumbers(); // round ticks (the amounts are in yuan)
    } else {
        auto* series = new QBarSeries(chart);
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(axis, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(axis);
        double max = 0;
        for (double v : data.values)
            max = qMax(max, v);
        axis->setMax(qMax(1.0, max * 1.15));
        axis->applyNiceNumbers();
        if (axis->max() <= 10) { // a few: a tick per whole one, never 0.2 steps shown as 0, 0, 0, 1
            axis->setMax(std::ceil(axis->max()));
            axis->setTickCount(int(axis->max()) + 1);
        }
    }
    return chart;
}

void ChartFactory::setFont(QChart* chart, const QFont& font)
{
    chart->setTitleFont(font);
    chart->legend()->setFont(font);
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
    const auto series = chart->series();
    for (QAbstractSeries* s : series) {
        if (auto* pie = qobject_cast<QPieSeries*>(s)) {
            const auto slices = pie->slices();
            for (QPieSlice* slice : slices)
                slice->setLabelFont(font);
        }
    }
}

} // namespace ketong
