#pragma once

#include "shell/Workspace.h"

#include <QObject>

class QAction;
class QMainWindow;
class QTimer;

namespace ketong {

/// The scheduled backup of the single-PC SQLite set-up, for the main window: from start() (at login, by the
/// login's JobsHost) and then every hour it checks the backup.schedule setting and, when a backup is due, takes it in a
/// worker thread as the system actor (it is the schedule's run, whoever is logged in), reporting in the status bar. It
/// also owns the administrator's 数据备份… action that opens BackupDialog.
class BackupScheduler : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)
public:
    BackupScheduler(const Workspace& workspace, QMainWindow* window);

    QAction* backupAction() const { return m_action; }
    /// Starts the hourly check with an immediate first one (the login's JobsHost calls it).
    void start();
    /// No more checks (logout); a backup under way finishes.
    void stop();
    /// Checks now (the timer's slot; tests call it).
    void checkNow();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// A scheduled backup ran: ok, and the file or the error.
    void scheduledBackupFinished(bool ok, const QString& text);

public Q_SLOTS:
    void retranslateUi();

private:
    void openDialog();

    const Workspace& m_workspace;
    QMainWindow* m_window;
    QAction* m_action;
    QTimer* m_timer;
    bool m_running = false;
};

} // namespace ketong
