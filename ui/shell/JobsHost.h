#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace ketong {

class FeedScheduler;
class MainWindow;
struct FeedReport;

/// The background jobs of one login, started in one place and stopped together: the churn catch-up
/// (ChurnWatcher), the scheduled backup (BackupScheduler), the scheduled sales-system feed (FeedScheduler,
/// where FeedScheduler::canSchedule allows it) and the waiting counts of the workbench and the navigation
/// every minute. AppController creates it after login, with the main window, starts it, and destroys it at
/// logout; nothing runs on a schedule before start() or after stop(). Each job reports in the status bar.
class JobsHost : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsHost)
public:
    explicit JobsHost(MainWindow* window, QObject* parent = nullptr);
    ~JobsHost() override;

    /// Starts every job that applies to the login (once).
    void start();
    /// Stops every job (logout); a run under way finishes in its own transaction, its result is dropped.
    void stop();
    bool isStarted() const { return m_started; }

    /// The scheduled feed, or nullptr when this login keeps no feed schedule.
    FeedScheduler* feedScheduler() const { return m_feed; }
    /// How often the feed's schedule is checked and the counts are refreshed: a minute. Tests shorten it for
    /// the hosts started after the call (AppController starts its own at login).
    static void setCheckInterval(std::chrono::milliseconds every);

Q_SIGNALS:
    void started();
    void stopped();

private:
    void feedFinished(const FeedReport& report);

    QPointer<MainWindow> m_window;
    FeedScheduler* m_feed = nullptr;
    QTimer m_countsTimer;
    bool m_started = false;
};

} // namespace ketong
