#include "FeedScheduler.h"

#include "FeedSettings.h"
#include "auth/AccessControl.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

#include <QPointer>
#include <QThreadPool>

namespace ketong {

FeedScheduler::FeedScheduler(DatabasePtr db, const Clock& clock, Session session, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_session(std::move(session))
{
    connect(&m_timer, &QTimer::timeout, this, &FeedScheduler::checkNow);
}

FeedScheduler::~FeedScheduler() = default;

Status FeedScheduler::canSchedule(const Database& db, const Session& loggedIn)
{
    // One PC: whoever is logged in, the program keeps the schedule (the run acts as the system actor). PostgreSQL:
    // the feed reads and writes customer data, which no account's login may (SPEC §9 item 13), so it is the owner's
    // job on the server (ketongctl sync) and no account's program keeps it.
    if (db.dialect().isSqlite())
        return {};
    return SalesSystemSync::canRun(db, loggedIn);
}

bool FeedScheduler::isDue(int intervalMinutes, const QString& source, const QDateTime& lastRun, const QDateTime& now)
{
    if (intervalMinutes <= 0 || source.trimmed().isEmpty())
        return false;
    // A run starts a moment after the check that found it due; the check a whole interval later must find the
    // next one due, not one check later.
    return !lastRun.isValid() || lastRun.secsTo(now) >= qint64(intervalMinutes) * 60 - DueSlackSeconds;
}

Result<QDateTime> FeedScheduler::lastRunStart(const Database& db)
{
    auto last =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT max(started_at) FROM feed_runs WHERE dry_run = 0"));
    if (!last)
        return last.error();
    return SqlValue::toDateTime(*last);
}

void FeedScheduler::start(std::chrono::milliseconds every)
{
    m_timer.start(every);
    checkNow();
}

void FeedScheduler::stop()
{
    m_timer.stop();
}

bool FeedScheduler::checkNow()
{
    const DatabasePtr db = m_db;
    const Clock* clock = &m_clock;
    const Session session = m_session;
    QPointer<FeedScheduler> self(this);
    return launch([db, clock, session, self]() -> std::optional<Result<FeedReport>> {
        auto settings = FeedSettings::load(*db);
        if (!settings)
            return settings.error();
        auto last = lastRunStart(*db);
        if (!last)
            return last.error();
        if (!isDue(settings->intervalMinutes, settings->source, *last, clock->now()))
            return std::nullopt;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self] {
                if (self)
                    Q_EMIT self->runStarted();
            },
            Qt::QueuedConnection);
        SalesSystemSync::Options options;
        options.source = settings->source;
        options.tokenFile = settings->tokenFile;
        return SalesSystemSync(*db, *clock, session).run(options);
    });
}

bool FeedScheduler::runNow(const SalesSystemSync::Options& options)
{
    const DatabasePtr db = m_db;
    const Clock* clock = &m_clock;
    const Session session = m_session;
    const bool started = launch([db, clock, session, options]() -> std::optional<Result<FeedReport>> {
        return SalesSystemSync(*db, *clock, session).run(options);
    });
    if (started)
        Q_EMIT runStarted();
    return started;
}

bool FeedScheduler::launch(std::function<std::optional<Result<FeedReport>>()> work)
{
    if (m_running)
        return false;
    m_running = true;
    QPointer<FeedScheduler> self(this);
    QThreadPool::globalInstance()->start([self, work = std::move(work)] {
        auto result = std::make_shared<std::optional<Result<FeedReport>>>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                if (!*result)
                    Q_EMIT self->nothingDue();
                else if (**result)
                    Q_EMIT self->runFinished(***result);
                else
                    Q_EMIT self->runRefused((*result)->error());
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace ketong
