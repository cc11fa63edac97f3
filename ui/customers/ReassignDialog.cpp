#include "ReassignDialog.h"

#include "customers/CustomerService.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

ReassignDialog::ReassignDialog(const Workspace& workspace, QList<qint64> customerIds, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ids(std::move(customerIds))
    , m_introLabel(new QLabel(this))
    , m_managerLabel(new QLabel(this))
    , m_managerCombo(new QComboBox(this))
    , m_errorLabel(new QLabel(this))
    , m_okButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    m_managerCombo->setObjectName(QStringLiteral("managerComboBox"));
    m_okButton->setObjectName(QStringLiteral("reassignPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_introLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_managerLabel->setBuddy(m_managerCombo);
    const auto managers =
        CustomerService(*workspace.db, *workspace.clock, workspace.session).managerChoices().valueOr({});
    for (const CustomerRules::Account& a : managers)
        m_managerCombo->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.login), a.id);
    auto* row = new QHBoxLayout;
    row->addWidget(m_managerLabel);
    row->addWidget(m_managerCombo, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_okButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    setMinimumWidth(420);
    m_okButton->setDefault(true);
    connect(m_okButton, &QPushButton::clicked, this, &ReassignDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void ReassignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReassignDialog::retranslateUi()
{
    setWindowTitle(tr("Reassign customers"));
    m_introLabel->setText(
        tr("Give the %n selected customer(s) to another account manager. Their contacts, records and orders go "
           "with them.",
           nullptr, int(m_ids.size())));
    m_managerLabel->setText(tr("New account manager:"));
    m_okButton->setText(tr("Reassign"));
    m_cancelButton->setText(tr("Cancel"));
}

bool ReassignDialog::apply()
{
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto changed = service.reassign(m_ids, m_managerCombo->currentData().toLongLong());
    if (!changed) {
        m_errorLabel->setText(changed.error().message());
        return false;
    }
    m_changed = *changed;
    accept();
    return true;
}

} // namespace ketong
