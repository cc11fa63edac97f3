#include "FormSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace ketong::form {

namespace {
const char* const kInvalid = "invalid";
constexpr int StoredNameRole = Qt::UserRole + 10;
constexpr int KindRole = Qt::UserRole + 11;
} // namespace

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

void addRole(QComboBox* combo, const RoleRecord& role)
{
    combo->addItem(role.label(), role.id);
    const int index = combo->count() - 1;
    combo->setItemData(index, role.name, StoredNameRole);
    combo->setItemData(index, static_cast<int>(role.kind), KindRole);
}

void relabelRoles(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QVariant name = combo->itemData(i, StoredNameRole);
        if (name.isValid())
            combo->setItemText(i, RightCatalog::roleLabel(name.toString(),
                                                          static_cast<RoleKind>(combo->itemData(i, KindRole).toInt())));
    }
}

} // namespace ketong::form
