#pragma once

// Internal to PagedListModel: the state of its rows and the traffic with its worker threads.

#include "ListLoader.h"
#include "ListPageCache.h"
#include "ListWorker.h"
#include "PagedListModel.h"

#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace ketong {

// The model's state lives on the GUI thread only; the workers see a snapshot of the query and the
// current generation (an atomic they read to skip stale work).
//
// Rows: `rows` rows are shown. Before the count is known they are the pages appended one after another
// (first page, then fetchMore); once it is known, `rows` is the count and any page can be fetched from the
// remembered key of its first row (`pageKeys`). Either way page p holds rows p*pageSize … p*pageSize+pageSize-1.
class PagedListModel::Private
{
public:
    Private(PagedListModel* model, DatabasePtr database);
    ~Private();
    Q_DISABLE_COPY_MOVE(Private)

    int pageSize() const { return qMax(1, query.pageSize); }
    quint64 currentGeneration() const { return generation->load(std::memory_order_relaxed); }
    bool canLoad() const { return db && !query.from.isEmpty() && !query.columns.isEmpty(); }

    void connectLoader(ListLoader* loader);
    void startCountWorker();

    void clearRows();
    void load(bool deferReset);
    void startCount();
    void enqueue(ListPageRequest request);
    void dispatch();
    void requestPage(int page);

    void onPageLoaded(const ListPageResult& result);
    void takeFirstPage(const ListPageResult& result);
    void appendPage(const ListPageResult& result);
    void refillPage(const ListPageResult& result);
    void storePage(const ListPageResult& result);
    void onRowsCounted(const ListCountResult& result);
    void setCount(int count);
    void onFailed(quint64 failedGeneration, int page, const Error& error);
    void updateLoading();

    PagedListModel* q;
    DatabasePtr db;
    ListQuery query;
    std::shared_ptr<const ListQuery> snapshot; ///< the query as the workers run it
    std::shared_ptr<std::atomic<quint64>> generation = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<ListWorker> pageWorker;  ///< shared with the other live models of the database
    ListLoader* pageLoader = nullptr;        ///< lives in pageWorker's thread, deleted there
    std::unique_ptr<ListWorker> countWorker; ///< the model's own, made at the first count: pages do not wait
    ListLoader* countLoader = nullptr;       ///< lives in countWorker's thread, deleted there

    ListPageCache pages;
    QList<ListKey> pageKeys;        ///< key of the first row of each page, as far as known
    std::optional<ListKey> lastKey; ///< key of the last appended row (fetchMore continues after it)
    QList<ListPageRequest> queue;   ///< waiting for the worker, newest last
    QSet<int> pending;              ///< pages queued or being read
    QSet<int> failedPages;          ///< not asked again until the next load
    bool inFlight = false;          ///< a page request of this generation is with the worker
    int appending = -1;             ///< the page fetchMore asked for, or -1
    int rows = 0;
    int total = -1;
    bool firstPending = false;
    bool countPending = false;
    bool resetPending = false; ///< refresh()/sort(): the old rows stay until the new first page is in
    bool atEnd = false;
    bool failed = false;
    bool loading = false; ///< as last announced by loadingChanged
};

} // namespace ketong
