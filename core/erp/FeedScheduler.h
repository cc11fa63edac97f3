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

namespace ketong {

/// Runs the sales-system feed every N minutes while the program runs (FeedSettings::intervalMinutes),
/// and on demand ("sync now"). Each run happens on a pool thread with its own connection; results come
/// back on this object's thread. Never two runs at once from one scheduler.
class KETONG_CORE_EXPORT FeedScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedScheduler)
public:
    FeedScheduler(DatabasePtr db, const Clock& clock, Session session, QObject* parent = nullptr);
    ~FeedScheduler() override;

    /// Every `minutes` minutes from now on (0: no schedule).
    void setIntervalMinutes(int minutes);
    int intervalMinutes() const { return m_minutes; }
    bool isRunning() const { return m_running; }

    /// Starts a run with `options`; false when one is already running.
    bool runNow(const SalesSystemSync::Options& options);
    /// Starts a run with the stored FeedSettings (what the timer does).
    bool runWithSettings();

Q_SIGNALS:
    void runStarted();
    void runFinished(const ketong::FeedReport& report);
    void runRefused(const ketong::Error& error);

private:
    DatabasePtr m_db;
    const Clock& m_clock;
    Session m_session;
    QTimer m_timer;
    int m_minutes = 0;
    bool m_running = false;
};

} // namespace ketong
