#pragma once

#include "auth/UserService.h"
#include "shell/Workspace.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

/// 重置密码: the administrator sets a new password for an account (typed twice or generated and shown
/// once); by default the person must choose their own at the next login. Also lifts a lock-out.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)
public:
    ResetPasswordDialog(const Workspace& workspace, const UserRecord& user, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void generatePassword();
    void save();

    const Workspace& m_workspace;
    UserRecord m_user;
    bool m_generated = false;
    QLabel* m_introLabel;
    QLabel* m_passwordLabel;
    QLabel* m_repeatLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_passwordEdit;
    QLineEdit* m_repeatEdit;
    QPushButton* m_generateButton;
    QCheckBox* m_mustChangeCheck;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
};

} // namespace ketong
