#include "ResetPasswordDialog.h"

#include "FormSupport.h"
#include "auth/PasswordHasher.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

ResetPasswordDialog::ResetPasswordDialog(const Workspace& workspace, const UserRecord& user, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_introLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_generateButton(new QPushButton(this))
    , m_mustChangeCheck(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_generateButton->setObjectName(QStringLiteral("generatePasswordPushButton"));
    m_mustChangeCheck->setObjectName(QStringLiteral("mustChangeCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("savePushButton"));
    for (QLineEdit* edit : {m_passwordEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_generated = false;
            m_passwordEdit->setEchoMode(QLineEdit::Password);
            m_repeatEdit->setEchoMode(QLineEdit::Password);
        });
    }
    m_mustChangeCheck->setChecked(true);
    m_introLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_generateButton->setAutoDefault(false);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordEdit, 1);
    passwordRow->addWidget(m_generateButton);
    auto* form = new QFormLayout;
    form->addRow(m_passwordLabel, passwordRow);
    form->addRow(m_repeatLabel, m_repeatEdit);
    form->addRow(QString(), m_mustChangeCheck);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    m_fields = {{QStringLiteral("password"), m_passwordEdit}};
    connect(m_generateButton, &QPushButton::clicked, this, &ResetPasswordDialog::generatePassword);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void ResetPasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password"));
    m_introLabel->setText(tr("New password for %1 (%2). This also lifts a lock-out.").arg(m_user.name, m_user.login));
    m_passwordLabel->setText(form::requiredLabel(tr("New password:")));
    m_repeatLabel->setText(form::requiredLabel(tr("Repeat password:")));
    m_generateButton->setText(tr("Generate"));
    m_mustChangeCheck->setText(tr("Must choose a new password at the next login"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ResetPasswordDialog::generatePassword()
{
    const QString password = PasswordHasher::generate();
    m_passwordEdit->setText(password);
    m_repeatEdit->setText(password);
    m_passwordEdit->setEchoMode(QLineEdit::Normal);
    m_repeatEdit->setEchoMode(QLineEdit::Normal);
    m_generated = true;
}

void ResetPasswordDialog::save()
{
    form::clearErrors(m_errorLabel, m_fields);
    if (m_passwordEdit->text() != m_repeatEdit->text()) {
        form::showError(Error(ErrorCode::Invalid, tr("The two passwords differ"), QStringLiteral("password")),
                        m_errorLabel, m_fields);
        return;
    }
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = users.resetPassword(m_user.id, m_passwordEdit->text(), m_mustChangeCheck->isChecked(), m_user.version);
        !s) {
        form::showError(s.error(), m_errorLabel, m_fields);
        return;
    }
    if (m_generated)
        MessageBox::information(this, windowTitle(),
                                tr("The new password of \"%1\" is:\n\n%2\n\nGive it to the person directly; it is not "
                                   "shown again.")
                                    .arg(m_user.login, m_passwordEdit->text()));
    accept();
}

} // namespace ketong
