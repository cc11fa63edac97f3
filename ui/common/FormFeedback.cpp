#include "common/FormFeedback.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace ketong {

namespace {
const char* const InvalidProperty = "ketongInvalid";
const QString InvalidStyle = QStringLiteral("border: 1px solid #c0392b;");
} // namespace

FormFeedback::FormFeedback(QLabel* errorLabel)
    : m_errorLabel(errorLabel)
{
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
}

void FormFeedback::addField(const QString& field, QWidget* widget)
{
    m_fields.insert(field, widget);
}

void FormFeedback::show(const Error& error)
{
    clear();
    m_errorLabel->setText(error.message());
    m_errorLabel->show();
    QWidget* widget = m_fields.value(error.field());
    if (!widget)
        return;
    widget->setProperty(InvalidProperty, true);
    widget->setStyleSheet(InvalidStyle);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->selectAll();
    m_highlighted = widget;
}

void FormFeedback::showMessage(const QString& message)
{
    clear();
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void FormFeedback::clear()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    if (m_highlighted) {
        m_highlighted->setProperty(InvalidProperty, false);
        m_highlighted->setStyleSheet(QString());
    }
    m_highlighted = nullptr;
}

QString FormFeedback::required(const QString& label)
{
    return QStringLiteral("<span style=\"color:#c0392b\">★</span>") + label.toHtmlEscaped();
}

QString FormFeedback::optional(const QString& label)
{
    return label.toHtmlEscaped();
}

} // namespace ketong
