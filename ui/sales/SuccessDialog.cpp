#include "SuccessDialog.h"

#include "basedata/Dictionary.h"
#include "common/FormFeedback.h"
#include "sales/ChanceService.h"
#include "setup/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

SuccessDialog::SuccessDialog(const Workspace& workspace, const SalesChance& chance, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_chance(chance)
    , m_introLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_regionCombo(new QComboBox(this))
    , m_contactLabel(new QLabel(this))
    , m_contactValue(new QLabel(chance.contact, this))
    , m_positionLabel(new QLabel(this))
    , m_positionEdit(new QLineEdit(this))
    , m_telLabel(new QLabel(this))
    , m_telEdit(new QLineEdit(chance.contactTel, this))
    , m_errorLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    setObjectName(QStringLiteral("successDialog"));
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_introLabel->setWordWrap(true);
    m_regionCombo->setObjectName(QStringLiteral("regionComboBox"));
    m_contactValue->setObjectName(QStringLiteral("contactValueLabel"));
    m_positionEdit->setObjectName(QStringLiteral("positionLineEdit"));
    m_positionEdit->setMaxLength(50);
    m_telEdit->setObjectName(QStringLiteral("officePhoneLineEdit"));
    m_telEdit->setMaxLength(50);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);
    // The first entry is the empty choice: a region is chosen, never taken silently from the dictionary.
    m_regionCombo->addItem(QString(), QString());
    for (const DictItem& item : Dictionary::items(*m_workspace.db, DictType::Region).valueOr({}))
        m_regionCombo->addItem(item.item, item.value);
    m_feedback->addField(QStringLiteral("region"), m_regionCombo);
    m_feedback->addField(QStringLiteral("contactPosition"), m_positionEdit);
    m_feedback->addField(QStringLiteral("contactTel"), m_telEdit);
    buildLayout();
    retranslateUi();
    m_regionCombo->setFocus();
}

SuccessDialog::~SuccessDialog() = default;

void SuccessDialog::buildLayout()
{
    auto* form = new QFormLayout;
    form->addRow(m_regionLabel, m_regionCombo);
    form->addRow(m_contactLabel, m_contactValue);
    form->addRow(m_positionLabel, m_positionEdit);
    form->addRow(m_telLabel, m_telEdit);
    // A chance without a contact person creates no contact: nothing to ask about one.
    const bool contact = !m_chance.contact.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_contactLabel), static_cast<QWidget*>(m_contactValue),
                       static_cast<QWidget*>(m_positionLabel), static_cast<QWidget*>(m_positionEdit),
                       static_cast<QWidget*>(m_telLabel), static_cast<QWidget*>(m_telEdit)})
        w->setVisible(contact);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(520);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &SuccessDialog::save);
}

void SuccessDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SuccessDialog::retranslateUi()
{
    setWindowTitle(tr("Developed successfully"));
    // Whole sentences per case: Chinese joins them without a space.
    m_introLabel->setText(
        (m_chance.contact.isEmpty()
             ? tr("\"%1\" becomes the new customer \"%2\" managed by %3. Choose its region.")
             : tr("\"%1\" becomes the new customer \"%2\" managed by %3. Choose its region and complete its "
                  "contact person, as the customer's and the contact's forms require."))
            .arg(m_chance.title, m_chance.customerName, m_chance.assignedToName));
    m_regionLabel->setText(FormFeedback::required(tr("Region:")));
    m_regionCombo->setItemText(0, tr("(choose a region)"));
    m_contactLabel->setText(tr("Contact person:"));
    m_positionLabel->setText(FormFeedback::required(tr("Position:")));
    m_positionEdit->setPlaceholderText(tr("e.g. purchasing manager"));
    m_telLabel->setText(FormFeedback::required(tr("Office phone:")));
    m_cancelButton->setText(tr("Cancel"));
    m_saveButton->setText(tr("Developed successfully"));
}

void SuccessDialog::save()
{
    m_feedback->clear();
    const DevelopmentSuccess details{m_regionCombo->currentData().toString(), m_positionEdit->text(),
                                     m_telEdit->text()};
    auto customer = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session)
                        .succeed(m_chance.id, m_chance.version, details);
    if (customer) {
        m_customer = *customer;
        accept();
        return;
    }
    const QString field = customer.error().field();
    if (field == QLatin1String("region") || field == QLatin1String("contactPosition") ||
        field == QLatin1String("contactTel")) {
        m_feedback->show(customer.error());
        return;
    }
    m_refusal = customer.error();
    reject();
}

} // namespace ketong
