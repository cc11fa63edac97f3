// OrderHistory: only orders 5 已发货 / 6 已回款 of the customer, newest first, totals exact to the fen, the
// product shown as 名称-型号-批次; and on the demo company every stored order total equals its lines.
#include "customers/OrderHistory.h"
#include "CustomerFixture.h"
#include "db/SqlValue.h"

using namespace ketong;
using namespace Qt::StringLiterals;

class OrderHistoryTest : public QObject
{
    Q_OBJECT

    static qint64 insert(const test::TestDatabase& t, const QString& sql, const QVariantMap& values)
    {
        return SqlQuery::scalar(t->connection(), sql + u" RETURNING id"_s, values)->toLongLong();
    }

private Q_SLOTS:
    void historyAndDetail()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
        CustomerService customers(*t, clock, t.sessionFor(u"m1"_s));
        const qint64 mine = customers.create(test::sampleCustomer(t, u"聪海"_s))->id;
        const qint64 other = customers.create(test::sampleCustomer(t, u"别家"_s))->id;
        const QString product = u"INSERT INTO products (product_no, name, model, batch, unit, price) VALUES (:no, "
                                u":name, :model, :batch, :unit, :price)"_s;
        const qint64 laptop = insert(t, product,
                                     {{u"no"_s, u"P1"_s},
                                      {u"name"_s, u"海龙笔记本电脑"_s},
                                      {u"model"_s, u"i60"_s},
                                      {u"batch"_s, u"2688 9966"_s},
                                      {u"unit"_s, u"台"_s},
                                      {u"price"_s, 1080000}});
        const qint64 pen = insert(t, product,
                                  {{u"no"_s, u"P2"_s},
                                   {u"name"_s, u"签字笔"_s},
                                   {u"model"_s, u"A1"_s},
                                   {u"batch"_s, QString()},
                                   {u"unit"_s, u"支"_s},
                                   {u"price"_s, 99}});
        const QString order = u"INSERT INTO orders (order_no, customer_id, order_date, address, status, total) "
                              u"VALUES (:no, :c, :d, :a, :s, :t)"_s;
        const auto addOrder = [&](const QString& no, qint64 customer, const QDate& d, int status, qint64 total) {
            return insert(t, order,
                          {{u"no"_s, no},
                           {u"c"_s, customer},
                           {u"d"_s, d},
                           {u"a"_s, u"北京市海淀区"_s},
                           {u"s"_s, status},
                           {u"t"_s, total}});
        };
        // 2 × 10800.00 + 3 × 0.99 = 21602.97 yuan
        const qint64 shipped = addOrder(u"O-1"_s, mine, QDate(2026, 1, 10), 5, 2160297);
        const qint64 paid = addOrder(u"O-2"_s, mine, QDate(2026, 2, 1), 6, 99);
        const qint64 open = addOrder(u"O-3"_s, mine, QDate(2026, 3, 1), 4, 0);
        addOrder(u"O-4"_s, other, QDate(2026, 2, 2), 6, 0);
        const QString line = u"INSERT INTO order_lines (order_id, product_id, quantity, unit, price) VALUES (:o, :p, "
                             u":q, :u, :price)"_s;
        insert(t, line, {{u"o"_s, shipped}, {u"p"_s, laptop}, {u"q"_s, 2}, {u"u"_s, u"台"_s}, {u"price"_s, 1080000}});
        insert(t, line, {{u"o"_s, shipped}, {u"p"_s, pen}, {u"q"_s, 3}, {u"u"_s, QString()}, {u"price"_s, 99}});
        insert(t, line, {{u"o"_s, paid}, {u"p"_s, pen}, {u"q"_s, 1}, {u"u"_s, u"支"_s}, {u"price"_s, 99}});

        OrderHistory history(*t, t.sessionFor(u"m2"_s)); // every manager reads every customer's history
        const ListQuery q = *history.listQuery(mine);
        QCOMPARE(test::idsOf(t, q), (QList<qint64>{paid, shipped}));
        QCOMPARE(test::cellOf(t, q, shipped, u"total"_s).toLongLong(), 2160297);
        const Order detail = *history.load(shipped);
        QCOMPARE(detail.orderNo, u"O-1"_s);
        QCOMPARE(detail.date, QDate(2026, 1, 10));
        QCOMPARE(detail.total, qint64(2160297));
        QCOMPARE(detail.total, detail.storedTotal);
        QCOMPARE(detail.lines.size(), 2);
        QCOMPARE(detail.lines.at(0).product, u"海龙笔记本电脑-i60-2688 9966"_s);
        QCOMPARE(detail.lines.at(0).amount, qint64(2160000));
        QCOMPARE(detail.lines.at(1).product, u"签字笔-A1"_s);
        QCOMPARE(detail.lines.at(1).unit, u"支"_s); // the product's unit when the line has none
        QCOMPARE(detail.lines.at(1).amount, qint64(297));
        QCOMPARE(history.load(open).error().code(), ErrorCode::NotFound);
        QCOMPARE(*history.lastOrderDate(mine), QDate(2026, 2, 1));
        QVERIFY(!history.lastOrderDate(other + 1000)->isValid());
        QCOMPARE(OrderHistory(*t, t.sessionFor(u"exec"_s)).load(shipped).error().code(), ErrorCode::Forbidden);
        QCOMPARE(OrderHistory::statusLabel(5), u"Shipped (not paid)"_s);
    }

    void demoTotalsEqualTheirLines()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const auto c = t->connection();
        QVERIFY(SqlQuery::scalar(c, u"SELECT count(*) FROM orders WHERE status IN (5, 6)"_s)->toInt() > 100);
        QCOMPARE(SqlQuery::scalar(c,
                                  u"SELECT count(*) FROM orders o WHERE o.total <> (SELECT COALESCE(SUM(l.quantity * "
                                  u"l.price), 0) FROM order_lines l WHERE l.order_id = o.id)"_s)
                     ->toInt(),
                 0);
        // And the detail of a demo order adds up to the same number.
        const qint64 id = SqlQuery::scalar(c, u"SELECT MIN(id) FROM orders WHERE status = 6"_s)->toLongLong();
        const Order order = *OrderHistory(*t, t.sessionFor(u"manager2"_s)).load(id);
        qint64 sum = 0;
        for (const OrderLine& l : order.lines)
            sum += l.quantity * l.price;
        QVERIFY(!order.lines.isEmpty());
        QCOMPARE(order.total, sum);
        QCOMPARE(order.total, order.storedTotal);
    }
};

QTEST_GUILESS_MAIN(OrderHistoryTest)
#include "OrderHistoryTest.moc"
