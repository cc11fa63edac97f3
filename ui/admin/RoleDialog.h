#pragma once

#include "shell/Workspace.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ketong {

class HistoryButton;

/// 新建角色 / 编辑角色: name (unique), kind (decides the data scope; fixed for built-in roles), description
/// and the usable flag. Edits are version-checked.
class RoleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoleDialog)
public:
    /// A new role (roleId 0) or an existing one.
    RoleDialog(const Workspace& workspace, qint64 roleId, QWidget* parent = nullptr);

    qint64 roleId() const { return m_roleId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool load();
    void save();

    const Workspace& m_workspace;
    qint64 m_roleId;
    int m_version = 0;
    QLabel* m_nameLabel;
    QLabel* m_kindLabel;
    QLabel* m_descriptionLabel;
    QLabel* m_kindHintLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_nameEdit;
    QComboBox* m_kindCombo;
    QLineEdit* m_descriptionEdit;
    QCheckBox* m_enabledCheck;
    HistoryButton* m_historyButton;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
};

} // namespace ketong
