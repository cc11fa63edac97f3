#pragma once

#include "auth/RoleService.h"
#include "shell/Workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ketong {

/// 角色管理: the roles (name, kind, description, usable, accounts, built-in) with new, edit, delete and
/// history. Deleting is refused by the core while accounts hold the role; built-in roles stay.
/// Keyboard: Enter edits, Del deletes, Ctrl+N makes a new role.
class RolesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolesPage)
public:
    explicit RolesPage(const Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    bool select(const QString& name);
    const RoleRecord* selected() const;

    void newRole();
    void editRole();
    void deleteRole();
    void showHistory();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void updateActions();

    const Workspace& m_workspace;
    QList<RoleRecord> m_roles;
    QLabel* m_titleLabel;
    QTableWidget* m_table;
    QLabel* m_countLabel;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_historyButton;
    QPushButton* m_refreshButton;
};

} // namespace ketong
