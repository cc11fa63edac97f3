#pragma once

#include "shell/Workspace.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

/// The idle lock's question: the password of the logged-in account (checked by AuthService, so wrong
/// guesses count towards the lock-out like at the login), or log out. Accepted when unlocked, rejected
/// for "log out".
class LockDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDialog)
public:
    LockDialog(const Workspace& workspace, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslateUi();
    void unlock();

    const Workspace& m_workspace;
    QLabel* m_iconLabel;
    QLabel* m_messageLabel;
    QLabel* m_passwordLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_passwordEdit;
    QPushButton* m_unlockButton;
    QPushButton* m_logoutButton;
};

} // namespace ketong
