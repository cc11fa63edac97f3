#pragma once

#include "RecordListDialog.h"

namespace ketong {

/// 历史订单 of one customer (SPEC §5.3.5): its shipped and paid orders, newest first — 订单编号, 日期, 送货地址,
/// 总金额(元), 状态 — with 查看明细 (also Enter or a double click).
class OrderHistoryDialog : public RecordListDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderHistoryDialog)
public:
    OrderHistoryDialog(const Workspace& workspace, const Customer& customer, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void activate(qint64 id) override;

private:
    QPushButton* m_detailButton;
};

} // namespace ketong
