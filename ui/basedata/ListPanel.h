#pragma once

#include "db/Database.h"
#include "models/ListQuery.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace ketong {

class PagedListModel;

/// The table part of this module's list pages: a table on PagedListModel (loaded off the GUI thread,
/// sorted in SQL), the row count, an empty-state line and errors. Enter or a double click asks to open
/// the current row, Del to delete it.
class ListPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPanel)
public:
    ListPanel(DatabasePtr db, const QString& name, QWidget* parent = nullptr);
    ~ListPanel() override;

    /// The column (by key) that takes the width the others leave (TableLook); without one, the last.
    void setStretchColumn(const QString& key) { m_stretchKey = key; }
    /// Shows `query` (a new filter) and loads its first page.
    void setQuery(const ListQuery& query);
    void refresh();
    PagedListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The id of the current row, 0 when none.
    qint64 currentId() const;
    /// The raw value of the current row's column `key`.
    QVariant currentValue(const QString& key) const;

Q_SIGNALS:
    void activated(qint64 id);
    void deleteRequested(qint64 id);
    void currentChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateCount();
    /// Once per query, when its first rows are in: columns as wide as their contents (within bounds).
    void fitColumns();

    PagedListModel* m_model;
    QTableView* m_table;
    QLabel* m_countLabel;
    QLabel* m_messageLabel;
    bool m_fitted = false;
    QString m_stretchKey;
};

} // namespace ketong
