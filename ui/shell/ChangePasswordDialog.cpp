#include "ChangePasswordDialog.h"

#include "auth/UserService.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

ChangePasswordDialog::ChangePasswordDialog(const Workspace& workspace, bool forced, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_forced(forced)
    , m_introLabel(new QLabel(this))
    , m_currentLabel(new QLabel(this))
    , m_newLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_currentEdit(new QLineEdit(this))
    , m_newEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_currentEdit->setObjectName(QStringLiteral("currentPasswordLineEdit"));
    m_newEdit->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    for (QLineEdit* edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(200);
    }
    m_introLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto* form = new QFormLayout;
    form->addRow(m_currentLabel, m_currentEdit);
    form->addRow(m_newLabel, m_newEdit);
    form->addRow(m_repeatLabel, m_repeatEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_introLabel->setText(m_forced ? tr("The administrator set your password. Choose your own before you go on: at "
                                        "least 8 characters, not your login name and not a common password.")
                                   : tr("At least 8 characters, not your login name and not a common password."));
    m_currentLabel->setText(tr("Current password:"));
    m_newLabel->setText(tr("New password:"));
    m_repeatLabel->setText(tr("Repeat new password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(m_forced ? tr("Log out") : tr("Cancel"));
}

void ChangePasswordDialog::save()
{
    m_errorLabel->clear();
    if (m_newEdit->text() != m_repeatEdit->text()) {
        m_errorLabel->setText(tr("The two new passwords differ"));
        m_repeatEdit->selectAll();
        m_repeatEdit->setFocus();
        return;
    }
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = users.changeOwnPassword(m_currentEdit->text(), m_newEdit->text()); !s) {
        m_errorLabel->setText(s.error().message());
        QLineEdit* focus = s.error().field() == QLatin1String("currentPassword") ? m_currentEdit : m_newEdit;
        focus->selectAll();
        focus->setFocus();
        return;
    }
    MessageBox::information(this, windowTitle(), tr("Your password has been changed."));
    accept();
}

} // namespace ketong
