#pragma once

#include "db/Database.h"
#include "ketong_core_export.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace ketong {

/// A thread that reads lists of one Database, with its own connection, closed by that thread when the worker
/// goes (after the work queued before). The pages of every list model open on a database are read by one
/// shared worker (ListWorker::of), so a screen with several lists — a customer with its contacts, activities
/// and orders — opens one connection, not one per list, and a list made while another is open finds the
/// connection warm. It ends when the last holder goes: the main window holds it for the session, so the first
/// list of a page opens on a connection made at login. A model's row count runs on a private worker of its own
/// (a long scan must not hold up the pages). Made and dropped on the thread that owns the models (the GUI
/// thread).
class KETONG_CORE_EXPORT ListWorker
{
    Q_DISABLE_COPY_MOVE(ListWorker)
public:
    ListWorker(DatabasePtr db, const QString& threadName);
    ~ListWorker();

    /// The page worker of `db` that live models share, or a new one with its connection made (none for no
    /// database).
    static std::shared_ptr<ListWorker> of(const DatabasePtr& db);

    QThread* thread() { return &m_thread; }
    /// Runs `work` on the worker thread after what was queued before.
    void post(std::function<void()> work);

private:
    DatabasePtr m_db;
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; ///< lives in the worker thread: the context of posted work
};

} // namespace ketong
