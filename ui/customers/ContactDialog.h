#pragma once

#include "customers/Contact.h"
#include "shell/Workspace.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ketong {

/// New or edit 联系人 (SPEC §5.3.3): 姓名★, 性别 (男/女), 职位★, 办公电话★, 手机, 电子邮箱, 生日, 备注.
class ContactDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)
public:
    /// `contactId` 0 adds a contact to `customerId`.
    ContactDialog(const Workspace& workspace, qint64 customerId, qint64 contactId, bool readOnly,
                  QWidget* parent = nullptr);

    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void display(const Contact& contact);
    Contact typed() const;
    void mark(const QString& field);

    Workspace m_workspace;
    Contact m_contact;
    bool m_readOnly;
    QFormLayout* m_form;
    QLineEdit* m_nameEdit;
    QRadioButton* m_maleRadio;
    QRadioButton* m_femaleRadio;
    QLineEdit* m_positionEdit;
    QLineEdit* m_telEdit;
    QLineEdit* m_mobileEdit;
    QLineEdit* m_emailEdit;
    QCheckBox* m_birthdayCheck;
    QDateEdit* m_birthdayEdit;
    QLineEdit* m_memoEdit;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
