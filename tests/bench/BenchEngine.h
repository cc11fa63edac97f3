#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QDateTime>

namespace ketong::bench {

/// What the database alone makes of the writes of one import and one feed run into the full tables: the rows are
/// made in SQL from a number series (INSERT … SELECT, no client, no file, no checks, no round trip per chunk) in
/// one transaction with the importer's page cache, committed. An upper bound of what any client reaches with this
/// schema on this machine, shown beside the absolute write targets.
struct EngineFigures
{
    int customers = 0; ///< customers, each with its audit entry (as the importer writes them)
    double customersPerSecond = 0;
    qint64 feedRows = 0; ///< orders and their lines (4 each)
    double feedRowsPerSecond = 0;
};

/// Writes, into the synthetic company of `companySize` customers, `customers` customers (codes EN…, every indexed
/// column filled as the synthetic customers.csv fills it, the search index kept by its triggers, an audit row each) and
/// `orders` orders (numbers EO…, customers drawn with the feed's skew, 4 lines each, the contribution totals kept by
/// their triggers). The rows stay: run it after everything else has been timed.
Result<EngineFigures> engineAlone(const Database& db, const QDateTime& now, int companySize, int customers,
                                  qint64 orders);

} // namespace ketong::bench
