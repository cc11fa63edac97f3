#include "ServiceCreatePage.h"

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

ServiceCreatePage::ServiceCreatePage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
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
    , m_errorLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_searchTimer(new QTimer(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    setObjectName(QStringLiteral("serviceCreatePage"));
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_summaryEdit->setObjectName(QStringLiteral("summaryLineEdit"));
    m_summaryEdit->setMaxLength(500);
    m_customerSearchEdit->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_customerCombo->setObjectName(QStringLiteral("customerComboBox"));
    m_requestEdit->setObjectName(QStringLiteral("requestPlainTextEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_feedback->addField(QStringLiteral("type"), m_typeCombo);
    m_feedback->addField(QStringLiteral("title"), m_summaryEdit);
    m_feedback->addField(QStringLiteral("customer"), m_customerCombo);
    m_feedback->addField(QStringLiteral("request"), m_requestEdit);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_createdByValue->setText(m_workspace.session.name());

    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerSearchEdit, 1);
    customerRow->addWidget(m_customerCombo, 2);
    auto* form = new QFormLayout;
    form->addRow(m_typeLabel, m_typeCombo);
    form->addRow(m_summaryLabel, m_summaryEdit);
    form->addRow(m_customerLabel, customerRow);
    form->addRow(m_statusLabel, m_statusValue);
    form->addRow(m_requestLabel, m_requestEdit);
    form->addRow(m_createdByLabel, m_createdByValue);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errorLabel, 1);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_customerSearchEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ServiceCreatePage::findCustomers);
    connect(m_saveButton, &QPushButton::clicked, this, &ServiceCreatePage::save);
    loadTypes();
    findCustomers();
    retranslateUi();
}

ServiceCreatePage::~ServiceCreatePage() = default;

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
    const int keep = m_customerCombo->findData(current);
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
    m_titleLabel->setText(tr("Service > Create service"));
    m_typeLabel->setText(FormFeedback::required(tr("Service type")));
    m_summaryLabel->setText(FormFeedback::required(tr("Summary")));
    m_customerLabel->setText(FormFeedback::required(tr("Customer")));
    m_customerSearchEdit->setPlaceholderText(tr("type part of the name or code"));
    m_statusLabel->setText(tr("Status"));
    m_statusValue->setText(ServiceDesk::statusLabel(TicketStatus::New));
    m_requestLabel->setText(FormFeedback::required(tr("Request")));
    m_createdByLabel->setText(tr("Created by"));
    m_saveButton->setText(tr("Save"));
}

void ServiceCreatePage::save()
{
    m_feedback->clear();
    TicketInput input;
    input.type = m_typeCombo->currentData().toString();
    input.title = m_summaryEdit->text();
    input.customerId = m_customerCombo->currentData().toLongLong();
    input.request = m_requestEdit->toPlainText();
    auto id = ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).create(input);
    if (!id) {
        m_feedback->show(id.error());
        return;
    }
    m_summaryEdit->clear();
    m_requestEdit->clear();
    m_typeCombo->setCurrentIndex(0);
    MessageBox::information(this, tr("Create service"),
                            tr("Saved. Service ticket %1 is waiting to be assigned.").arg(*id));
    Q_EMIT created(*id);
    Q_EMIT badgesChanged();
}

} // namespace ketong
