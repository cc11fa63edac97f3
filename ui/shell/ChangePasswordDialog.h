#pragma once

#include "shell/Workspace.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace ketong {

/// 修改密码: the current password, the new one twice. `forced` is the first login after an
/// administrator set the password: the account cannot go on without choosing its own.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)
public:
    ChangePasswordDialog(const Workspace& workspace, bool forced, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void save();

    const Workspace& m_workspace;
    bool m_forced;
    QLabel* m_introLabel;
    QLabel* m_currentLabel;
    QLabel* m_newLabel;
    QLabel* m_repeatLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_currentEdit;
    QLineEdit* m_newEdit;
    QLineEdit* m_repeatEdit;
    QDialogButtonBox* m_buttons;
};

} // namespace ketong
