#pragma once

#include "db/Database.h"
#include "ketong_core_export.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace ketong {

/// The thread that reads the pages of every list model open on one Database, with its own connection.
/// Models that are alive at the same time share it (ListWorker::of), so a screen with several lists — a
/// customer with its contacts, activities and orders — opens one connection, not one per list, and a list
/// made while another is open finds the connection warm. It ends when the last holder goes: the main window
/// holds it for the session, so the first list of a page opens on a connection made at login. Made and dropped
/// on the thread that owns the models (the GUI thread).
class KETONG_CORE_EXPORT ListWorker
{
    Q_DISABLE_COPY_MOVE(ListWorker)
public:
    explicit ListWorker(DatabasePtr db);
    ~ListWorker();

    /// The worker of `db` that live models use, or a new one (none for no database).
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
