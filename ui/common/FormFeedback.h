#pragma once

#include "common/Error.h"

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace ketong {

/// The feedback of a form: required labels carry a red ★, and a refusal from the core is
/// shown under the form while the field it names is outlined in red and focused. The typed text is
/// never touched.
class FormFeedback
{
public:
    explicit FormFeedback(QLabel* errorLabel);

    /// Registers the widget of a core field key ("customerName", "rate"…).
    void addField(const QString& field, QWidget* widget);
    /// Shows `error`; highlights and focuses its field when the form has one.
    void show(const Error& error);
    /// Shows a message that concerns no field.
    void showMessage(const QString& message);
    void clear();

    /// A label's text with the red star of a required field (rich text).
    static QString required(const QString& label);
    /// A label's text as plain rich text (escaped), for labels that share a style with required ones.
    static QString optional(const QString& label);

private:
    QLabel* m_errorLabel;
    QHash<QString, QPointer<QWidget>> m_fields;
    QPointer<QWidget> m_highlighted;
};

} // namespace ketong
