#pragma once

#include "FeedReport.h"
#include "HttpFetcher.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>

namespace ketong {

class Database;
struct FeedBatch;
struct FeedFiles;

/// Applies a sales-system feed (spec/EXCHANGE.md; SPEC §3.11) — products, stock, orders and their lines —
/// from a local directory of CSV files or an http(s) base URL serving the same files as JSON:
///  * everything is checked first (every row, every reference to a product, order or customer, which may
///    be in the store or in the same feed); any error and nothing is written;
///  * then one transaction: upserts by natural key, an order's lines in the feed replace its stored lines,
///    order totals are recomputed from the lines; a second identical run changes nothing;
///  * every run, refused or failed ones included, is recorded in feed_runs (when, source, counts per file,
///    duration, result, the first errors) and a successful one in the audit log.
/// Needs the administrator (right 021) or the system actor of ketongctl. On PostgreSQL an advisory lock
/// keeps it to one run at a time.
class KETONG_CORE_EXPORT SalesSystemSync
{
    Q_DECLARE_TR_FUNCTIONS(ketong::SalesSystemSync)
public:
    static constexpr qint64 AdvisoryLockKey = 0x4B5446454544LL; // "KTFEED"

    struct Options
    {
        QString source;      ///< a directory or an http(s) base URL
        QString tokenFile;   ///< HTTP: a file whose first line is the bearer token (optional)
        bool dryRun = false; ///< check and count, write nothing
        HttpFetcher::Options http;
    };

    SalesSystemSync(const Database& db, const Clock& clock, Session session);
    SalesSystemSync(const Database& db, const Clock&& clock, Session session) = delete;

    /// Runs the feed. An Error only when the run is refused before it starts (no right, no source);
    /// otherwise the report says how it went (report.ok, report.errors).
    Result<FeedReport> run(const Options& options);
    /// Whether `session` may run the feed on `db`: the administrator on one PC (SQLite); on PostgreSQL only the
    /// owner's ketongctl (the system actor), since the feed reads and writes customer data.
    static Status canRun(const Database& db, const Session& session);

    /// The history of runs, newest first (when, source, dry run, result, duration, counts, errors).
    Result<ListQuery> runs() const;
    /// The stored report of one run.
    Result<FeedReport> loadRun(qint64 runId) const;

private:
    /// The administrator's right to the feed (its settings, runs and history).
    static Status checkRight(const Session& session);
    void apply(const Options& options, FeedReport& report);
    Status applyInTransaction(const Options& options, FeedReport& report, const FeedFiles& files, FeedBatch& batch);
    Status finishRun(FeedReport& report) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
