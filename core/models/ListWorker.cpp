#include "ListWorker.h"

#include "db/SqlQuery.h"

#include <QHash>
#include <QMutex>

namespace ketong {

namespace {
QMutex g_mutex;
QHash<const Database*, std::weak_ptr<ListWorker>> g_workers;
} // namespace

ListWorker::ListWorker(DatabasePtr db, const QString& threadName)
    : m_db(std::move(db))
    , m_anchor(std::make_unique<QObject>())
{
    m_thread.setObjectName(threadName);
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
}

ListWorker::~ListWorker()
{
    {
        QMutexLocker lock(&g_mutex);
        auto it = g_workers.find(m_db.get());
        if (it != g_workers.end() && it->expired())
            g_workers.erase(it);
    }
    // The connection is closed by the thread that uses it, after the work queued before (the loaders' ends).
    post([db = m_db] {
        db->releaseThreadConnection();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

std::shared_ptr<ListWorker> ListWorker::of(const DatabasePtr& db)
{
    if (!db)
        return {};
    QMutexLocker lock(&g_mutex);
    std::weak_ptr<ListWorker>& slot = g_workers[db.get()];
    std::shared_ptr<ListWorker> worker = slot.lock();
    if (!worker) {
        worker = std::make_shared<ListWorker>(db, QStringLiteral("ketong-list-pages"));
        slot = worker;
        // The connection is made now, not by the first page (SQLite also reads the schema then); errors wait
        // for the first page, which reports them.
        worker->post(
            [db] { (void)SqlQuery::run(db->connection(), QStringLiteral("SELECT 1 FROM users WHERE 1 = 0")); });
    }
    return worker;
}

void ListWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_anchor.get(), std::move(work), Qt::QueuedConnection);
}

} // namespace ketong
