#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ketong {

class Database;

/// One line of an order as 订单明细 shows it.
struct OrderLine
{
    QString product; ///< 名称-型号-批次 (名称-型号 when the batch is empty)
    qint64 quantity = 0;
    QString unit;
    qint64 price = 0;  ///< fen
    qint64 amount = 0; ///< quantity × price, fen
};

/// An order of the sales system with its lines (read-only in the CRM).
struct Order
{
    qint64 id = 0;
    QString orderNo;
    qint64 customerId = 0;
    QDate date;
    QString address;
    int status = 0;
    qint64 total = 0;       ///< Σ line amounts, fen (computed from the lines)
    qint64 storedTotal = 0; ///< orders.total as the feed stored it (equals total)
    QList<OrderLine> lines;
};

/// 历史订单 (SPEC §5.3.5, §9 item 3): a customer's orders with status 5 已发货 or 6 已回款, newest first,
/// and an order's detail. Read by every account with right 010.
class KETONG_CORE_EXPORT OrderHistory
{
    Q_DECLARE_TR_FUNCTIONS(ketong::OrderHistory)
public:
    OrderHistory(const Database& db, Session session);

    /// The counted orders of a customer: 订单编号, 日期, 送货地址, 总金额, 状态; newest first.
    Result<ListQuery> listQuery(qint64 customerId) const;
    /// One counted order with its lines. NotFound for orders the history does not show (status 1–4).
    Result<Order> load(qint64 orderId) const;
    /// The date of the customer's last counted order (invalid when it has none).
    Result<QDate> lastOrderDate(qint64 customerId) const;

    /// 已发货(未回款) for 5, 已回款 for 6 (SPEC §4.5), the number otherwise.
    static QString statusLabel(int status);

private:
    const Database& m_db;
    Session m_session;
};

} // namespace ketong
