#pragma once

#include "common/Error.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace ketong::form {

/// A required field's label text: the label and a red star (SPEC §5: required fields carry ★).
QString requiredLabel(const QString& text);

/// Shows a refusal in `errorLabel` and, when the error names one of `fields` (core field key → widget),
/// marks that widget and gives it the focus. What the user typed stays.
void showError(const Error& error, QLabel* errorLabel, const QHash<QString, QWidget*>& fields);

/// Removes the marks of showError().
void clearErrors(QLabel* errorLabel, const QHash<QString, QWidget*>& fields);

} // namespace ketong::form
