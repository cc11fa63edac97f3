#include "BenchLoadFloor.h"

#include "customers/Customer.h"
#include "db/BigCache.h"
#include "db/BulkStatement.h"
#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ketong::bench {

namespace {
/// Runs `head` (a SELECT ending in `… IN (`) for the keys in multi-row chunks; each row goes to `row`.
Status lookUp(const QSqlDatabase& c, const QString& head, const QSet<QString>& keys,
              std::function<void(const BulkRow&)> row)
{
    BulkStatement lookup(c, head, QStringLiteral("?"), 1, QStringLiteral(")"));
    lookup.setRowHandler(std::move(row));
    for (const QString& key : keys) {
        if (auto s = lookup.add({key}); !s)
            return s;
    }
    return lookup.finish();
}

QString auditJson(const CustomerRow& c)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("code"), c.code},
                                                       {QStringLiteral("name"), c.name},
                                                       {QStringLiteral("region"), c.region},
                                                       {QStringLiteral("manager_id"), c.managerId},
                                                       {QStringLiteral("level"), c.level},
                                                       {QStringLiteral("credit"), c.credit},
                                                       {QStringLiteral("satisfaction"), c.satisfaction},
                                                       {QStringLiteral("tel"), c.tel},
                                                       {QStringLiteral("address"), c.address},
                                                       {QStringLiteral("status"), 1}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

Result<double> customerFloorSeconds(const Database& db, const QDateTime& now, const QList<CustomerRow>& rows)
{
    QStringList json;
    QStringList keys; // the stored name key, as the importer makes it
    json.reserve(rows.size());
    keys.reserve(rows.size());
    for (const CustomerRow& c : rows) {
        json << auditJson(c);
        keys << Customer::nameKey(c.name);
    }
    const QDateTime at = now.toUTC();
    const BigCache cache(db); // as the importer and the feed have
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QHash<QString, qint64> ids;
    ids.reserve(rows.size());
    BulkStatement insert(tx.connection(),
                         QStringLiteral("INSERT INTO customers (code, name, region, manager_id, level, credit, "
                                        "satisfaction, tel, address, name_key, status, created_at, updated_at, "
                                        "updated_by) VALUES "),
                         QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'system')"), 12,
                         QStringLiteral(" RETURNING code, id"));
    insert.setRowHandler([&ids](const BulkRow& q) { ids.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CustomerRow& c = rows.at(i);
        if (auto s = insert.add({c.code, c.name, c.region, c.managerId, c.level, c.credit, c.satisfaction, c.tel,
                                 c.address, keys.at(i), at, at});
            !s)
            return s.error();
    }
    if (auto s = insert.finish(); !s)
        return s.error();
    // PostgreSQL: with the transaction's id, which the deferred audit trigger looks for before it writes a row of
    // its own (as ketong_audit() stamps the importer's).
    BulkStatement audit(
        tx.connection(),
        QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, record_id, after, txid) VALUES "),
        db.dialect().isPostgres() ? QStringLiteral("(?, 'system', 'create', 'customers', ?, ?, txid_current())")
                                  : QStringLiteral("(?, 'system', 'create', 'customers', ?, ?, NULL)"),
        3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (auto s = audit.add({at, QString::number(ids.value(rows.at(i).code)), json.at(i)}); !s)
            return s.error();
    }
    if (auto s = audit.finish(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return timer.nsecsElapsed() / 1e9;
}

Result<double> feedFloorSeconds(const Database& db, const QDateTime& now, const QList<FeedOrder>& orders,
                                const QList<FeedLine>& lines)
{
    const BigCache cache(db); // as the importer and the feed have
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QSqlDatabase& c = tx.connection();
    QSet<QString> codes;
    for (const FeedOrder& o : orders)
        codes.insert(o.customerCode);
    QHash<QString, std::pair<qint64, QString>> customers;
    if (auto s = lookUp(c, QStringLiteral("SELECT code, id, name FROM customers WHERE code IN ("), codes,
                        [&customers](const BulkRow& q) {
                            customers.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
                        });
        !s)
        return s.error();
    QSet<QString> productNos;
    QList<qint64> totals(orders.size(), 0);
    for (const FeedLine& l : lines) {
        productNos.insert(l.productNo);
        totals[l.order] += l.quantity * l.price;
    }
    QHash<QString, qint64> products;
    if (auto s =
            lookUp(c, QStringLiteral("SELECT product_no, id FROM products WHERE product_no IN ("), productNos,
                   [&products](const BulkRow& q) { products.insert(q.value(0).toString(), q.value(1).toLongLong()); });
        !s)
        return s.error();
    QHash<QString, qint64> orderIds;
    orderIds.reserve(orders.size());
    BulkStatement insertOrders(c,
                               QStringLiteral("INSERT INTO orders (order_no, customer_id, customer_name, order_date, "
                                              "status, total, updated_at) VALUES "),
                               QStringLiteral("(?, ?, ?, ?, ?, ?, ?)"), 7, QStringLiteral(" RETURNING order_no, id"));
    insertOrders.setRowHandler(
        [&orderIds](const BulkRow& q) { orderIds.insert(q.value(0).toString(), q.value(1).toLongLong()); });
    const QDateTime at = now.toUTC();
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const FeedOrder& o = orders.at(i);
        const auto customer = customers.value(o.customerCode);
        if (auto s = insertOrders.add({o.no, customer.first, customer.second, o.date, o.status, totals.at(i), at}); !s)
            return s.error();
    }
    if (auto s = insertOrders.finish(); !s)
        return s.error();
    BulkStatement insertLines(
        c, QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit, price) VALUES "),
        QStringLiteral("(?, ?, ?, '', ?)"), 4);
    for (const FeedLine& l : lines) {
        if (auto s = insertLines.add(
                {orderIds.value(orders.at(l.order).no), products.value(l.productNo), l.quantity, l.price});
            !s)
            return s.error();
    }
    if (auto s = insertLines.finish(); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace ketong::bench
