#pragma once

#include "shell/Workspace.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

namespace ketong {

class LockDialog;

/// Locks the program after a time without keyboard or mouse input (default 15 minutes, QSettings
/// "security/idleLockMinutes", 0 = never). Locking covers every open window — the main window and any
/// open form, whose typed values stay — and asks for the password of the logged-in account; "log out"
/// closes the open forms and logs out. Watches input with an application-wide event filter.
class IdleLock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)
public:
    static constexpr int DefaultMinutes = 15;
    static QString settingsKey();
    /// The configured idle time in minutes (0: never lock).
    static int configuredMinutes();
    static void setConfiguredMinutes(int minutes);

    /// Starts watching with the configured time; `window` is the main window (parent of the lock dialog).
    IdleLock(const Workspace& workspace, QWidget* window);
    ~IdleLock() override;

    /// Sets the idle time (0: never lock) and restarts the count.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;
    bool isLocked() const { return m_locked; }
    /// Locks now (no-op when already locked).
    void lock();

Q_SIGNALS:
    void locked();
    void unlocked();
    /// The user chose "log out" on the lock; open forms have been closed.
    void logoutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish(int result);

    const Workspace& m_workspace;
    QWidget* m_window;
    QTimer m_timer;
    bool m_locked = false;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace ketong
