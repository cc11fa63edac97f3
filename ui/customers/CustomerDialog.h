#pragma once

#include "common/Error.h"
#include "customers/Customer.h"
#include "shell/Workspace.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace ketong {

class CustomerForm;

/// 客户信息 (SPEC §5.3.2): a customer's file for creating (id 0) or editing, with 联系人, 交往记录 and
/// 历史订单. Opens read-only when the session may not change the customer (another manager's, lost or
/// deleted) and says why. Saving warns about possible duplicates first, refuses with the wrong field
/// marked and focused (everything typed kept), and offers to reload after someone else's change.
class CustomerDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDialog)
public:
    CustomerDialog(const Workspace& workspace, qint64 customerId, QWidget* parent = nullptr);

    const Customer& customer() const { return m_customer; }
    bool isReadOnly() const { return m_readOnly; }
    CustomerForm* form() const { return m_form; }

    /// Saves the typed customer; true when stored (the dialog then closes).
    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(qint64 id);
    void retranslateUi();
    void showError(const Error& error);
    bool confirmDuplicates(const Customer& typed);
    void openContacts();
    void openActivities();
    void openOrders();

    Workspace m_workspace;
    Customer m_customer;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    CustomerForm* m_form;
    QLabel* m_noticeLabel;
    QLabel* m_errorLabel;
    QPushButton* m_contactsButton;
    QPushButton* m_activitiesButton;
    QPushButton* m_ordersButton;
    QPushButton* m_saveButton;
    QPushButton* m_closeButton;
};

} // namespace ketong
