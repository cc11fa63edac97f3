#include "ChanceFilterBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ketong {

ChanceFilterBar::ChanceFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_customerLabel(new QLabel(this))
    , m_customerEdit(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_contactLabel(new QLabel(this))
    , m_contactEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("chanceFilterBar"));
    m_customerEdit->setObjectName(QStringLiteral("customerNameFilterLineEdit"));
    m_titleEdit->setObjectName(QStringLiteral("titleFilterLineEdit"));
    m_contactEdit->setObjectName(QStringLiteral("contactFilterLineEdit"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel*, QLineEdit*>> pairs{
        {m_customerLabel, m_customerEdit}, {m_titleLabel, m_titleEdit}, {m_contactLabel, m_contactEdit}};
    for (const auto& [label, edit] : pairs) {
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(140);
        edit->setMaxLength(100);
        label->setBuddy(edit);
        connect(edit, &QLineEdit::returnPressed, this, &ChanceFilterBar::submitted);
        layout->addWidget(label);
        layout->addWidget(edit);
    }
    retranslateUi();
}

ChanceFilter ChanceFilterBar::filter() const
{
    return {m_customerEdit->text(), m_titleEdit->text(), m_contactEdit->text()};
}

void ChanceFilterBar::clear()
{
    m_customerEdit->clear();
    m_titleEdit->clear();
    m_contactEdit->clear();
}

void ChanceFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChanceFilterBar::retranslateUi()
{
    m_customerLabel->setText(tr("Customer name:"));
    m_titleLabel->setText(tr("Summary:"));
    m_contactLabel->setText(tr("Contact:"));
}

} // namespace ketong
