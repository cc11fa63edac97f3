#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// The churn scan of SPEC §9 item 4, as one set-based pass in one transaction:
///  * reference date = the date of the customer's last counted order (status 5 已发货 or 6 已回款) on or
///    before the scan date; a customer with no counted order uses its creation date;
///  * cut-off = scan date − N calendar months (QDate::addMonths(-N));
///  * a 正常 customer whose reference date is before the cut-off and who has no open warning (status 1 or 2)
///    gets one (status 1 预警); customers created after the scan date are skipped;
///  * open warnings of customers whose reference date is no longer before the cut-off (they ordered again)
///    are closed as 4 已恢复 — the record is kept.
/// On PostgreSQL the rule runs in the owner's function ketong_churn_scan() (postgres/0009), so that the
/// administrator and every account's catch-up can run it without reading or writing customer data themselves.
/// Idempotent: a second scan at the same date flags nothing. Every run is recorded in job_runs. On
/// PostgreSQL a transaction-level advisory lock keeps it to one runner at a time: a concurrent scan
/// returns AlreadyRunning at once instead of waiting or duplicating.
class KETONG_CORE_EXPORT ChurnScan
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChurnScan)
public:
    static constexpr int DefaultMonths = 6;
    static constexpr int MaxMonths = 120;
    static constexpr qint64 AdvisoryLockKey = 0x4B54434855524ELL; // "KTCHURN"

    struct Flagged
    {
        QString code;
        QString name;
        QDate referenceDate;
    };
    struct Outcome
    {
        qint64 runId = 0;
        QDate asOf;
        int months = DefaultMonths;
        int flaggedCount = 0;   ///< customers newly flagged
        QList<Flagged> flagged; ///< the same customers by code; empty where the connection may not read
                                ///< customers (the administrator's own login on PostgreSQL)
        int recovered = 0;
        int open = 0; ///< open warnings after the scan
        qint64 durationMs = 0;
    };

    ChurnScan(const Database& db, const Clock& clock, Session session);
    ChurnScan(const Database& db, const Clock&& clock, Session session) = delete;

    /// Runs the scan as of `asOf` (default: today) with a threshold of `months` (default: the
    /// churn.months setting, else 6). Needs right 011 and the director or administrator kind (or the
    /// system actor of ketongctl).
    Result<Outcome> run(const QDate& asOf = {}, int months = 0);

    /// Whether `session` may run the scan (the director, the administrator, the system actor).
    static Status canRun(const Session& session);
    /// Changes the threshold (1–MaxMonths months; the administrator only, audited).
    static Status setConfiguredMonths(const Database& db, const Clock& clock, const Session& session, int months);
    /// The configured threshold (settings churn.months), DefaultMonths when unset.
    static Result<int> configuredMonths(const Database& db);
    /// When the last successful scan finished (invalid when never).
    static Result<QDateTime> lastSuccessfulRun(const Database& db);
    /// The most recent Saturday 02:00 (local time) at or before `now`.
    static QDateTime lastScheduledTime(const QDateTime& now);
    /// True when the weekly scan is due: the last successful run is older than the last Saturday 02:00.
    static bool isDue(const QDateTime& lastRun, const QDateTime& now);

private:
    Result<Outcome> scanInTransaction(const QDate& asOf, int months, qint64 runId);
    /// SQLite's statements of the rule (PostgreSQL runs ketong_churn_scan(), the same rule on the server).
    Status scanSqlite(const QSqlDatabase& c, Outcome& outcome, const QDateTime& now) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
