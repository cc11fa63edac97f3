#pragma once

#include "DemoNames.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace ketong::demo {

/// What became of a customer of the demo company who stopped ordering.
enum class Churn {
    None,    ///< left for the churn scan to find
    Warned,  ///< a warning of one of the last weekly scans
    Delayed, ///< a warning with retention measures under way (暂缓流失)
    Lost     ///< a confirmed loss (确认流失)
};

/// One customer of the demo company who stopped ordering, and their churn story.
struct SilentCustomer
{
    qint64 id = 0;
    qint64 managerId = 0;
    QDate created;
    QDate silentSince; ///< the demo writes no order from this day on
    Churn churn = Churn::None;
    int index = 0; ///< among the silent customers, in creation order
};

/// The story of the `index`-th silent customer: every fourth is a confirmed loss (one every three months back
/// to 22 months ago, so the churn analysis has more than one year), every fourth a warning under retention
/// and every fourth a fresh warning (last order a little more than six months ago, flagged by one of the last
/// weekly scans); the rest, silent for 7–20 months, are for the scan to find.
SilentCustomer planSilent(int index, const QDate& today, Random& random);

/// Writes the lost_records and lost_measures of the stories (the orders must be written already: a record
/// keeps the customer's last counted order) and marks the lost customers 流失. `at` makes a time of a day.
Status writeChurn(const QSqlDatabase& c, const QList<SilentCustomer>& customers, const QDate& today,
                  const std::function<QDateTime(const QDate&, int)>& at);

} // namespace ketong::demo
