#pragma once

#include "ListQuery.h"
#include "common/Error.h"
#include "db/Database.h"

#include <QList>
#include <QObject>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

namespace ketong {

/// Where a row stands in its list's order: the value of the sort expression and the id (the tie-breaker).
/// The sort value is kept exactly as the database returned it, so binding it back compares equal: on
/// PostgreSQL it is read as text (microseconds of a timestamptz or digits of a numeric survive), on SQLite
/// it is the stored value itself.
struct ListKey
{
    QVariant sort;
    qint64 id = 0;
};

/// One page asked of a ListLoader.
struct ListPageRequest
{
    quint64 generation = 0;      ///< the model's query generation the request belongs to
    int page = 0;                ///< rows page * pageSize … page * pageSize + pageSize - 1
    std::optional<ListKey> from; ///< start at or after this key; none: from the first row
    bool inclusive = false;      ///< true: rows from `from` on (a remembered page start); false: after it
};

/// The rows of one page, as read.
struct ListPageResult
{
    quint64 generation = 0;
    int page = 0;
    QList<QVariantList> cells; ///< per row: one raw value per column of the query
    QList<qint64> ids;
    ListKey firstKey; ///< valid when there is a row
    ListKey lastKey;  ///< valid when there is a row
};

/// The outcome of the key-only scan: the number of rows and the key of every pageSize-th row.
struct ListCountResult
{
    quint64 generation = 0;
    int count = 0;
    QList<ListKey> pageKeys; ///< the keys of rows 0, pageSize, 2 * pageSize, …
};

/// The SQL side of PagedListModel: lives in a worker thread (ListWorker's for pages, the model's own for the
/// count) and runs there, on that thread's own connection, the keyset page queries and the key scan; results
/// go back by (queued) signals.
/// Work for a generation the model has left behind is skipped, and a running scan stops early.
class ListLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListLoader)
public:
    /// `current` is the model's current generation, read (never written) from the worker thread.
    ListLoader(DatabasePtr db, std::shared_ptr<const std::atomic<quint64>> current);
    ~ListLoader() override;

    /// Reads one page; emits pageLoaded or failed (page = request.page).
    void loadPage(const ListQuery& query, const ListPageRequest& request);
    /// Streams the key columns of the whole list; emits rowsCounted or failed (page = -1). The scan's
    /// connection is released afterwards, so an idle model holds one connection, not two.
    void countRows(const ListQuery& query, quint64 generation);

    /// SQL of a page: the query's columns, the id and the sort key, from `request.from` on, pageSize rows.
    static QString pageSql(const ListQuery& query, bool postgres, const ListPageRequest& request);
    /// SQL of the key scan: the sort key and the id of every row, in list order.
    static QString keySql(const ListQuery& query, bool postgres);

Q_SIGNALS:
    void pageLoaded(const ketong::ListPageResult& result);
    void rowsCounted(const ketong::ListCountResult& result);
    /// `page` is the failed page's number, or -1 for the count.
    void failed(quint64 generation, int page, const ketong::Error& error);

private:
    bool isStale(quint64 generation) const { return m_current->load(std::memory_order_relaxed) != generation; }

    DatabasePtr m_db;
    std::shared_ptr<const std::atomic<quint64>> m_current;
};

} // namespace ketong

Q_DECLARE_METATYPE(ketong::ListPageResult)
Q_DECLARE_METATYPE(ketong::ListCountResult)
