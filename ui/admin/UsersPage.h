#pragma once

#include "auth/UserService.h"
#include "shell/Workspace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ketong {

/// 用户管理: the accounts (login, name, role, status, last login, locked until) with a filter, and the
/// actions new, edit, disable/enable, reset password, unlock and history. Accounts are never deleted.
/// Keyboard: Enter edits, Ctrl+N makes a new account.
class UsersPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    explicit UsersPage(const Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the accounts again (keeps the selection).
    void reload();
    /// Selects the row of `login`; false when it is not listed.
    bool select(const QString& login);
    /// The account of the selected row, or nullptr.
    const UserRecord* selected() const;

    void newUser();
    void editUser();
    void toggleActive();
    void resetPassword();
    void unlock();
    void showHistory();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRoles();
    void fill();
    void updateActions();

    const Workspace& m_workspace;
    QList<UserRecord> m_users;
    QLabel* m_titleLabel;
    QLineEdit* m_filterEdit;
    QComboBox* m_roleCombo;
    QComboBox* m_statusCombo;
    QTableWidget* m_table;
    QLabel* m_countLabel;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_activeButton;
    QPushButton* m_resetButton;
    QPushButton* m_unlockButton;
    QPushButton* m_historyButton;
    QPushButton* m_refreshButton;
};

} // namespace ketong
