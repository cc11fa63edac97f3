#pragma once

#include "DevelopmentDialog.h"
#include "common/ListPage.h"
#include "sales/SalesChance.h"
#include "shell/Workspace.h"

class QAction;

namespace ketong {

class ChanceFilterBar;

/// 客户开发计划 (SPEC §5.2.5, right 009): chances in development or archived — a manager's own, all for
/// the director — with their status. In development: 制定计划, 执行计划, 开发成功, 终止开发; archived: 查看.
/// Enter opens the chance (the plan while it has no item, then its execution; archived ones read-only).
class DevelopmentPlansPage : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevelopmentPlansPage)
public:
    DevelopmentPlansPage(const Workspace& workspace, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A chance may have moved on (the workbench and the navigation update their counts).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void search();
    SalesChance currentChance() const;
    void updateActions();
    void open(qint64 id);
    void openDialog(qint64 id, DevelopmentDialog::Mode mode);
    void succeed();
    void fail();

    const Workspace& m_workspace;
    ChanceFilterBar* m_filter;
    QAction* m_planAction;
    QAction* m_executeAction;
    QAction* m_succeedAction;
    QAction* m_failAction;
    QAction* m_viewAction;
};

} // namespace ketong
