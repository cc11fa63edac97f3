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
    if (!previous)
        return;
    m_previous = previous->toLongLong();
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA cache_size = -262144"));
}

BigCache::~BigCache()
{
    if (m_previous == 0)
        return;
    (void)SqlQuery::run(m_db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

} // namespace ketong
