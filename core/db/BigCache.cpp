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
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
}

} // namespace ketong
