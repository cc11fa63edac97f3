#pragma once

#include "common/ListPage.h"
#include "service/ServiceDesk.h"
#include "shell/Workspace.h"

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ketong {

/// The four service lists of SPEC §5.4 with their shared filters (客户, 概要, 服务类型, 创建日期 from–to;
/// 状态 on the archive list only, default 已归档):
///  * 服务分配 (新创建): 分配给 [manager] + 分配 for the current row, 删除;
///  * 服务处理 (已分配 to me): 处理 → TicketDialog;
///  * 服务反馈 (已处理, created or handled by me): 反馈 → TicketDialog with 1–5 stars;
///  * 服务归档: 查看 → the whole history read-only;
///  * the creator's own new tickets (on 服务创建): 编辑 (editRequested, the create page's form edits it), 删除.
class ServiceListPage : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceListPage)
public:
    ServiceListPage(const Workspace& workspace, ServiceDesk::Stage stage, QWidget* parent = nullptr);

    ServiceDesk::Stage stage() const { return m_stage; }
    static QString objectNameOf(ServiceDesk::Stage stage);

Q_SIGNALS:
    /// A ticket moved on (the navigation updates its badges).
    void badgesChanged();
    /// 编辑 of the creator's list: the ticket to show in the create page's form.
    void editRequested(qint64 id);
    /// A ticket was deleted from this list.
    void removed(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFilters();
    void retranslateUi();
    void search();
    void updateActions();
    void act(qint64 id);
    void assign(qint64 id);
    void remove(qint64 id);

    const Workspace& m_workspace;
    ServiceDesk::Stage m_stage;
    QLabel* m_customerLabel;
    QLineEdit* m_customerEdit;
    QLabel* m_summaryLabel;
    QLineEdit* m_summaryEdit;
    QLabel* m_typeLabel;
    QComboBox* m_typeCombo;
    QLabel* m_fromLabel;
    QDateEdit* m_fromEdit;
    QLabel* m_toLabel;
    QDateEdit* m_toEdit;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_assigneeLabel = nullptr;
    QComboBox* m_assigneeCombo = nullptr;
    QAction* m_mainAction;
    QAction* m_deleteAction = nullptr;
};

} // namespace ketong
