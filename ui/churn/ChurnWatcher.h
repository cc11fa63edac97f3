#pragma once

#include "shell/Workspace.h"

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMessageBox;
class QProgressBar;

namespace ketong {

/// The desktop side of the weekly churn scan (SPEC §7, §9 item 4), for the main window:
///  * at login (start(), called by the login's JobsHost), catches up when the last successful scan is older
///    than the last Saturday 02:00 (ChurnScan::isDue) — in a worker thread, with a busy indicator in the status bar;
///    the catch-up is the scheduled job's run, so it runs as the system actor whoever is logged in;
///  * 立即检查流失: runs the scan now (the director and the administrator, ChurnScan::canRun);
///  * 流失检查设置: the threshold in months (the administrator);
///  * after login, a manager with open warnings gets a non-modal notice with their count that opens the
///    客户流失管理 list.
class ChurnWatcher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnWatcher)
public:
    ChurnWatcher(const Workspace& workspace, QMainWindow* window, std::function<void()> openWarnings);

    QAction* scanAction() const { return m_scanAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    /// Starts the catch-up check and the notice (the login's JobsHost calls it once).
    void start();
    bool isRunning() const { return m_running; }
    /// The notice shown to a manager, or nullptr (tests).
    QMessageBox* notice() const { return m_notice; }

Q_SIGNALS:
    /// A scan finished (ok, and the message shown in the status bar).
    void scanFinished(bool ok, const QString& message);

public Q_SLOTS:
    void retranslateUi();

private:
    void runScan(bool catchUp);
    struct ScanResult;
    void finishScan(bool catchUp, const ScanResult& result);
    void showNotice();
    void editSettings();

    const Workspace& m_workspace;
    QMainWindow* m_window;
    std::function<void()> m_openWarnings;
    QAction* m_scanAction;
    QAction* m_settingsAction;
    QProgressBar* m_busy;
    QLabel* m_busyLabel;
    QMessageBox* m_notice = nullptr;
    bool m_running = false;
};

} // namespace ketong
