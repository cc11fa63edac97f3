#pragma once

#include "customers/CustomerFilter.h"
#include "shell/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;

namespace ketong {

class PagedListModel;

/// 客户信息管理 (SPEC §5.3.1): the filter bar (客户编号, 名称, 地区, 客户经理, 客户等级, 状态), the quick views
/// (全部 / 我的客户 / 今日创建 / 本周新建 / 本月新建 / 最近更新), the customer list on the lazy PagedListModel (built
/// for a million rows: filtered and sorted in SQL) and the actions 新建, 编辑, 联系人, 交往记录, 历史订单, 删除,
/// 导入, 导出 and, for the sales director, 转移. Enter opens, Del deletes, Ctrl+N creates.
class CustomersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(const Workspace& workspace, QWidget* parent = nullptr);

    PagedListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The filter the bar and the tab describe now.
    CustomerFilter filter() const;
    /// Runs the list query for the current filter.
    void search();
    /// The ids of the selected rows (the current row when none is selected).
    QList<qint64> selectedIds() const;

    void newCustomer();
    void editCustomer(qint64 id);
    void deleteCustomer(qint64 id);
    void reassignSelected();

Q_SIGNALS:
    /// Customers were changed, reassigned or deleted, which moves their churn warnings (the workbench and
    /// the navigation update their counts).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildFilterBar();
    QWidget* buildActionBar();
    void loadChoices();
    void retranslateUi();
    void updateActions();
    void openSub(int which);
    void importCustomers();
    void exportCustomers();

    Workspace m_workspace;
    bool m_canWrite = false;
    bool m_canReassign = false;
    PagedListModel* m_model;
    QWidget* m_filterBar = nullptr;
    QTableView* m_view;
    QTabBar* m_tabs;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_regionLabel;
    QComboBox* m_regionCombo;
    QLabel* m_managerLabel;
    QComboBox* m_managerCombo;
    QLabel* m_levelLabel;
    QComboBox* m_levelCombo;
    QLabel* m_statusLabel;
    QComboBox* m_statusCombo;
    QPushButton* m_searchButton;
    QPushButton* m_resetButton;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_contactsButton;
    QPushButton* m_activitiesButton;
    QPushButton* m_ordersButton;
    QPushButton* m_deleteButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QPushButton* m_reassignButton;
    QLabel* m_countLabel;
    QLabel* m_emptyLabel;
    bool m_sized = false; ///< columns fitted once to the first page
};

} // namespace ketong
