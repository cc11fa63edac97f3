#include "OrderHistory.h"

#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

namespace ketong {

OrderHistory::OrderHistory(const Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

QString OrderHistory::statusLabel(int status)
{
    switch (status) {
    case 5:
        return tr("Shipped (not paid)");
    case 6:
        return tr("Paid");
    default:
        return QString::number(status);
    }
}

Result<ListQuery> OrderHistory::listQuery(qint64 customerId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::OrderHistory";
    q.from = QStringLiteral("orders o");
    q.id = QStringLiteral("o.id");
    q.where = QStringLiteral("o.customer_id = :customer AND o.status IN (5, 6)");
    q.values = {{QStringLiteral("customer"), customerId}};
    ListColumn status{QStringLiteral("status"),   QStringLiteral("o.status"),
                      QStringLiteral("o.status"), QT_TRANSLATE_NOOP("ketong::OrderHistory", "Status"),
                      ColumnFormat::Custom,       [](const QVariant& v) { return statusLabel(v.toInt()); }};
    q.columns = {{QStringLiteral("order_no"),
                  QStringLiteral("o.order_no"),
                  QStringLiteral("o.order_no"),
                  QT_TRANSLATE_NOOP("ketong::OrderHistory", "Order No."),
                  ColumnFormat::Text,
                  {}},
                 {QStringLiteral("date"),
                  QStringLiteral("o.order_date"),
                  QStringLiteral("o.order_date"),
                  QT_TRANSLATE_NOOP("ketong::OrderHistory", "Date"),
                  ColumnFormat::Date,
                  {}},
                 {QStringLiteral("address"),
                  QStringLiteral("o.address"),
                  QStringLiteral("o.address"),
                  QT_TRANSLATE_NOOP("ketong::OrderHistory", "Delivery address"),
                  ColumnFormat::Text,
                  {}},
                 {QStringLiteral("total"),
                  QStringLiteral("o.total"),
                  QStringLiteral("o.total"),
                  QT_TRANSLATE_NOOP("ketong::OrderHistory", "Total (yuan)"),
                  ColumnFormat::Money,
                  {}},
                 status};
    q.sortColumn = 1;
    q.descending = true;
    return q;
}

Result<Order> OrderHistory::load(qint64 orderId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    const QSqlDatabase c = m_db.connection();
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT id, order_no, customer_id, order_date, address, status, total FROM orders "
                             "WHERE id = :id AND status IN (5, 6)"));
    q.bind(QStringLiteral(":id"), orderId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The order is not among the shipped or paid orders"));
    Order order;
    order.id = q.value(0).toLongLong();
    order.orderNo = q.value(1).toString();
    order.customerId = q.value(2).toLongLong();
    order.date = SqlValue::toDate(q.value(3));
    order.address = q.value(4).toString();
    order.status = q.value(5).toInt();
    order.storedTotal = q.value(6).toLongLong();
    q.finish();
    SqlQuery lines(c);
    lines.prepare(QStringLiteral("SELECT p.name, p.model, p.batch, l.quantity, COALESCE(NULLIF(l.unit, ''), p.unit), "
                                 "l.price FROM order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = "
                                 ":id ORDER BY l.id"));
    lines.bind(QStringLiteral(":id"), orderId);
    if (auto s = lines.exec(); !s)
        return s.error();
    while (lines.next()) {
        QStringList product{lines.value(0).toString(), lines.value(1).toString()};
        if (const QString batch = lines.value(2).toString(); !batch.isEmpty())
            product << batch;
        OrderLine line{product.join(QLatin1Char('-')), lines.value(3).toLongLong(), lines.value(4).toString(),
                       lines.value(5).toLongLong(), 0};
        line.amount = line.quantity * line.price;
        order.total += line.amount;
        order.lines.append(line);
    }
    return order;
}

Result<QDate> OrderHistory::lastOrderDate(qint64 customerId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    auto last = SqlQuery::scalar(m_db.connection(),
                                 QStringLiteral("SELECT MAX(order_date) FROM orders WHERE customer_id = :c AND status "
                                                "IN (5, 6)"),
                                 {{QStringLiteral("c"), customerId}});
    if (!last)
        return last.error();
    return SqlValue::toDate(*last);
}

} // namespace ketong
