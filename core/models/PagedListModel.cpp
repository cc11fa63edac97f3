#include "PagedListModel.h"

#include "PagedListModelPrivate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

namespace ketong {

PagedListModel::PagedListModel(DatabasePtr db, QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<ListPageResult>();
    qRegisterMetaType<ListCountResult>();
    qRegisterMetaType<Error>();
    d = std::make_unique<Private>(this, std::move(db));
    if (QCoreApplication* app = QCoreApplication::instance(); app && app->thread() == thread())
        app->installEventFilter(this);
}

PagedListModel::~PagedListModel() = default;

void PagedListModel::setQuery(const ListQuery& query)
{
    beginResetModel();
    d->query = query;
    d->clearRows();
    d->resetPending = false;
    endResetModel();
    d->load(false);
}

const ListQuery& PagedListModel::query() const
{
    return d->query;
}

void PagedListModel::refresh()
{
    if (d->canLoad())
        d->load(true);
}

qint64 PagedListModel::idAt(int row) const
{
    if (row < 0 || row >= d->rows)
        return 0;
    const ListRowPage* page = d->pages.peek(row / d->pageSize());
    const int offset = row % d->pageSize();
    return page && offset < page->ids.size() ? page->ids.at(offset) : 0;
}

int PagedListModel::rowOf(qint64 id) const
{
    const int row = d->pages.rowOf(id, d->pageSize());
    return row < d->rows ? row : -1;
}

int PagedListModel::totalCount() const
{
    return d->total;
}

bool PagedListModel::isLoading() const
{
    return d->firstPending || d->countPending;
}

bool PagedListModel::waitUntilLoaded(int msecs)
{
    if (isLoading()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(this, &PagedListModel::loadingChanged, &loop, [&loop](bool loading) {
            if (!loading)
                loop.quit();
        });
        timer.start(msecs);
        loop.exec();
    }
    return !isLoading() && !d->failed;
}

void PagedListModel::setCachePageLimit(int pages)
{
    d->pages.setLimit(pages);
}

int PagedListModel::cachePageLimit() const
{
    return d->pages.limit();
}

int PagedListModel::cachedPageCount() const
{
    return d->pages.size();
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : d->rows;
}

int PagedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(d->query.columns.size());
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListColumn& column = d->query.columns.at(index.column());
    if (role == Qt::TextAlignmentRole) {
        if (column.isRightAligned())
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != IdRole)
        return {};
    const int page = index.row() / d->pageSize();
    const ListRowPage* rows = d->pages.use(page);
    if (!rows) {
        d->requestPage(page); // shown blank until it arrives (dataChanged)
        return {};
    }
    const int offset = index.row() % d->pageSize();
    if (offset >= rows->ids.size())
        return {};
    if (role == IdRole)
        return rows->ids.at(offset);
    const QVariant& raw = rows->cells.at(offset).at(index.column());
    return role == SortRole ? raw : QVariant(column.text(raw));
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount()) {
        const ListColumn& column = d->query.columns.at(section);
        // Translated on every call: the language can change while the list is shown.
        return column.title ? QCoreApplication::translate(d->query.context, column.title) : column.key;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && d->rows > 0 && !d->firstPending && !d->resetPending && d->total < 0 && !d->atEnd;
}

void PagedListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || d->appending >= 0)
        return;
    d->appending = d->rows / d->pageSize();
    d->enqueue(ListPageRequest{d->currentGeneration(), d->appending, d->lastKey, false});
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    if (!d->query.isSortable(column) || (column == d->query.sortColumn && descending == d->query.descending))
        return;
    d->query.sortColumn = column;
    d->query.descending = descending;
    if (d->canLoad())
        d->load(true);
}

bool PagedListModel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        const int columns = columnCount();
        if (columns > 0) {
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
            if (d->rows > 0)
                Q_EMIT dataChanged(index(0, 0), index(d->rows - 1, columns - 1), {Qt::DisplayRole});
        }
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace ketong
