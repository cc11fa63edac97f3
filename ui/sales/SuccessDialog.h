#pragma once

#include "common/Error.h"
#include "customers/Customer.h"
#include "sales/SalesChance.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class FormFeedback;

/// 开发成功 (SPEC §5.2.8, issue 27 item 5): what the new customer needs before the chance becomes one —
/// 地区★ (a dictionary item the user chooses; nothing is preselected) and, when the chance names a contact
/// person, that person's 职位★ and 办公电话★ (prefilled with the chance's phone). The core decides; a refusal
/// that names one of these fields is shown here and keeps what was typed, any other (a conflict, no plan)
/// closes the dialog with refusal() for the caller to show.
class SuccessDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuccessDialog)
public:
    SuccessDialog(const Workspace& workspace, const SalesChance& chance, QWidget* parent = nullptr);
    ~SuccessDialog() override;

    /// The customer created (valid once accepted).
    const Customer& customer() const { return m_customer; }
    /// Why the dialog closed without success, when the core refused; None when the user cancelled.
    const Error& refusal() const { return m_refusal; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void save();

    const Workspace& m_workspace;
    SalesChance m_chance;
    Customer m_customer;
    Error m_refusal;
    QLabel* m_introLabel;
    QLabel* m_regionLabel;
    QComboBox* m_regionCombo;
    QLabel* m_contactLabel;
    QLabel* m_contactValue;
    QLabel* m_positionLabel;
    QLineEdit* m_positionEdit;
    QLabel* m_telLabel;
    QLineEdit* m_telEdit;
    QLabel* m_errorLabel;
    QPushButton* m_cancelButton;
    QPushButton* m_saveButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
