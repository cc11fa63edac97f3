#pragma once

#include <QHash>
#include <QList>
#include <QVariant>

namespace ketong {

/// The rows of one page held in memory.
struct ListRowPage
{
    QList<QVariantList> cells; ///< per row: one raw value per column
    QList<qint64> ids;
};

/// The pages of a PagedListModel held in memory: at most `limit` of them, the least recently used one
/// dropped first, so scrolling through a million rows keeps memory bounded.
class ListPageCache
{
public:
    /// At most `pages` pages (at least 1). Shrinking drops the least recently used ones.
    void setLimit(int pages);
    int limit() const { return m_limit; }

    /// The page, marked as just used; nullptr when it is not in memory.
    const ListRowPage* use(int page);
    /// The page without marking it used; nullptr when it is not in memory.
    const ListRowPage* peek(int page) const;
    /// Stores (or replaces) a page as the most recently used, dropping the least recently used beyond the limit.
    void insert(int page, ListRowPage rows);
    void clear();
    int size() const { return static_cast<int>(m_pages.size()); }

    /// The row (page * pageSize + offset) showing `id` among the pages in memory, or -1.
    int rowOf(qint64 id, int pageSize) const;

private:
    struct Entry
    {
        ListRowPage rows;
        quint64 lastUse = 0;
    };
    void evict();

    QHash<int, Entry> m_pages;
    quint64 m_clock = 0;
    int m_limit = 64;
};

} // namespace ketong
