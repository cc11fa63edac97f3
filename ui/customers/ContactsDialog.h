#pragma once

#include "RecordListDialog.h"

namespace ketong {

/// 联系人 of one customer (SPEC §5.3.3): 姓名, 性别, 职位, 办公电话, 手机, 电子邮箱, 生日, 备注 with 新建, 编辑,
/// 删除 (read-only for a customer the session may not change).
class ContactsDialog : public RecordListDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsDialog)
public:
    ContactsDialog(const Workspace& workspace, const Customer& customer, bool readOnly, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void activate(qint64 id) override;
    void deleteRecord(qint64 id) override;
    void newRecord() override;

private:
    bool m_readOnly;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
};

} // namespace ketong
