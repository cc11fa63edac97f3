#include "ListPageCache.h"

namespace ketong {

void ListPageCache::setLimit(int pages)
{
    m_limit = qMax(1, pages);
    evict();
}

const ListRowPage* ListPageCache::use(int page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->rows;
}

const ListRowPage* ListPageCache::peek(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.cend() ? nullptr : &it->rows;
}

void ListPageCache::insert(int page, ListRowPage rows)
{
    m_pages.insert(page, Entry{std::move(rows), ++m_clock});
    evict();
}

void ListPageCache::clear()
{
    m_pages.clear();
}

void ListPageCache::evict()
{
    // A linear search for the oldest entry: the cache holds a few dozen pages and evicts at most once per
    // page read from the database, which costs far more.
    while (m_pages.size() > m_limit) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

int ListPageCache::rowOf(qint64 id, int pageSize) const
{
    int best = -1;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const qsizetype offset = it->rows.ids.indexOf(id);
        if (offset >= 0) {
            const int row = it.key() * pageSize + static_cast<int>(offset);
            if (best < 0 || row < best)
                best = row;
        }
    }
    return best;
}

} // namespace ketong
