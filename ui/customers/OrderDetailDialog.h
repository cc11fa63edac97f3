#pragma once

#include "customers/OrderHistory.h"
#include "shell/Workspace.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ketong {

/// 订单明细 (SPEC §5.3.5): 订单编号, 日期, 送货地址, 总金额(元), 状态 and the lines — 商品 (名称-型号-批次), 数量,
/// 单位, 单价(元), 金额(元). Amounts in yuan with two decimals in the user's locale. Read-only.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailDialog)
public:
    OrderDetailDialog(const Workspace& workspace, qint64 orderId, QWidget* parent = nullptr);

    const Order& order() const { return m_order; }
    /// Fen as yuan with two decimals and the locale's grouping ("21,602.97").
    static QString formatYuan(qint64 fen);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    Order m_order;
    QFormLayout* m_form;
    QLabel* m_numberValue;
    QLabel* m_dateValue;
    QLabel* m_addressValue;
    QLabel* m_totalValue;
    QLabel* m_statusValue;
    QTableWidget* m_lines;
    QPushButton* m_closeButton;
};

} // namespace ketong
