#include "ServiceCreatePage.h"

#include "ServiceListPage.h"
#include "basedata/Dictionary.h"
#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "customers/CustomerService.h"
#include "service/ServiceDesk.h"
#include "setup/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ketong {

namespace {
QString when(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

ServiceCreatePage::ServiceCreatePage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_idEdit(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_summaryLabel(new QLabel(this))
    , m_summaryEdit(new QLineEdit(this))
    , m_customerLabel(new QLabel(this))
    , m_customerSearchEdit(new QLineEdit(this))
    , m_customerCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_statusValue(new QLabel(this))
    , m_requestLabel(new QLabel(this))
    , m_requestEdit(new QPlainTextEdit(this))
    , m_createdByLabel(new QLabel(this))
    , m_createdByValue(new QLabel(this))
    , m_createdAtLabel(new QLabel(this))
    , m_createdAtValue(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_ownLabel(new QLabel(this))
    , m_ownList(new ServiceListPage(workspace, ServiceDesk::Stage::Create, this))
    , m_searchTimer(new QTimer(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    setUpWidgets();
    buildLayout();

    connect(m_customerSearchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ServiceCreatePage::findCustomers);
    connect(m_saveButton, &QPushButton::clicked, this, &ServiceCreatePage::save);
    connect(m_newButton, &QPushButton::clicked, this, &ServiceCreatePage::newTicket);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServiceCreatePage::remove);
    connect(m_ownList, &ServiceListPage::editRequested, this, &ServiceCreatePage::editTicket);
    connect(m_ownList, &ServiceListPage::removed, this, [this](qint64 id) {
        if (id == m_ticket.id)
            newTicket();
    });
    connect(m_ownList, &ServiceListPage::badgesChanged, this, &ServiceCreatePage::badgesChanged);
    loadTypes();
    newTicket();
    retranslateUi();
}

ServiceCreatePage::~ServiceCreatePage() = default;

void ServiceCreatePage::setUpWidgets()
{
    setObjectName(QStringLiteral("serviceCreatePage"));
    m_idEdit->setObjectName(QStringLiteral("idLineEdit"));
    m_idEdit->setReadOnly(true);
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_summaryEdit->setObjectName(QStringLiteral("summaryLineEdit"));
    m_summaryEdit->setMaxLength(500);
    m_customerSearchEdit->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_customerCombo->setObjectName(QStringLiteral("customerComboBox"));
    m_statusValue->setObjectName(QStringLiteral("statusValueLabel"));
    m_requestEdit->setObjectName(QStringLiteral("requestPlainTextEdit"));
    m_requestEdit->setTabChangesFocus(true);
    m_createdByValue->setObjectName(QStringLiteral("createdByValueLabel"));
    m_createdAtValue->setObjectName(QStringLiteral("createdAtValueLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_newButton->setObjectName(QStringLiteral("newPushButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_feedback->addField(QStringLiteral("type"), m_typeCombo);
    m_feedback->addField(QStringLiteral("title"), m_summaryEdit);
    m_feedback->addField(QStringLiteral("customer"), m_customerCombo);
    m_feedback->addField(QStringLiteral("request"), m_requestEdit);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
}

void ServiceCreatePage::buildLayout()
{
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    QFont bold = m_ownLabel->font();
    bold.setBold(true);
    m_ownLabel->setFont(bold);
    m_idEdit->setMaximumWidth(220);
    m_requestEdit->setFixedHeight(QFontMetrics(m_requestEdit->font()).lineSpacing() * 5 + 12);
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerSearchEdit, 1);
    customerRow->addWidget(m_customerCombo, 2);
    auto* form = new QFormLayout;
    form->addRow(m_idLabel, m_idEdit);
    form->addRow(m_typeLabel, m_typeCombo);
    form->addRow(m_summaryLabel, m_summaryEdit);
    form->addRow(m_customerLabel, customerRow);
    form->addRow(m_statusLabel, m_statusValue);
    form->addRow(m_requestLabel, m_requestEdit);
    form->addRow(m_createdByLabel, m_createdByValue);
    form->addRow(m_createdAtLabel, m_createdAtValue);
    // Buttons of their own size at the right, as in every dialog (an error above them, not beside).
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_ownLabel);
    layout->addWidget(m_ownList, 1);
}

void ServiceCreatePage::loadTypes()
{
    m_typeCombo->clear();
    m_typeCombo->addItem(QString(), QString());
    if (auto items = Dictionary::items(*m_workspace.db, DictType::ServiceType)) {
        for (const DictItem& item : *items)
            m_typeCombo->addItem(item.item, item.value);
    }
}

void ServiceCreatePage::findCustomers()
{
    const qint64 current = m_customerCombo->currentData().toLongLong();
    const QString currentText = m_customerCombo->currentText();
    m_customerCombo->clear();
    m_customerCombo->addItem(QString(), 0);
    auto choices = CustomerService(*m_workspace.db, *m_workspace.clock, m_workspace.session)
                       .pickList(m_customerSearchEdit->text(), 50);
    if (!choices) {
        m_feedback->showMessage(choices.error().message());
        return;
    }
    for (const CustomerChoice& c : *choices)
        m_customerCombo->addItem(QStringLiteral("%1  (%2 · %3)").arg(c.name, c.code, c.managerName), c.id);
    int keep = m_customerCombo->findData(current);
    if (keep < 0 && current > 0) { // a ticket's customer no longer offered (lost meanwhile) stays visible
        m_customerCombo->addItem(currentText, current);
        keep = m_customerCombo->count() - 1;
    }
    m_customerCombo->setCurrentIndex(keep > 0 ? keep : (choices->size() == 1 ? 1 : 0));
}

void ServiceCreatePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServiceCreatePage::retranslateUi()
{
    m_titleLabel->setText(m_ticket.id > 0 ? tr("Service > Create service > Ticket %1").arg(m_ticket.id)
                                          : tr("Service > Create service"));
    m_idLabel->setText(tr("No."));
    m_idEdit->setPlaceholderText(tr("generated when saved"));
    m_typeLabel->setText(FormFeedback::required(tr("Service type")));
    m_summaryLabel->setText(FormFeedback::required(tr("Summary")));
    m_customerLabel->setText(FormFeedback::required(tr("Customer")));
    m_customerSearchEdit->setPlaceholderText(tr("type part of the name or code"));
    m_statusLabel->setText(tr("Status"));
    m_statusValue->setText(ServiceDesk::statusLabel(TicketStatus::New));
    m_requestLabel->setText(FormFeedback::required(tr("Request")));
    m_createdByLabel->setText(tr("Created by"));
    m_createdAtLabel->setText(tr("Created"));
    m_newButton->setText(tr("New"));
    m_newButton->setToolTip(tr("Clear the form for the next service ticket"));
    m_deleteButton->setText(tr("Delete"));
    m_saveButton->setText(tr("Save"));
    m_ownLabel->setText(tr("My new service tickets (changeable until they are assigned)"));
}

void ServiceCreatePage::showTicket()
{
    const bool saved = m_ticket.id > 0;
    m_idEdit->setText(saved ? QString::number(m_ticket.id) : QString());
    m_createdByValue->setText(saved ? m_ticket.createdByName : m_workspace.session.name());
    m_createdAtValue->setText(when(saved ? m_ticket.createdAt : m_workspace.clock->now()));
    m_deleteButton->setEnabled(saved);
    retranslateUi();
}

void ServiceCreatePage::newTicket()
{
    m_feedback->clear();
    m_ticket = ServiceTicket();
    m_typeCombo->setCurrentIndex(0);
    m_summaryEdit->clear();
    m_requestEdit->clear();
    m_customerSearchEdit->clear();
    m_customerCombo->clear(); // the previous ticket's customer is not kept
    findCustomers();
    showTicket();
    m_typeCombo->setFocus();
}

void ServiceCreatePage::editTicket(qint64 id)
{
    auto ticket = ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(id);
    if (!ticket) {
        m_feedback->show(ticket.error());
        return;
    }
    m_feedback->clear();
    m_ticket = *ticket;
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(m_ticket.type)));
    m_summaryEdit->setText(m_ticket.title);
    m_requestEdit->setPlainText(m_ticket.request);
    m_customerSearchEdit->setText(m_ticket.customerName);
    m_customerCombo->clear();
    m_customerCombo->addItem(m_ticket.customerName, m_ticket.customerId);
    findCustomers();
    showTicket();
    m_summaryEdit->setFocus();
}

void ServiceCreatePage::save()
{
    m_feedback->clear();
    TicketInput input;
    input.type = m_typeCombo->currentData().toString();
    input.title = m_summaryEdit->text();
    input.customerId = m_customerCombo->currentData().toLongLong();
    input.request = m_requestEdit->toPlainText();
    ServiceDesk desk(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (m_ticket.id > 0) {
        if (auto s = desk.edit(m_ticket.id, input, m_ticket.version); !s) {
            m_feedback->show(s.error());
            return;
        }
        MessageBox::information(this, tr("Create service"),
                                tr("Saved. Service ticket %1 is changed.").arg(m_ticket.id));
        editTicket(m_ticket.id); // the stored ticket and its new version
        m_ownList->refresh();
        return;
    }
    auto id = desk.create(input);
    if (!id) {
        m_feedback->show(id.error());
        return;
    }
    MessageBox::information(this, tr("Create service"),
                            tr("Saved. Service ticket %1 is waiting to be assigned.").arg(*id));
    editTicket(*id); // its number and creation time; 新建 starts the next one
    m_ownList->refresh();
    Q_EMIT created(*id);
    Q_EMIT badgesChanged();
}

void ServiceCreatePage::remove()
{
    if (m_ticket.id <= 0)
        return;
    if (MessageBox::question(this, tr("Delete service"),
                             tr("Delete the service ticket %1: %2?").arg(m_ticket.id).arg(m_ticket.title)) !=
        QMessageBox::Yes)
        return;
    if (auto s =
            ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).remove(m_ticket.id, m_ticket.version);
        !s) {
        m_feedback->show(s.error());
        return;
    }
    newTicket();
    m_ownList->refresh();
    Q_EMIT badgesChanged();
}

} // namespace ketong
