#include "BackupScheduler.h"

#include "BackupDialog.h"
#include "common/TaskRunner.h"
#include "setup/BackupSchedule.h"

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace ketong {

namespace {
constexpr int kCheckEveryMs = 60 * 60 * 1000;

struct Run
{
    bool ran = false; ///< false: nothing was due
    Result<BackupSchedule::Outcome> outcome = Error(ErrorCode::None, QString());
};
} // namespace

BackupScheduler::BackupScheduler(const Workspace& workspace, QMainWindow* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_action(new QAction(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("backupScheduler"));
    m_action->setObjectName(QStringLiteral("backupAction"));
    m_action->setVisible(BackupSchedule::canRun(*m_workspace.db, m_workspace.session).ok());
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::checkNow);
    connect(m_action, &QAction::triggered, this, &BackupScheduler::openDialog);
    retranslateUi();
}

void BackupScheduler::retranslateUi()
{
    m_action->setText(tr("Database backup…"));
    m_action->setToolTip(tr("Back up the database now, or set the automatic backup"));
}

void BackupScheduler::start()
{
    if (!m_workspace.db->dialect().isSqlite())
        return; // a server's backups are taken on the server
    m_timer->start();
    checkNow();
}

void BackupScheduler::stop()
{
    m_timer->stop();
}

void BackupScheduler::checkNow()
{
    if (m_running || !m_workspace.db->dialect().isSqlite())
        return;
    m_running = true;
    const DatabasePtr db = m_workspace.db;
    const Clock* clock = m_workspace.clock;
    runAsync<Run>(
        this,
        [db, clock] {
            Run run;
            auto config = BackupSchedule::config(*db);
            auto last = BackupSchedule::lastSuccessfulRun(*db);
            if (!config || !last || !BackupSchedule::isDue(*config, *last, clock->now()))
                return run;
            run.ran = true;
            run.outcome = BackupSchedule::run(*db, *clock, Session::system(), config->directory, config->keep);
            return run;
        },
        [this](const Run& run) {
            m_running = false;
            if (!run.ran)
                return;
            const QString text =
                run.outcome ? tr("Automatic backup written to %1.").arg(QDir::toNativeSeparators(run.outcome->file))
                            : tr("The automatic backup failed: %1").arg(run.outcome.error().message());
            m_window->statusBar()->showMessage(text, run.outcome ? 15000 : 0);
            Q_EMIT scheduledBackupFinished(run.outcome.ok(), run.outcome ? run.outcome->file : text);
        });
}

void BackupScheduler::openDialog()
{
    BackupDialog dialog(m_workspace, m_window);
    dialog.exec();
}

} // namespace ketong
