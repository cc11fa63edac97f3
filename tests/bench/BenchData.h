#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QString>

namespace ketong::bench {

/// The size of the synthetic company.
struct Size
{
    int customers = 10000;
    qint64 orderLines = 50000;
    int tickets = 0; ///< default: customers / 10
};

/// What building the company took: the product's own time (the synthetic files are made outside it) for the rows
/// it wrote, and the floor: the customers.csv and the feed run before the last ones written by hand-written
/// multi-row INSERTs on the same connection in one committed transaction (ids looked up in SQL, an audit row per
/// customer; no checks). The last import and the last feed run are compared with them.
struct LoadFigures
{
    int customers = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 productRows = 0; ///< customers, orders and lines the importer and the feed wrote
    double productSeconds = 0;
    double lastChunkRowsPerSecond = 0; ///< the last 100 k (or smaller) customers.csv import, into a full table
    double lastChunkFloorRowsPerSecond = 0;
    int lastChunkRows = 0;
    qint64 lastFeedRows = 0; ///< orders and lines of the last feed run, into full tables
    double lastFeedRowsPerSecond = 0;
    double lastFeedFloorRowsPerSecond = 0;
    int tickets = 0;
    double ticketSeconds = 0;
};

/// Builds a deterministic company into an initialised database through the product's own bulk paths:
/// customers as customers.csv files through CustomerImporter (100 k rows per file), orders and their
/// lines as sales-system feed directories through SalesSystemSync (about 200 k lines per run), but for one file
/// and one run that the floor writes (see LoadFigures). Chinese
/// company names from surnames × given names × region × industry × suffix; a few customers with many
/// orders (a skewed draw); dates over 5 years before today. Service tickets have no bulk path in the
/// product: they go in by multi-row INSERTs.
Result<LoadFigures> buildCompany(const Database& db, const Clock& clock, const Size& size);

} // namespace ketong::bench
