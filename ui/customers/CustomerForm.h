#pragma once

#include "customers/Customer.h"
#include "customers/CustomerRules.h"
#include "shell/Workspace.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ketong {

/// The fields of a customer file (SPEC §3.6, §5.3.2) in two columns, required ones starred (§9 item 11).
/// Shows a Customer, collects the typed values back into one, marks a field as wrong and focuses it.
/// 客户编号 is always read-only: a new customer shows "generated when saved" (the import alone keeps codes).
/// Holds no rule: the choices come from the dictionary and the core's manager list.
class CustomerForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerForm)
public:
    explicit CustomerForm(const Workspace& workspace, QWidget* parent = nullptr);

    /// Fills the pick-lists (regions, levels, stars, types, sources) and the managers a customer may
    /// be given to. `managerEditable` false fixes the manager (an account manager's own customers).
    void loadChoices(const QList<CustomerRules::Account>& managers, bool managerEditable);
    void setCustomer(const Customer& customer);
    /// The customer as typed, over `base` (id, version, status and what the form does not show).
    Customer customer(const Customer& base) const;
    void setReadOnly(bool readOnly);
    /// Marks the field of `key` (name, region…) as wrong and focuses it; empty clears every mark.
    void markInvalid(const QString& key);
    QWidget* fieldWidget(const QString& key) const { return m_fields.value(key); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void retranslateUi();
    QLineEdit* lineEdit(const QString& key) const;
    QComboBox* comboBox(const QString& key) const;
    void fillDictionary(const QString& key, const QString& type, bool withEmpty);

    Workspace m_workspace;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_statusLabel;
    QLabel* m_statusValue;
    CustomerStatus m_status = CustomerStatus::Normal;
};

} // namespace ketong
