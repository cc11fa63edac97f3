#pragma once

#include "FeedReport.h"
#include "SalesSystemSync.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "db/Database.h"
#include "ketong_core_export.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace ketong {

/// Runs the sales-system feed on its schedule while a program runs, and on demand ("sync now"). The schedule
/// lives in the database (FeedSettings): from start() on the scheduler asks every minute whether a run is due
/// (isDue: the last run that was not a dry run — by any program, ketongctl sync included — started at least
/// the set interval ago) and runs the stored settings as `session` then. A changed interval counts from the
/// next check; two programs on one PostgreSQL database do not double the runs. Each run and each check happens
/// on a pool thread with its own connection; results come back on this object's thread. Never two runs at
/// once from one scheduler.
class KETONG_CORE_EXPORT FeedScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedScheduler)
public:
    FeedScheduler(DatabasePtr db, const Clock& clock, Session session, QObject* parent = nullptr);
    ~FeedScheduler() override;

    /// Whether a program logged in as `loggedIn` keeps the schedule. SQLite: yes, whoever is logged in (the
    /// schedule's run acts as the system actor, like the scheduled backup). PostgreSQL: only the
    /// administrator's program, whose login role holds the grants the feed writes with; the others are
    /// refused (Forbidden) and the schedule runs where the administrator is logged in, or from cron.
    static Status canSchedule(const Database& db, const Session& loggedIn);
    /// The few seconds a run may start after the check that found it due.
    static constexpr int DueSlackSeconds = 5;
    /// A run is due when the schedule is on (interval > 0, a source) and the last run started at least the
    /// interval (less DueSlackSeconds) before `now`, or never.
    static bool isDue(int intervalMinutes, const QString& source, const QDateTime& lastRun, const QDateTime& now);
    /// When the last run that was not a dry run started (invalid: never).
    static Result<QDateTime> lastRunStart(const Database& db);

    /// Checks now and then every `every` whether a scheduled run is due (the program calls it at login).
    void start(std::chrono::milliseconds every = std::chrono::minutes(1));
    /// No more checks (at logout); a run under way finishes in its own transaction.
    void stop();
    bool isStarted() const { return m_timer.isActive(); }
    bool isRunning() const { return m_running; }

    /// Starts a run with `options`; false when one is already running.
    bool runNow(const SalesSystemSync::Options& options);
    /// Runs the stored settings when a run is due (what the timer does); false when one is already running.
    bool checkNow();

Q_SIGNALS:
    void runStarted();
    void runFinished(const ketong::FeedReport& report);
    void runRefused(const ketong::Error& error);
    /// A check found nothing due (tests wait for it).
    void nothingDue();

private:
    /// Runs `work` on a pool thread; nothing means the check found no run due.
    bool launch(std::function<std::optional<Result<FeedReport>>()> work);

    DatabasePtr m_db;
    const Clock& m_clock;
    Session m_session;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace ketong
