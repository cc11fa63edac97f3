#pragma once

#include "RecordListDialog.h"

namespace ketong {

/// 交往记录 of one customer (SPEC §5.3.4), newest first: 时间, 地点, 概要, 详细信息, 备注 with 新建, 编辑, 删除
/// (read-only for a customer the session may not change).
class ActivitiesDialog : public RecordListDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivitiesDialog)
public:
    ActivitiesDialog(const Workspace& workspace, const Customer& customer, bool readOnly, QWidget* parent = nullptr);

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
