#include "UserDialog.h"

#include "FormSupport.h"
#include "auth/PasswordHasher.h"
#include "auth/RoleService.h"
#include "auth/UserService.h"
#include "common/HistoryButton.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

UserDialog::UserDialog(const Workspace& workspace, QWidget* parent)
    : UserDialog(workspace, 0, parent)
{}

UserDialog::UserDialog(const Workspace& workspace, qint64 userId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_userId(userId)
    , m_loginLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_loginEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_generateButton(new QPushButton(this))
    , m_historyButton(new HistoryButton(workspace, QStringLiteral("users"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    build();
    if (m_userId > 0) {
        if (!loadUser())
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    } else {
        loadRoles(0);
    }
    retranslateUi();
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    m_loginEdit->setObjectName(QStringLiteral("loginLineEdit"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_repeatEdit->setObjectName(QStringLiteral("repeatPasswordLineEdit"));
    m_generateButton->setObjectName(QStringLiteral("generatePasswordPushButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_loginEdit->setMaxLength(50);
    m_nameEdit->setMaxLength(50);
    for (QLineEdit* edit : {m_passwordEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            // Typing replaces a generated password: hide it again.
            m_generated = false;
            m_passwordEdit->setEchoMode(QLineEdit::Password);
            m_repeatEdit->setEchoMode(QLineEdit::Password);
        });
    }
    m_hintLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_generateButton->setAutoDefault(false);

    const bool creating = m_userId == 0;
    m_loginEdit->setReadOnly(!creating);
    m_loginEdit->setFocusPolicy(creating ? Qt::StrongFocus : Qt::NoFocus);
    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_loginEdit);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_roleLabel, m_roleCombo);
    if (creating) {
        auto* passwordRow = new QHBoxLayout;
        passwordRow->addWidget(m_passwordEdit, 1);
        passwordRow->addWidget(m_generateButton);
        form->addRow(m_passwordLabel, passwordRow);
        form->addRow(m_repeatLabel, m_repeatEdit);
    } else {
        for (QWidget* w : {static_cast<QWidget*>(m_passwordLabel), static_cast<QWidget*>(m_repeatLabel),
                           static_cast<QWidget*>(m_passwordEdit), static_cast<QWidget*>(m_repeatEdit),
                           static_cast<QWidget*>(m_generateButton)})
            w->hide();
        m_buttons->addButton(m_historyButton, QDialogButtonBox::ResetRole);
    }
    if (creating)
        m_historyButton->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    m_fields = {{QStringLiteral("login"), m_loginEdit},
                {QStringLiteral("name"), m_nameEdit},
                {QStringLiteral("role"), m_roleCombo},
                {QStringLiteral("password"), m_passwordEdit}};
    connect(m_generateButton, &QPushButton::clicked, this, &UserDialog::generatePassword);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UserDialog::retranslateUi()
{
    const bool creating = m_userId == 0;
    setWindowTitle(creating ? tr("New account") : tr("Edit account"));
    m_loginLabel->setText(form::requiredLabel(tr("Login:")));
    m_nameLabel->setText(form::requiredLabel(tr("Name:")));
    m_roleLabel->setText(form::requiredLabel(tr("Role:")));
    m_passwordLabel->setText(form::requiredLabel(tr("Initial password:")));
    m_repeatLabel->setText(form::requiredLabel(tr("Repeat password:")));
    m_generateButton->setText(tr("Generate"));
    m_generateButton->setToolTip(tr("Make a random password; it is shown once after saving"));
    m_hintLabel->setText(creating ? tr("At least 8 characters, not the login name and not a common password. The "
                                       "person must choose their own password at the first login.")
                                  : QString());
    m_hintLabel->setVisible(creating);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    form::relabelRoles(m_roleCombo);
}

void UserDialog::loadRoles(qint64 keepRoleId)
{
    m_roleCombo->clear();
    const auto roles = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).list();
    if (!roles) {
        m_errorLabel->setText(roles.error().message());
        return;
    }
    for (const RoleRecord& role : *roles) {
        // A disabled role is offered only to the accounts that already hold it.
        if (role.enabled || role.id == keepRoleId)
            form::addRole(m_roleCombo, role);
    }
    const int keep = m_roleCombo->findData(keepRoleId);
    m_roleCombo->setCurrentIndex(keepRoleId > 0 ? keep : -1);
}

bool UserDialog::loadUser()
{
    const auto user = UserService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_userId);
    if (!user) {
        m_errorLabel->setText(user.error().message());
        return false;
    }
    m_version = user->version;
    m_loginEdit->setText(user->login);
    m_nameEdit->setText(user->name);
    loadRoles(user->roleId);
    m_historyButton->setRecord(QString::number(user->id), tr("account %1").arg(user->login));
    return true;
}

void UserDialog::generatePassword()
{
    const QString password = PasswordHasher::generate();
    m_passwordEdit->setText(password);
    m_repeatEdit->setText(password);
    m_passwordEdit->setEchoMode(QLineEdit::Normal);
    m_repeatEdit->setEchoMode(QLineEdit::Normal);
    m_generated = true;
}

void UserDialog::save()
{
    form::clearErrors(m_errorLabel, m_fields);
    if (m_userId == 0 ? create() : update())
        accept();
}

bool UserDialog::create()
{
    if (m_passwordEdit->text() != m_repeatEdit->text()) {
        form::showError(Error(ErrorCode::Invalid, tr("The two passwords differ"), QStringLiteral("password")),
                        m_errorLabel, m_fields);
        return false;
    }
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const NewUser user{m_loginEdit->text(), m_nameEdit->text(), m_roleCombo->currentData().toLongLong(),
                       m_passwordEdit->text(), true};
    const auto id = users.create(user);
    if (!id) {
        form::showError(id.error(), m_errorLabel, m_fields);
        return false;
    }
    m_userId = *id;
    const QString login = m_loginEdit->text().trimmed();
    if (m_generated) {
        MessageBox::information(
            this, windowTitle(),
            tr("The account \"%1\" was created.\n\nIts initial password is:\n\n%2\n\nGive it to the "
               "person directly; it is not shown again. They must choose their own password at "
               "the first login.")
                .arg(login, m_passwordEdit->text()));
    } else {
        MessageBox::information(this, windowTitle(),
                                tr("The account \"%1\" was created. The person must choose their own password at the "
                                   "first login.")
                                    .arg(login));
    }
    return true;
}

bool UserDialog::update()
{
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto s = users.update(m_userId, {m_nameEdit->text(), m_roleCombo->currentData().toLongLong()}, m_version);
    if (s)
        return true;
    if (s.error().code() != ErrorCode::Conflict) {
        form::showError(s.error(), m_errorLabel, m_fields);
        return false;
    }
    m_errorLabel->setText(s.error().message());
    if (MessageBox::question(this, windowTitle(),
                             tr("%1\n\nLoad the account as it is saved now? What you typed stays in the form; save "
                                "again to apply it.")
                                 .arg(s.error().message()),
                             QMessageBox::Yes) == QMessageBox::Yes) {
        const auto now = users.load(m_userId);
        if (!now) {
            m_errorLabel->setText(now.error().message());
            return false;
        }
        m_version = now->version;
        m_errorLabel->setText(tr("Saved now: name \"%1\", role \"%2\". Save again to replace them with your values.")
                                  .arg(now->name, now->roleLabel()));
    }
    return false;
}

} // namespace ketong
