#pragma once

#include "auth/RoleService.h"
#include "common/Error.h"

#include <QHash>
#include <QString>

class QComboBox;
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

/// Adds a role to a role combo box: its name in the current language, its id as the item's data.
void addRole(QComboBox* combo, const RoleRecord& role);
/// Shows the roles added with addRole() in the current language again (on QEvent::LanguageChange).
void relabelRoles(QComboBox* combo);

} // namespace ketong::form
