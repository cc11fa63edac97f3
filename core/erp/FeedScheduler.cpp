#include "FeedScheduler.h"

#include "FeedSettings.h"

#include <QPointer>
#include <QThreadPool>

namespace ketong {

FeedScheduler::FeedScheduler(DatabasePtr db, const Clock& clock, Session session, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_session(std::move(session))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runWithSettings(); });
}

FeedScheduler::~FeedScheduler() = default;

void FeedScheduler::setIntervalMinutes(int minutes)
{
    m_minutes = qBound(0, minutes, FeedSettings::MaxIntervalMinutes);
    if (m_minutes == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::minutes(m_minutes));
}

bool FeedScheduler::runWithSettings()
{
    auto settings = FeedSettings::load(*m_db);
    if (!settings) {
        Q_EMIT runRefused(settings.error());
        return false;
    }
    SalesSystemSync::Options options;
    options.source = settings->source;
    options.tokenFile = settings->tokenFile;
    return runNow(options);
}

bool FeedScheduler::runNow(const SalesSystemSync::Options& options)
{
    if (m_running)
        return false;
    m_running = true;
    Q_EMIT runStarted();
    QPointer<FeedScheduler> self(this);
    DatabasePtr db = m_db;
    const Clock* clock = &m_clock;
    const Session session = m_session;
    QThreadPool::globalInstance()->start([self, db, clock, session, options] {
        auto result = std::make_shared<Result<FeedReport>>(SalesSystemSync(*db, *clock, session).run(options));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self)
                    return;
                self->m_running = false;
                if (*result)
                    Q_EMIT self->runFinished(**result);
                else
                    Q_EMIT self->runRefused(result->error());
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace ketong
