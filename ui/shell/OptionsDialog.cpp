#include "OptionsDialog.h"

#include "IdleLock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ketong {

OptionsDialog::OptionsDialog(QWidget* parent)
    : QDialog(parent)
    , m_idleLabel(new QLabel(this))
    , m_idleHintLabel(new QLabel(this))
    , m_idleSpin(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("optionsDialog"));
    m_idleSpin->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okPushButton"));
    m_idleSpin->setRange(0, 480);
    m_idleSpin->setValue(IdleLock::configuredMinutes());
    m_idleHintLabel->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_idleLabel, m_idleSpin);
    form->addRow(QString(), m_idleHintLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OptionsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

int OptionsDialog::idleMinutes() const
{
    return m_idleSpin->value();
}

void OptionsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OptionsDialog::retranslateUi()
{
    setWindowTitle(tr("Options"));
    m_idleLabel->setText(tr("Lock after idle time:"));
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setSpecialValueText(tr("Never"));
    m_idleHintLabel->setText(tr("Without keyboard or mouse input for this long, the window locks and asks for your "
                                "password again. Unsaved forms are kept."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void OptionsDialog::save()
{
    IdleLock::setConfiguredMinutes(m_idleSpin->value());
    accept();
}

} // namespace ketong
