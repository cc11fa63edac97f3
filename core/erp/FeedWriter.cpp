#include "FeedWriter.h"

#include "db/BulkStatement.h"

#include <QSet>

namespace ketong {

using namespace FeedFormat;

namespace {
constexpr int kLookupChunk = 500;
constexpr int kWriteChunk = 500;
const QChar kSep(0x1f);

struct StoredLine
{
    qint64 product;
    qint64 quantity;
    qint64 price;
    QString unit;
};
} // namespace

FeedWriter::FeedWriter(const QSqlDatabase& connection, const FeedFiles& files, FeedBatch& batch, FeedReport& report)
    : m_c(connection)
    , m_files(files)
    , m_batch(batch)
    , m_report(report)
{}

QString FeedWriter::problem(File file, int row, int column, const QString& message) const
{
    return m_files.table(file)->problem(row, column, message);
}

Status FeedWriter::lookupKeys(FeedBatch::Keys& keys, const QString& table, const QString& column)
{
    BulkStatement lookup(m_c, QStringLiteral("SELECT %1, id FROM %2 WHERE %1 IN (").arg(column, table),
                         QStringLiteral("?"), 1, QStringLiteral(")"), kLookupChunk);
    lookup.setRowHandler([&keys](const BulkRow& q) {
        const auto it = keys.index.constFind(q.value(0).toString());
        if (it == keys.index.cend())
            return;
        keys.list[*it].stored = true;
        keys.list[*it].id = q.value(1).toLongLong();
    });
    for (const FeedBatch::Key& k : std::as_const(keys.list)) {
        if (auto s = lookup.add({k.text}); !s)
            return s;
    }
    return lookup.finish();
}

Status FeedWriter::resolve()
{
    if (auto s = lookupKeys(m_batch.products, QStringLiteral("products"), QStringLiteral("product_no")); !s)
        return s;
    if (auto s = lookupKeys(m_batch.orders, QStringLiteral("orders"), QStringLiteral("order_no")); !s)
        return s;
    if (auto s = resolveCustomers(); !s)
        return s;
    checkReferences();
    return {};
}

Status FeedWriter::resolveCustomers()
{
    QHash<QString, std::pair<qint64, QString>> byCode;
    QHash<QString, QList<qint64>> byName;
    BulkStatement codes(m_c, QStringLiteral("SELECT code, id, name FROM customers WHERE code IN ("),
                        QStringLiteral("?"), 1, QStringLiteral(")"), kLookupChunk);
    codes.setRowHandler([&byCode](const BulkRow& q) {
        byCode.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    });
    // Deleted customers (status 3) are hidden everywhere, so a name never matches them.
    BulkStatement names(m_c, QStringLiteral("SELECT name, id FROM customers WHERE status <> 3 AND name IN ("),
                        QStringLiteral("?"), 1, QStringLiteral(")"), kLookupChunk);
    names.setRowHandler([&byName](const BulkRow& q) { byName[q.value(0).toString()].append(q.value(1).toLongLong()); });
    QSet<QString> askedCodes;
    QSet<QString> askedNames;
    for (const FeedBatch::Order& o : std::as_const(m_batch.orderRows)) {
        Status s;
        if (!o.customerCode.isEmpty() && !askedCodes.contains(o.customerCode)) {
            askedCodes.insert(o.customerCode);
            s = codes.add({o.customerCode});
        } else if (o.customerCode.isEmpty() && !askedNames.contains(o.customerName)) {
            askedNames.insert(o.customerName);
            s = names.add({o.customerName});
        }
        if (!s)
            return s;
    }
    if (auto s = codes.finish(); !s)
        return s;
    if (auto s = names.finish(); !s)
        return s;
    for (FeedBatch::Order& o : m_batch.orderRows) {
        if (!o.customerCode.isEmpty()) {
            const auto it = byCode.constFind(o.customerCode);
            if (it == byCode.cend()) {
                m_report.addError(problem(File::Orders, o.row, OrderCol::CustomerCode,
                                          tr("no customer has the code \"%1\"").arg(o.customerCode)));
                continue;
            }
            o.customerId = it->first;
            o.customerName = it->second;
            continue;
        }
        const QList<qint64> ids = byName.value(o.customerName);
        if (ids.size() == 1)
            o.customerId = ids.first();
        else if (ids.isEmpty())
            m_report.addError(problem(File::Orders, o.row, OrderCol::CustomerName,
                                      tr("no customer is named \"%1\"").arg(o.customerName)));
        else
            m_report.addError(problem(
                File::Orders, o.row, OrderCol::CustomerName,
                tr("%1 customers are named \"%2\": give customer_code instead").arg(ids.size()).arg(o.customerName)));
    }
    return {};
}

void FeedWriter::checkReferences()
{
    const auto known = [](const FeedBatch::Key& k) { return k.stored || k.definedRow >= 0; };
    for (const FeedBatch::Stock& s : std::as_const(m_batch.stockRows)) {
        const FeedBatch::Key& p = m_batch.products.list.at(s.product);
        if (!known(p))
            m_report.addError(problem(File::Stock, s.row, StockCol::ProductNo,
                                      tr("no product %1 in the store or in this feed").arg(p.text)));
    }
    for (const FeedBatch::Line& l : std::as_const(m_batch.lineRows)) {
        const FeedBatch::Key& o = m_batch.orders.list.at(l.order);
        const FeedBatch::Key& p = m_batch.products.list.at(l.product);
        if (!known(o))
            m_report.addError(problem(File::OrderLines, l.row, LineCol::OrderNo,
                                      tr("no order %1 in the store or in this feed").arg(o.text)));
        if (!known(p))
            m_report.addError(problem(File::OrderLines, l.row, LineCol::ProductNo,
                                      tr("no product %1 in the store or in this feed").arg(p.text)));
    }
}

Status FeedWriter::write(const QDateTime& now)
{
    if (auto s = writeProducts(now); !s)
        return s;
    if (auto s = writeStock(now); !s)
        return s;
    if (auto s = writeOrders(now); !s)
        return s;
    return writeLines();
}

Status FeedWriter::writeProducts(const QDateTime& now)
{
    BulkStatement upsert(
        m_c,
        QStringLiteral("INSERT INTO products (product_no, name, model, batch, unit, price, memo, created_at, "
                       "updated_at) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)"), 9,
        QStringLiteral(" ON CONFLICT (product_no) DO UPDATE SET name = excluded.name, model = excluded.model, "
                       "batch = excluded.batch, unit = excluded.unit, price = excluded.price, memo = excluded.memo, "
                       "updated_at = excluded.updated_at WHERE (products.name, products.model, products.batch, "
                       "products.unit, products.price, products.memo) <> (excluded.name, excluded.model, "
                       "excluded.batch, excluded.unit, excluded.price, excluded.memo) RETURNING product_no, id"),
        kWriteChunk);
    FeedBatch::Keys& keys = m_batch.products;
    upsert.setRowHandler(
        [&keys](const BulkRow& q) { keys.list[keys.index.value(q.value(0).toString())].id = q.value(1).toLongLong(); });
    FeedCounts& n = counts(File::Products);
    for (const FeedBatch::Product& p : std::as_const(m_batch.productRows)) {
        if (!keys.list.at(p.key).stored)
            ++n.created;
        if (auto s =
                upsert.add({keys.list.at(p.key).text, p.name, p.model, p.batch, p.unit, p.price, p.memo, now, now});
            !s)
            return s;
    }
    if (auto s = upsert.finish(); !s)
        return s;
    n.updated = upsert.rowsAffected() - n.created;
    n.unchanged = m_batch.productRows.size() - upsert.rowsAffected();
    return {};
}

Status FeedWriter::writeStock(const QDateTime& now)
{
    if (m_batch.stockRows.isEmpty())
        return {};
    QSet<QString> existing;
    BulkStatement lookup(m_c, QStringLiteral("SELECT product_id, warehouse, location FROM stock WHERE product_id IN ("),
                         QStringLiteral("?"), 1, QStringLiteral(")"), kLookupChunk);
    lookup.setRowHandler([&existing](const BulkRow& q) {
        existing.insert(q.value(0).toString() + kSep + q.value(1).toString() + kSep + q.value(2).toString());
    });
    QSet<int> asked;
    for (const FeedBatch::Stock& s : std::as_const(m_batch.stockRows)) {
        const FeedBatch::Key& p = m_batch.products.list.at(s.product);
        if (!p.stored || asked.contains(s.product))
            continue;
        asked.insert(s.product);
        if (auto st = lookup.add({p.id}); !st)
            return st;
    }
    if (auto s = lookup.finish(); !s)
        return s;

    BulkStatement upsert(
        m_c, QStringLiteral("INSERT INTO stock (product_id, warehouse, location, quantity, memo, updated_at) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?)"), 6,
        QStringLiteral(" ON CONFLICT (product_id, warehouse, location) DO UPDATE SET quantity = excluded.quantity, "
                       "memo = excluded.memo, updated_at = excluded.updated_at WHERE (stock.quantity, stock.memo) <> "
                       "(excluded.quantity, excluded.memo)"),
        kWriteChunk);
    FeedCounts& n = counts(File::Stock);
    for (const FeedBatch::Stock& s : std::as_const(m_batch.stockRows)) {
        const qint64 productId = m_batch.products.list.at(s.product).id;
        if (!existing.contains(QString::number(productId) + kSep + s.warehouse + kSep + s.location))
            ++n.created;
        if (auto st = upsert.add({productId, s.warehouse, s.location, s.quantity, s.memo, now}); !st)
            return st;
    }
    if (auto s = upsert.finish(); !s)
        return s;
    n.updated = upsert.rowsAffected() - n.created;
    n.unchanged = m_batch.stockRows.size() - upsert.rowsAffected();
    return {};
}

Status FeedWriter::writeOrders(const QDateTime& now)
{
    BulkStatement upsert(
        m_c,
        QStringLiteral("INSERT INTO orders (order_no, customer_id, customer_name, order_date, address, status, total, "
                       "updated_at) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), 8,
        QStringLiteral(" ON CONFLICT (order_no) DO UPDATE SET customer_id = excluded.customer_id, customer_name = "
                       "excluded.customer_name, order_date = excluded.order_date, address = excluded.address, status "
                       "= excluded.status, updated_at = excluded.updated_at WHERE (orders.customer_id, "
                       "orders.customer_name, orders.order_date, orders.address, orders.status) <> "
                       "(excluded.customer_id, excluded.customer_name, excluded.order_date, excluded.address, "
                       "excluded.status) RETURNING order_no, id"),
        kWriteChunk);
    FeedBatch::Keys& keys = m_batch.orders;
    upsert.setRowHandler(
        [&keys](const BulkRow& q) { keys.list[keys.index.value(q.value(0).toString())].id = q.value(1).toLongLong(); });
    // A new order goes in with the total of its lines in this feed (all the lines it has), so writeLines need
    // not rewrite it; a stored order keeps its total until writeLines recomputes it from its new lines.
    QList<qint64> totals(keys.list.size(), 0);
    for (const FeedBatch::Line& l : std::as_const(m_batch.lineRows))
        totals[l.order] += l.quantity * l.price;
    FeedCounts& n = counts(File::Orders);
    for (const FeedBatch::Order& o : std::as_const(m_batch.orderRows)) {
        const FeedBatch::Key& key = keys.list.at(o.key);
        if (!key.stored)
            ++n.created;
        if (auto s = upsert.add({key.text, o.customerId, o.customerName, o.date, o.address, o.status,
                                 key.stored ? 0 : totals.at(o.key), now});
            !s)
            return s;
    }
    if (auto s = upsert.finish(); !s)
        return s;
    n.updated = upsert.rowsAffected() - n.created;
    n.unchanged = m_batch.orderRows.size() - upsert.rowsAffected();
    return {};
}

Status FeedWriter::writeLines()
{
    if (m_batch.lineRows.isEmpty())
        return {};
    // The feed's lines of each order, in file order.
    QList<QList<int>> perOrder(m_batch.orders.list.size());
    for (int i = 0; i < m_batch.lineRows.size(); ++i)
        perOrder[m_batch.lineRows.at(i).order].append(i);

    // The stored lines of the orders the store already had.
    QHash<qint64, QList<StoredLine>> stored;
    BulkStatement lookup(m_c,
                         QStringLiteral("SELECT order_id, product_id, quantity, unit, price FROM order_lines WHERE "
                                        "order_id IN ("),
                         QStringLiteral("?"), 1, QStringLiteral(") ORDER BY order_id, id"), kLookupChunk);
    lookup.setRowHandler([&stored](const BulkRow& q) {
        stored[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(4).toLongLong(), q.value(3).toString()});
    });
    for (int k = 0; k < perOrder.size(); ++k) {
        const FeedBatch::Key& key = m_batch.orders.list.at(k);
        if (!perOrder.at(k).isEmpty() && key.stored) {
            if (auto s = lookup.add({key.id}); !s)
                return s;
        }
    }
    if (auto s = lookup.finish(); !s)
        return s;

    // Pass 1: decide per order; delete the stored lines of the orders whose lines changed.
    FeedCounts& n = counts(File::OrderLines);
    BulkStatement remove(m_c, QStringLiteral("DELETE FROM order_lines WHERE order_id IN ("), QStringLiteral("?"), 1,
                         QStringLiteral(")"), kLookupChunk);
    QList<int> toWrite; // order keys
    for (int k = 0; k < perOrder.size(); ++k) {
        const QList<int>& mine = perOrder.at(k);
        if (mine.isEmpty())
            continue;
        const qint64 orderId = m_batch.orders.list.at(k).id;
        const auto old = stored.constFind(orderId);
        if (old == stored.cend()) {
            n.created += mine.size();
            toWrite.append(k);
            continue;
        }
        bool same = old->size() == mine.size();
        for (int i = 0; same && i < mine.size(); ++i) {
            const FeedBatch::Line& l = m_batch.lineRows.at(mine.at(i));
            const StoredLine& sl = old->at(i);
            same = sl.product == m_batch.products.list.at(l.product).id && sl.quantity == l.quantity &&
                   sl.price == l.price && sl.unit == l.unit;
        }
        if (same) {
            n.unchanged += mine.size();
            continue;
        }
        n.updated += mine.size();
        toWrite.append(k);
        if (auto s = remove.add({orderId}); !s)
            return s;
    }
    if (auto s = remove.finish(); !s)
        return s;
    stored.clear();

    // Pass 2: insert the new lines, then recompute the totals of the stored orders among them (a new order went
    // in with its total).
    BulkStatement insert(
        m_c, QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit, price) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?)"), 5, {}, 1000);
    for (int k : std::as_const(toWrite)) {
        const qint64 orderId = m_batch.orders.list.at(k).id;
        for (int i : perOrder.at(k)) {
            const FeedBatch::Line& l = m_batch.lineRows.at(i);
            if (auto s = insert.add({orderId, m_batch.products.list.at(l.product).id, l.quantity, l.unit, l.price}); !s)
                return s;
        }
    }
    if (auto s = insert.finish(); !s)
        return s;
    BulkStatement totals(m_c,
                         QStringLiteral("UPDATE orders SET total = (SELECT COALESCE(SUM(l.quantity * l.price), 0) FROM "
                                        "order_lines l WHERE l.order_id = orders.id) WHERE id IN ("),
                         QStringLiteral("?"), 1, QStringLiteral(")"), kLookupChunk);
    for (int k : std::as_const(toWrite)) {
        const FeedBatch::Key& key = m_batch.orders.list.at(k);
        if (!key.stored)
            continue;
        if (auto s = totals.add({key.id}); !s)
            return s;
    }
    return totals.finish();
}

} // namespace ketong
