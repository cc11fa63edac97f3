#include "CustomerDialog.h"

#include "common/ConflictDialog.h"

#include "ActivitiesDialog.h"
#include "ContactsDialog.h"
#include "CustomerForm.h"
#include "OrderHistoryDialog.h"
#include "common/MessageBox.h"
#include "customers/CustomerService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ketong {

namespace {
QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}
} // namespace

CustomerDialog::CustomerDialog(const Workspace& workspace, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new CustomerForm(workspace, this))
    , m_noticeLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_contactsButton(button(this, "contactsPushButton"))
    , m_activitiesButton(button(this, "activitiesPushButton"))
    , m_ordersButton(button(this, "ordersPushButton"))
    , m_saveButton(button(this, "savePushButton"))
    , m_closeButton(button(this, "closePushButton"))
{
    setObjectName(QStringLiteral("customerDialog"));
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setStyleSheet(
        QStringLiteral("background: #fff6d5; border: 1px solid #e6c65c; padding: 6px; color: #5a4500;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_saveButton->setDefault(true);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_contactsButton, m_activitiesButton, m_ordersButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    resize(860, 620);

    connect(m_saveButton, &QPushButton::clicked, this, &CustomerDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_contactsButton, &QPushButton::clicked, this, &CustomerDialog::openContacts);
    connect(m_activitiesButton, &QPushButton::clicked, this, &CustomerDialog::openActivities);
    connect(m_ordersButton, &QPushButton::clicked, this, &CustomerDialog::openOrders);
    load(customerId);
    retranslateUi();
}

void CustomerDialog::load(qint64 id)
{
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const Session& session = m_workspace.session;
    if (id > 0) {
        auto loaded = service.load(id);
        if (!loaded) {
            showError(loaded.error());
            m_readOnly = true;
        } else {
            m_customer = *loaded;
        }
    } else {
        m_customer = Customer{};
        if (session.kind() == RoleKind::Manager)
            m_customer.managerId = session.userId();
    }
    // Why the file is read-only, in the core's own words.
    Status editable = CustomerService::requireWriter(session);
    if (editable && m_customer.id > 0)
        editable = CustomerService::checkEditable(session, m_customer);
    m_readOnly = m_readOnly || !editable;
    m_readOnlyReason = editable ? QString() : editable.error().message();
    m_form->loadChoices(service.managerChoices().valueOr({}), service.canReassign());
    m_form->setCustomer(m_customer);
    m_form->setReadOnly(m_readOnly);
    m_noticeLabel->setVisible(m_readOnly);
    m_noticeLabel->setText(m_readOnlyReason);
    m_saveButton->setVisible(!m_readOnly);
    for (QPushButton* b : {m_contactsButton, m_activitiesButton, m_ordersButton})
        b->setEnabled(m_customer.id > 0);
}

void CustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CustomerDialog::retranslateUi()
{
    setWindowTitle(m_customer.id > 0 ? tr("Customer %1 %2").arg(m_customer.code, m_customer.name) : tr("New customer"));
    m_contactsButton->setText(tr("Contacts"));
    m_activitiesButton->setText(tr("Interaction records"));
    m_ordersButton->setText(tr("History orders"));
    m_saveButton->setText(tr("Save"));
    m_closeButton->setText(m_readOnly ? tr("Close") : tr("Back"));
    if (m_readOnly && !m_readOnlyReason.isEmpty())
        m_noticeLabel->setText(tr("Read only: %1").arg(m_readOnlyReason));
}

bool CustomerDialog::confirmDuplicates(const Customer& typed)
{
    if (m_customer.id > 0 && typed.name == m_customer.name && typed.tel == m_customer.tel)
        return true;
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto hints = service.possibleDuplicates(typed);
    if (!hints || hints->isEmpty())
        return true;
    QStringList lines;
    for (const DuplicateHint& h : *hints) {
        const QString why = h.sameName && h.samePhone ? tr("similar name and same phone")
                            : h.sameName              ? tr("similar name")
                                                      : tr("same phone");
        lines << tr("%1 %2 (%3; manager %4)").arg(h.code, h.name, why, h.managerName);
    }
    return MessageBox::question(this, tr("Possible duplicate"),
                                tr("These customers may be the same company:\n\n%1\n\nSave anyway?")
                                    .arg(lines.join(QLatin1Char('\n')))) == QMessageBox::Yes;
}

bool CustomerDialog::save()
{
    if (m_readOnly)
        return false;
    m_form->markInvalid({});
    m_errorLabel->clear();
    const Customer typed = m_form->customer(m_customer);
    if (!confirmDuplicates(typed))
        return false;
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto saved = typed.id > 0 ? service.update(typed) : service.create(typed);
    if (!saved) {
        showError(saved.error());
        return false;
    }
    m_customer = *saved;
    MessageBox::information(this, windowTitle(), tr("Saved."));
    accept();
    return true;
}

void CustomerDialog::showError(const Error& error)
{
    if (error.code() == ErrorCode::Conflict) {
        // Who changed it and when; Reload keeps what was typed visible (to copy), Cancel keeps the form as typed.
        const Customer typed = m_form->customer(m_customer);
        const QString typedText = ConflictDialog::describe({
            {tr("Customer name:"), typed.name},
            {tr("Region:"), typed.region},
            {tr("Address:"), typed.address},
            {tr("Zip code:"), typed.zip},
            {tr("Telephone:"), typed.tel},
            {tr("Fax:"), typed.fax},
            {tr("E-mail:"), typed.email},
            {tr("Website:"), typed.website},
            {tr("Business licence no.:"), typed.licenceNo},
            {tr("Legal representative:"), typed.legalRep},
            {tr("Bank:"), typed.bank},
            {tr("Bank account:"), typed.bankAccount},
            {tr("Local tax no.:"), typed.localTaxNo},
            {tr("National tax no.:"), typed.nationalTaxNo},
        });
        if (ConflictDialog::askReload(this, error, typedText)) {
            load(m_customer.id);
            retranslateUi();
        } else {
            m_errorLabel->setText(error.message());
        }
        return;
    }
    m_errorLabel->setText(error.message());
    m_form->markInvalid(error.field());
}

void CustomerDialog::openContacts()
{
    ContactsDialog(m_workspace, m_customer, m_readOnly, this).exec();
}

void CustomerDialog::openActivities()
{
    ActivitiesDialog(m_workspace, m_customer, m_readOnly, this).exec();
}

void CustomerDialog::openOrders()
{
    OrderHistoryDialog(m_workspace, m_customer, this).exec();
}

} // namespace ketong
