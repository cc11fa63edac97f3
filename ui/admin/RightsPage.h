#pragma once

#include "auth/RightsService.h"
#include "shell/Workspace.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ketong {

/// 权限分配: choose a role, tick its pages in the rights tree of SPEC §2.3 (ticking a folder ticks its
/// pages; a folder with some pages ticked shows partly ticked), save — which replaces the role's rights
/// in one transaction. Unsaved ticks are not lost silently when another role is chosen.
class RightsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RightsPage)
public:
    explicit RightsPage(const Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the roles, the tree and the chosen role's rights again (unsaved ticks are dropped).
    void reload();
    /// Chooses a role by name; false when there is none (or the user kept unsaved ticks of another role).
    bool selectRole(const QString& name);
    /// The page codes ticked now, sorted.
    QStringList checkedCodes() const;
    /// The tree entry of a right code.
    QTreeWidgetItem* itemOf(const QString& code) const;
    bool isDirty() const;
    /// Saves the ticks of the chosen role; true on success.
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void buildTree();
    void loadRole(qint64 roleId);
    void roleChosen();
    void updateState();
    /// The chosen role's name in the current language.
    QString roleLabel() const { return RightCatalog::roleLabel(m_roleName, m_roleKind); }

    const Workspace& m_workspace;
    qint64 m_roleId = 0;
    int m_roleVersion = 0;
    QString m_roleName; ///< as stored
    RoleKind m_roleKind = RoleKind::Manager;
    QStringList m_saved;
    QHash<QString, QTreeWidgetItem*> m_items;
    QLabel* m_titleLabel;
    QLabel* m_rolesLabel;
    QLabel* m_roleLabel;
    QLabel* m_statusLabel;
    QListWidget* m_roles;
    QTreeWidget* m_tree;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
};

} // namespace ketong
