#pragma once

#include "FeedBatch.h"
#include "FeedReport.h"
#include "FeedSource.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace ketong {

/// Applies a checked FeedBatch to the store inside the caller's transaction, set-based:
///  1. resolve() looks the feed's product numbers, order numbers and customers up in chunks and reports
///     references found neither in the store nor in the feed;
///  2. write() upserts products, stock and orders by natural key with multi-row
///     `INSERT … ON CONFLICT … DO UPDATE … WHERE <a column differs>` statements (so unchanged rows are not
///     touched and are counted as unchanged), replaces the lines of every order whose lines in the feed
///     differ from the stored ones, and recomputes those orders' totals (Σ quantity × price) in SQL.
class FeedWriter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedWriter)
public:
    FeedWriter(const QSqlDatabase& connection, const FeedFiles& files, FeedBatch& batch, FeedReport& report);

    /// Looks up stored keys and customers; adds an error per dangling reference.
    Status resolve();
    /// Writes everything and fills the report's counts.
    Status write(const QDateTime& now);

private:
    Status lookupKeys(FeedBatch::Keys& keys, const QString& table, const QString& column);
    Status resolveCustomers();
    void checkReferences();
    Status writeProducts(const QDateTime& now);
    Status writeStock(const QDateTime& now);
    Status writeOrders(const QDateTime& now);
    Status writeLines();
    FeedCounts& counts(FeedFormat::File file) { return m_report.counts.at(std::size_t(file)); }
    QString problem(FeedFormat::File file, int row, int column, const QString& message) const;

    QSqlDatabase m_c;
    const FeedFiles& m_files;
    FeedBatch& m_batch;
    FeedReport& m_report;
};

} // namespace ketong
