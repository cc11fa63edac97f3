#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ketong::bench {

/// One customer of a synthetic customers.csv, as its columns hold it and as the customers table stores it.
struct CustomerRow
{
    QString code, name, region, manager, tel, address;
    qint64 managerId = 0;
    int level = 1, credit = 1, satisfaction = 1;
};

/// One order and one line of a synthetic feed (the line's order is an index into the orders).
struct FeedOrder
{
    QString no, customerCode;
    QDate date;
    int status = 5;
};
struct FeedLine
{
    int order = 0;
    QString productNo;
    qint64 quantity = 1, price = 0;
};

/// The floor of the customers.csv import: the customers written by multi-row INSERTs (code, name, the stored
/// columns, the name key, an audit row each with the record as JSON made beforehand) in one transaction on the
/// same connection with the importer's page cache, committed. Returns the seconds the database took, commit
/// included (the importer's time includes its commit too).
Result<double> customerFloorSeconds(const Database& db, const QDateTime& now, const QList<CustomerRow>& rows);

/// The floor of a feed run: the customers' ids and names and the products' ids looked up by multi-row SELECTs,
/// the orders (with their totals) and the lines written by multi-row INSERTs, in one transaction on the same
/// connection with the feed's page cache, committed. Returns the seconds the database took, commit included.
Result<double> feedFloorSeconds(const Database& db, const QDateTime& now, const QList<FeedOrder>& orders,
                                const QList<FeedLine>& lines);

} // namespace ketong::bench
