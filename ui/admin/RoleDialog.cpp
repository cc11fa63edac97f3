#include "RoleDialog.h"

#include "FormSupport.h"
#include "auth/RoleService.h"
#include "common/HistoryButton.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

namespace {
const RoleKind kKinds[] = {RoleKind::Admin, RoleKind::Director, RoleKind::Manager, RoleKind::Executive};
}

RoleDialog::RoleDialog(const Workspace& workspace, qint64 roleId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_roleId(roleId)
    , m_nameLabel(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_kindHintLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_enabledCheck(new QCheckBox(this))
    , m_historyButton(new HistoryButton(workspace, QStringLiteral("roles"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("roleDialog"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionLineEdit"));
    m_enabledCheck->setObjectName(QStringLiteral("enabledCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_nameEdit->setMaxLength(50);
    m_descriptionEdit->setMaxLength(200);
    m_enabledCheck->setChecked(true);
    m_kindHintLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    for (RoleKind kind : kKinds)
        m_kindCombo->addItem(QString(), roleKindKey(kind));
    m_kindCombo->setCurrentIndex(2); // account manager: the most common new role

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_kindLabel, m_kindCombo);
    form->addRow(QString(), m_kindHintLabel);
    form->addRow(m_descriptionLabel, m_descriptionEdit);
    form->addRow(QString(), m_enabledCheck);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    if (m_roleId > 0)
        m_buttons->addButton(m_historyButton, QDialogButtonBox::ResetRole);
    else
        m_historyButton->hide();

    m_fields = {{QStringLiteral("name"), m_nameEdit},
                {QStringLiteral("kind"), m_kindCombo},
                {QStringLiteral("description"), m_descriptionEdit},
                {QStringLiteral("enabled"), m_enabledCheck}};
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_roleId > 0 && !load())
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    retranslateUi();
}

bool RoleDialog::load()
{
    const auto role = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_roleId);
    if (!role) {
        m_errorLabel->setText(role.error().message());
        return false;
    }
    m_version = role->version;
    m_nameEdit->setText(role->name);
    m_descriptionEdit->setText(role->description);
    m_enabledCheck->setChecked(role->enabled);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(roleKindKey(role->kind)));
    m_kindCombo->setEnabled(!role->builtin);
    m_historyButton->setRecord(QString::number(role->id), tr("role %1").arg(role->name));
    return true;
}

void RoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RoleDialog::retranslateUi()
{
    setWindowTitle(m_roleId > 0 ? tr("Edit role") : tr("New role"));
    m_nameLabel->setText(form::requiredLabel(tr("Role name:")));
    m_kindLabel->setText(form::requiredLabel(tr("Kind:")));
    m_descriptionLabel->setText(tr("Description:"));
    m_enabledCheck->setText(tr("Usable (accounts of a disabled role cannot log in)"));
    m_kindHintLabel->setText(tr("The kind decides which records the role's accounts work on: a sales director all, "
                                "an account manager their own. Pages are chosen under Rights."));
    for (int i = 0; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i, RightCatalog::kindLabel(kKinds[i]));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void RoleDialog::save()
{
    form::clearErrors(m_errorLabel, m_fields);
    const RoleInput input{m_nameEdit->text(), m_descriptionEdit->text(),
                          roleKindFromKey(m_kindCombo->currentData().toString()).value_or(RoleKind::Manager),
                          m_enabledCheck->isChecked()};
    RoleService roles(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (m_roleId == 0) {
        const auto id = roles.create(input);
        if (!id) {
            form::showError(id.error(), m_errorLabel, m_fields);
            return;
        }
        m_roleId = *id;
        accept();
        return;
    }
    const auto s = roles.update(m_roleId, input, m_version);
    if (s) {
        accept();
        return;
    }
    form::showError(s.error(), m_errorLabel, m_fields);
    if (s.error().code() == ErrorCode::Conflict &&
        MessageBox::question(this, windowTitle(),
                             tr("%1\n\nLoad the role as it is saved now? What you typed stays in the form; save again "
                                "to apply it.")
                                 .arg(s.error().message()),
                             QMessageBox::Yes) == QMessageBox::Yes) {
        const auto now = roles.load(m_roleId);
        if (now) {
            m_version = now->version;
            m_errorLabel->setText(tr("Saved now: \"%1\", %2. Save again to replace it with your values.")
                                      .arg(now->name, RoleService::enabledLabel(now->enabled)));
        }
    }
}

} // namespace ketong
