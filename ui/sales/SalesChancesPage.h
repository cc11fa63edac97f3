#pragma once

#include "common/ListPage.h"
#include "shell/Workspace.h"

class QAction;

namespace ketong {

class ChanceFilterBar;

/// 销售机会管理 (SPEC §5.2.1, right 008): the unassigned chances, filtered by 客户名称, 概要, 联系人;
/// 新建, 编辑, 删除 (confirmed with the summary), 指派 (the director only), 查看. Enter opens (edit when
/// allowed, otherwise view), Del deletes, Ctrl+N creates.
class SalesChancesPage : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesChancesPage)
public:
    SalesChancesPage(const Workspace& workspace, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A chance was created, assigned or deleted (the workbench and the navigation update their counts).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void search();
    void updateActions();
    void newChance();
    void open(qint64 id);
    void edit(qint64 id);
    void remove(qint64 id);
    void assign(qint64 id);
    void view(qint64 id);

    const Workspace& m_workspace;
    ChanceFilterBar* m_filter;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_deleteAction;
    QAction* m_assignAction;
    QAction* m_viewAction;
};

} // namespace ketong
