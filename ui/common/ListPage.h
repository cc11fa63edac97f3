#pragma once

#include "db/Database.h"
#include "models/ListQuery.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QToolBar;

namespace ketong {

class Error;
class ListOutput;
class PagedListModel;

/// The shape of every list page: a filter bar (the concrete page's filter widgets, then Search and Reset),
/// an action bar, a table over a PagedListModel (sorted in SQL by clicking a header), a status line with the
/// number of records, and a message over the table when nothing matches.
///
/// The page remembers column widths and order per objectName() in QSettings ("pages/<objectName>/header").
/// Enter/Return or a double click on a row emits activated(id), Delete emits deleteRequested(id), Ctrl+N
/// emits newRequested(). The concrete page owns the filters and the actions and builds the ListQuery (from
/// a core service); ListPage holds no SQL and no rule.
class ListPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)
public:
    explicit ListPage(DatabasePtr db, QWidget* parent = nullptr);
    ~ListPage() override;

    /// Shows `query` (a new filter or the first query). The first time, restores the remembered header.
    void setQuery(const ListQuery& query);
    /// Loads the same query again, keeping the sort and the current record when it is still there.
    void refresh();

    PagedListModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    /// 打印 and 导出 of what the list shows.
    ListOutput* output() const { return m_output; }

    /// The area of the filter bar where the concrete page puts its filter widgets. It has no layout until
    /// addFilterWidget() is called; a page may give it a layout of its own instead.
    QWidget* filterArea() const { return m_filterArea; }
    /// Appends a widget to the filter area (in a row). Return in a QLineEdit starts the search.
    void addFilterWidget(QWidget* widget);
    /// Adds a button for `action` to the action bar (and the action to the page, so that its shortcut
    /// works while the page is shown).
    void addAction(QAction* action);
    /// Appends a widget (a choice the next action uses, e.g. 分配给) to the action bar.
    void addActionWidget(QWidget* widget);

    /// The column (by ListColumn::key: the name, the summary) that takes the width the others leave; the
    /// trailing column then keeps its own width (TableLook::setStretchColumn). Without one, the last stretches.
    void setStretchColumn(const QString& key);
    QString stretchColumn() const { return m_stretchKey; }

    /// The message shown over an empty result; called whenever it is shown, so it may translate.
    /// Default: "No records match the filters".
    void setEmptyText(std::function<QString()> text);
    QString emptyText() const;

    /// The record id of the current row, or 0 when there is none (or it is not loaded).
    qint64 currentId() const;

Q_SIGNALS:
    void searchRequested();
    void resetRequested();
    void activated(qint64 id);
    void deleteRequested(qint64 id);
    void newRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void updateStatus();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void showModelSort();
    void onError(const Error& error);
    void restoreHeader();
    void fitColumns();
    void applyStretchColumn();
    void saveFilters() const;
    /// The table names of a ListQuery::from.
    static QStringList tablesOf(const QString& from);
    void saveHeader() const;
    QString settingsKey(const char* leaf) const;
    QStringList columnKeys() const;

    PagedListModel* m_model = nullptr;
    QWidget* m_filterArea = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QToolBar* m_actionBar = nullptr;
    ListOutput* m_output = nullptr;
    bool m_filtersRestored = false; ///< the remembered filters were put back (first show)
    QStringList m_tables;           ///< the tables of the query (live refresh)
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_saveTimer = nullptr;
    std::function<QString()> m_emptyText;
    QString m_stretchKey; ///< the column that fills the width (empty: the last)
    QString m_errorText;  ///< the last error of the model (already in the user's language), or empty
    bool m_headerRestored = false;
    bool m_syncingSort = false; ///< the header's indicator is being set from the model, not by the user
    qint64 m_idBeforeReset = 0; ///< the current record across a refresh
};

} // namespace ketong
