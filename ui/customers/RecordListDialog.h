#pragma once

#include "customers/Customer.h"
#include "models/ListQuery.h"
#include "shell/Workspace.h"

#include <QDialog>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace ketong {

class PagedListModel;

/// The frame of 联系人, 交往记录 and 历史订单 (SPEC §5.3.3–5.3.5): a header with the customer's code and
/// name, a lazily loaded table (PagedListModel) and a button bar. Enter or a double click activates a
/// row, Del asks to delete it, Ctrl+N asks for a new one; subclasses decide what those do.
class RecordListDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListDialog)
public:
    RecordListDialog(const Workspace& workspace, const Customer& customer, QWidget* parent = nullptr);

    PagedListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The record id of the current row, or 0.
    qint64 currentId() const;

protected:
    void setQuery(const Result<ListQuery>& query);
    /// Adds a button to the bar (left of 返回).
    QPushButton* addButton(const char* objectName);
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    virtual void retranslateUi();
    virtual void activate(qint64 id) = 0;
    virtual void deleteRecord(qint64 /*id*/) {}
    virtual void newRecord() {}

    Workspace m_workspace;
    Customer m_customer;

private:
    QLabel* m_headerLabel;
    QLabel* m_countLabel;
    QTableView* m_view;
    PagedListModel* m_model;
    QHBoxLayout* m_buttons;
    QPushButton* m_closeButton;
    bool m_sized = false; ///< columns fitted to the first page of the current query
};

} // namespace ketong
