#pragma once

#include "shell/Workspace.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class HistoryButton;

/// 新建用户 / 编辑用户. New: login, name, role and the initial password typed twice or generated (then
/// shown once after saving); the account must change it at its first login. Edit: name and role,
/// version-checked (a conflict names who changed the account and offers to reload, keeping what was typed).
class UserDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)
public:
    /// A new account.
    UserDialog(const Workspace& workspace, QWidget* parent = nullptr);
    /// An existing account.
    UserDialog(const Workspace& workspace, qint64 userId, QWidget* parent = nullptr);

    /// The account's id (after a new account was saved).
    qint64 userId() const { return m_userId; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    void loadRoles(qint64 keepRoleId);
    bool loadUser();
    void generatePassword();
    void save();
    bool create();
    bool update();

    const Workspace& m_workspace;
    qint64 m_userId = 0;
    int m_version = 0;
    bool m_generated = false;
    QLabel* m_loginLabel;
    QLabel* m_nameLabel;
    QLabel* m_roleLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLabel* m_hintLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_loginEdit;
    QLineEdit* m_nameEdit;
    QComboBox* m_roleCombo;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_repeatEdit;
    QPushButton* m_generateButton;
    HistoryButton* m_historyButton;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
};

} // namespace ketong
