#include "FormSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace ketong::form {

namespace {
const char* const kInvalid = "invalid";
}

QString requiredLabel(const QString& text)
{
    return QStringLiteral("<span style=\"color:#c0392b\">★</span>%1").arg(text.toHtmlEscaped());
}

void showError(const Error& error, QLabel* errorLabel, const QHash<QString, QWidget*>& fields)
{
    clearErrors(errorLabel, fields);
    errorLabel->setText(error.message());
    QWidget* widget = fields.value(error.field());
    if (!widget)
        return;
    widget->setProperty(kInvalid, true);
    widget->setStyleSheet(QStringLiteral("border: 1px solid #c0392b;"));
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->selectAll();
}

void clearErrors(QLabel* errorLabel, const QHash<QString, QWidget*>& fields)
{
    errorLabel->clear();
    for (QWidget* widget : fields) {
        if (widget && widget->property(kInvalid).toBool()) {
            widget->setProperty(kInvalid, false);
            widget->setStyleSheet(QString());
        }
    }
}

} // namespace ketong::form
