#pragma once

#include "common/ListPage.h"
#include "shell/Workspace.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ketong {

/// 客户流失管理 (SPEC §5.3.6, right 011): churn warnings filtered by customer, manager and status; a manager
/// sees only the customers they manage. 暂缓流失 and 确认流失 open LostRecordDialog; each is enabled as
/// ChurnService::canDelay/canConfirm allow (the tooltip gives the core's reason otherwise). Enter opens 暂缓流失 (or
/// the record read-only).
class LostCustomersPage : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostCustomersPage)
public:
    LostCustomersPage(const Workspace& workspace, QWidget* parent = nullptr);

    /// Shows the open warnings only (the notice after login opens the page this way).
    void showOpenWarnings();

Q_SIGNALS:
    /// A warning was delayed or confirmed (the workbench and the navigation update their counts).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void search();
    void updateActions();
    void open(qint64 id, int mode);

    const Workspace& m_workspace;
    QLabel* m_customerLabel;
    QLineEdit* m_customerEdit;
    QLabel* m_managerLabel;
    QLineEdit* m_managerEdit;
    QLabel* m_statusLabel;
    QComboBox* m_statusCombo;
    QAction* m_delayAction;
    QAction* m_confirmAction;
};

} // namespace ketong
