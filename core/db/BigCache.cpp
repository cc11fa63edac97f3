#include "BigCache.h"

#include "Database.h"
#include "SqlQuery.h"

namespace ketong {

BigCache::BigCache(const Database& db)
    : m_db(db)
{
    if (!m_db.dialect().isSqlite())
        return;
    auto previous = SqlQuery::scalar(m_db.connection(), QStringLiteral("PRAGMA cache_size"));
    auto tempStore = SqlQuery::scalar(m_db.connection(), QStringLiteral("PRAGMA temp_store"));
    if (!previous || !tempStore)
        return;
    m_previous = previous->toLongLong();
    m_previousTempStore = tempStore->toInt();
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA cache_size = -262144"));
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BigCache::~BigCache()
{
    if (m_previous == 0)
        return;
    // A fresh connection rather than a smaller cache: it gives the memory back all at once, and a connection that
    // has been through many big caches got slow (in its page cache's lookups: the tenth 100 k-row import on one
    // connection ran at 3.9 k rows/s, the same import on a new connection in the same process at 13 k rows/s).
    // The callers hold no statement of the connection by then. Should reopening fail, the cache shrinks instead.
    if (!m_db.reconnect()) {
        (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
    }
}

} // namespace ketong
