#include "PagedListModelPrivate.h"

using namespace Qt::StringLiterals;

namespace ketong {

namespace {
/// Page requests waiting for the worker beyond this many are dropped, oldest first: while the scroll bar
/// is dragged through a long list the pages passed over are no longer wanted.
constexpr qsizetype kMaxQueuedPages = 64;
} // namespace

PagedListModel::Private::Private(PagedListModel* model, DatabasePtr database)
    : q(model)
    , db(std::move(database))
{
    if (!db)
        return;
    pageWorker = ListWorker::of(db);
    pageLoader = new ListLoader(db, generation);
    pageLoader->moveToThread(pageWorker->thread());
    connectLoader(pageLoader);
}

PagedListModel::Private::~Private()
{
    generation->fetch_add(1); // makes a running scan stop early
    const auto drop = [this](ListWorker* worker, ListLoader* loader) {
        if (!loader)
            return;
        QObject::disconnect(loader, nullptr, q, nullptr);
        // After the requests queued before (they see the new generation and return at once).
        worker->post([loader] { delete loader; });
    };
    drop(pageWorker.get(), pageLoader);
    drop(countWorker.get(), countLoader);
    countWorker.reset(); // waits for the scan's thread to end
}

void PagedListModel::Private::connectLoader(ListLoader* loader)
{
    QObject::connect(loader, &ListLoader::pageLoaded, q, [this](const ListPageResult& r) { onPageLoaded(r); });
    QObject::connect(loader, &ListLoader::rowsCounted, q, [this](const ListCountResult& r) { onRowsCounted(r); });
    QObject::connect(loader, &ListLoader::failed, q,
                     [this](quint64 g, int page, const Error& e) { onFailed(g, page, e); });
}

void PagedListModel::Private::startCountWorker()
{
    if (countWorker)
        return;
    countWorker = std::make_unique<ListWorker>(db, u"ketong-list-count"_s);
    countLoader = new ListLoader(db, generation);
    countLoader->moveToThread(countWorker->thread());
    connectLoader(countLoader);
}

void PagedListModel::Private::clearRows()
{
    pages.clear();
    pageKeys.clear();
    lastKey.reset();
    rows = 0;
    total = -1;
    atEnd = false;
    appending = -1;
}

void PagedListModel::Private::load(bool deferReset)
{
    generation->fetch_add(1);
    snapshot = std::make_shared<const ListQuery>(query);
    queue.clear();
    pending.clear();
    failedPages.clear();
    inFlight = false; // a request of the old generation still with the worker is ignored when it returns
    appending = -1;
    failed = false;
    countPending = false;
    firstPending = canLoad();
    resetPending = firstPending && deferReset;
    if (firstPending)
        enqueue(ListPageRequest{currentGeneration(), 0, std::nullopt, false});
    updateLoading();
}

void PagedListModel::Private::startCount()
{
    startCountWorker();
    countPending = true;
    countWorker->post(
        [loader = countLoader, query = snapshot, g = currentGeneration()] { loader->countRows(*query, g); });
}

void PagedListModel::Private::enqueue(ListPageRequest request)
{
    pending.insert(request.page);
    queue.append(std::move(request));
    if (queue.size() > kMaxQueuedPages) {
        // Drop the oldest request, but never fetchMore's: the view would not ask for it again.
        const qsizetype drop = queue.first().page == appending ? 1 : 0;
        pending.remove(queue.at(drop).page);
        queue.removeAt(drop);
    }
    dispatch();
}

void PagedListModel::Private::dispatch()
{
    if (inFlight || queue.isEmpty())
        return;
    // Newest first: that is the page the user is looking at now.
    ListPageRequest request = queue.takeLast();
    inFlight = true;
    QMetaObject::invokeMethod(
        pageLoader,
        [loader = pageLoader, query = snapshot, request = std::move(request)] { loader->loadPage(*query, request); },
        Qt::QueuedConnection);
}

void PagedListModel::Private::requestPage(int page)
{
    if (firstPending || resetPending || pending.contains(page) || failedPages.contains(page))
        return;
    if (page == 0) {
        enqueue(ListPageRequest{currentGeneration(), 0, std::nullopt, false});
        return;
    }
    if (page >= pageKeys.size())
        return; // cannot happen: every shown page has a known first key
    enqueue(ListPageRequest{currentGeneration(), page, pageKeys.at(page), true});
}

void PagedListModel::Private::onPageLoaded(const ListPageResult& result)
{
    if (result.generation != currentGeneration())
        return; // the query changed since it was asked for
    inFlight = false;
    pending.remove(result.page);
    if (firstPending)
        takeFirstPage(result);
    else if (result.page == appending)
        appendPage(result);
    else
        refillPage(result);
    dispatch();
}

void PagedListModel::Private::takeFirstPage(const ListPageResult& result)
{
    firstPending = false;
    const int n = static_cast<int>(result.ids.size());
    // State first, signals after: views (and the model tester) ask canFetchMore() while rows are inserted.
    if (resetPending) {
        q->beginResetModel();
        clearRows();
        resetPending = false;
        atEnd = n < pageSize();
        storePage(result);
        lastKey = result.lastKey;
        rows = n;
        q->endResetModel();
    } else {
        atEnd = n < pageSize();
        if (n > 0) {
            q->beginInsertRows({}, 0, n - 1);
            storePage(result);
            lastKey = result.lastKey;
            rows = n;
            q->endInsertRows();
        }
    }
    // A short first page is the whole list: no scan needed.
    if (atEnd)
        setCount(n);
    else
        startCount();
    updateLoading();
}

void PagedListModel::Private::appendPage(const ListPageResult& result)
{
    const int n = static_cast<int>(result.ids.size());
    if (n < pageSize())
        atEnd = true; // the count, still running, will say the same
    if (n > 0) {
        // `appending` stays set until the rows are in: a fetchMore() from a slot of rowsAboutToBeInserted
        // would otherwise ask for this same page again.
        q->beginInsertRows({}, rows, rows + n - 1);
        storePage(result);
        lastKey = result.lastKey;
        rows += n;
        appending = -1;
        q->endInsertRows();
    }
    appending = -1;
}

void PagedListModel::Private::refillPage(const ListPageResult& result)
{
    const int first = result.page * pageSize();
    if (first >= rows)
        return; // the list shrank meanwhile
    // Stored even when short or empty (rows deleted since the count): such rows stay blank, not asked again.
    storePage(result);
    const int last = qMin(rows, first + pageSize()) - 1;
    Q_EMIT q->dataChanged(q->index(first, 0), q->index(last, q->columnCount() - 1));
}

void PagedListModel::Private::storePage(const ListPageResult& result)
{
    if (!result.ids.isEmpty() && result.page == pageKeys.size())
        pageKeys.append(result.firstKey);
    pages.insert(result.page, ListRowPage{result.cells, result.ids});
}

void PagedListModel::Private::onRowsCounted(const ListCountResult& result)
{
    if (result.generation != currentGeneration())
        return;
    countPending = false;
    pageKeys = result.pageKeys;
    setCount(result.count);
    updateLoading();
}

void PagedListModel::Private::setCount(int count)
{
    // From now on every row is shown; a fetchMore answer still on its way just fills its page.
    appending = -1;
    atEnd = true;
    total = count;
    if (count > rows) {
        q->beginInsertRows({}, rows, count - 1);
        rows = count;
        q->endInsertRows();
    } else if (count < rows) {
        // Rows were deleted between the first page and the count.
        q->beginRemoveRows({}, count, rows - 1);
        rows = count;
        q->endRemoveRows();
    }
    Q_EMIT q->totalCountKnown(count);
}

void PagedListModel::Private::onFailed(quint64 failedGeneration, int page, const Error& error)
{
    if (failedGeneration != currentGeneration())
        return;
    if (page < 0) {
        countPending = false;
        failed = true;
    } else {
        inFlight = false;
        pending.remove(page);
        if (firstPending) {
            firstPending = false;
            failed = true;
            if (resetPending) {
                // The old rows belong to another sort or to old data: show none rather than stale ones.
                q->beginResetModel();
                clearRows();
                resetPending = false;
                q->endResetModel();
            }
            atEnd = true;
        } else if (page == appending) {
            appending = -1;
            atEnd = true; // no endless retries from the view; refresh() tries again
        } else {
            failedPages.insert(page);
        }
        dispatch();
    }
    updateLoading();
    Q_EMIT q->errorOccurred(error);
}

void PagedListModel::Private::updateLoading()
{
    const bool now = firstPending || countPending;
    if (now == loading)
        return;
    loading = now;
    Q_EMIT q->loadingChanged(now);
}

} // namespace ketong
