#include "JobsHost.h"

#include "MainWindow.h"
#include "admin/BackupScheduler.h"
#include "churn/ChurnWatcher.h"
#include "erp/FeedScheduler.h"

#include <QStatusBar>

namespace ketong {

namespace {
std::chrono::milliseconds g_every = std::chrono::minutes(1);
} // namespace

void JobsHost::setCheckInterval(std::chrono::milliseconds every)
{
    g_every = every;
}

JobsHost::JobsHost(MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("jobsHost"));
    const Workspace& ws = window->workspace();
    // The schedule's run acts as the system actor whoever is logged in, like the churn catch-up and the
    // scheduled backup; on PostgreSQL only where the login role may write the feed.
    if (FeedScheduler::canSchedule(*ws.db, ws.session)) {
        m_feed = new FeedScheduler(ws.db, *ws.clock, Session::system(), this);
        m_feed->setObjectName(QStringLiteral("feedScheduler"));
        connect(m_feed, &FeedScheduler::runFinished, this, &JobsHost::feedFinished);
        connect(m_feed, &FeedScheduler::runRefused, this, [this](const Error& error) {
            if (m_window)
                m_window->statusBar()->showMessage(
                    tr("The scheduled sales-system feed failed: %1").arg(error.message()));
        });
    }
    connect(&m_countsTimer, &QTimer::timeout, this, [this] {
        if (m_window)
            m_window->refreshCounts();
    });
}

JobsHost::~JobsHost()
{
    stop();
}

void JobsHost::start()
{
    if (m_started || !m_window)
        return;
    m_started = true;
    m_window->churnWatcher()->start();
    m_window->backupScheduler()->start();
    if (m_feed)
        m_feed->start(g_every);
    m_countsTimer.start(g_every);
    Q_EMIT started();
}

void JobsHost::stop()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_window)
        m_window->backupScheduler()->stop();
    if (m_feed)
        m_feed->stop();
    m_countsTimer.stop();
    Q_EMIT stopped();
}

void JobsHost::feedFinished(const FeedReport& report)
{
    if (!m_window)
        return;
    const QString text = report.ok ? tr("Sales-system feed applied: %1.").arg(FeedReport::countsText(report.total()))
                                   : tr("The scheduled sales-system feed was not applied: %n error(s), nothing "
                                        "was written.",
                                        nullptr, int(qMin<qint64>(report.errorCount, 1000000)));
    m_window->statusBar()->showMessage(text, report.ok ? 15000 : 0);
}

} // namespace ketong
