#pragma once

#include "ListQuery.h"
#include "common/Error.h"
#include "db/Database.h"
#include "ketong_core_export.h"

#include <QAbstractTableModel>

namespace ketong {

/// The one list model every list page uses, built for a million rows:
///  * the first page comes from one keyset query (ORDER BY sort, id LIMIT pageSize) — the first screen
///    never waits for a count;
///  * in the background a key-only scan of the same query counts the rows and remembers every
///    pageSize-th (sort key, id), so any row — row 900,000 — is reached with one keyset query;
///  * pages are fetched on demand and only a bounded number are kept in memory;
///  * every query runs on a worker thread with that thread's own connection (forward-only, streamed), never
///    on the GUI thread: pages on the database's ListWorker (shared by the live models), the count on a
///    thread of the model's own; results come back by queued signals.
/// Sorting (sort()) and filtering (setQuery() with another `where`) are done in SQL.
class KETONG_CORE_EXPORT PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedListModel)
public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value of the cell (for sorting, tests, exports)
        IdRole,                      ///< the row's record id (any column)
    };

    explicit PagedListModel(DatabasePtr db, QObject* parent = nullptr);
    ~PagedListModel() override;

    /// Replaces the query (new filter or another list) and starts loading its first page.
    void setQuery(const ListQuery& query);
    const ListQuery& query() const;
    /// Runs the same query again (another user's change, after an edit), keeping the sort.
    void refresh();

    /// The record id of a row, or 0 when that row is not loaded yet.
    qint64 idAt(int row) const;
    /// The row showing `id` among the loaded rows, or -1.
    int rowOf(qint64 id) const;
    /// Number of rows once the background count is done; -1 before.
    int totalCount() const;
    /// True while the first page or the count is still loading.
    bool isLoading() const;
    /// Blocks (processing events) until the first page and the count are in, or `msecs` pass.
    /// For tests and command-line use; the GUI never waits.
    bool waitUntilLoaded(int msecs = 30000);

    /// At most this many pages stay in memory (default 64); the least recently used page goes first.
    void setCachePageLimit(int pages);
    int cachePageLimit() const;
    /// How many pages are in memory now (for tests and diagnostics).
    int cachedPageCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The background count finished.
    void totalCountKnown(int count);
    /// A query failed (the view shows it; the model stays usable).
    void errorOccurred(const ketong::Error& error);

protected:
    /// Column titles and Custom cells are translated when shown: on the application's LanguageChange the
    /// model tells its views to fetch them again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ketong
