// The four analyses against a small fixture whose expected tables were computed by hand (not by the
// program): year boundaries, uncounted order statuses, deleted customers, zero groups, money to the fen;
// the CSV and XLSX of ketongctl report.
#include "reports/Reports.h"
#include "TestDatabase.h"
#include "db/IntegrityCheck.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ReportsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    Session m_director;

    void exec(const QString& sql, const QVariantMap& values = {})
    {
        const auto r = SqlQuery::run(m_db->connection(), sql, values);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullText()));
    }

    static QStringList rows(const ReportTable& t)
    {
        QStringList out;
        for (const QVariantList& row : t.rows) {
            QStringList cells;
            for (int c = 0; c < t.columns.size(); ++c)
                cells << t.csvText(row.value(c), c);
            out << cells.join(u'|');
        }
        return out;
    }

    /// code|name|amount of each customer with counted orders in the year (0: all years), from the orders.
    QStringList fromOrders(int year)
    {
        const QString yearOf = m_db->dialect().yearOf(u"o.order_date"_s);
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT c.code, c.name, CAST(SUM(o.total) AS BIGINT) FROM orders o JOIN customers c ON c.id = "
                  u"o.customer_id WHERE "
                  u"o.status IN (5, 6) AND c.status <> 3 AND (:all = 1 OR %1 = :year) GROUP BY c.id, c.code, c.name "
                  u"ORDER BY 3 DESC, c.code"_s.arg(yearOf))
            .bind(u":all"_s, year == 0 ? 1 : 0)
            .bind(u":year"_s, year);
        QStringList out;
        if (!q.exec())
            return {u"query failed"_s};
        while (q.next())
            out << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(), qPrintable(m_db.lastError()));
        exec(u"INSERT INTO users (id, login, name, role_id, password_hash) SELECT 10, 'm1', '李明', id, 'x' FROM roles "
             u"WHERE kind = 'manager'"_s);
        exec(u"INSERT INTO users (id, login, name, role_id, password_hash) SELECT 11, 'boss', '王总', id, 'x' FROM "
             u"roles "
             u"WHERE kind = 'director'"_s);
        exec(u"INSERT INTO users (id, login, name, role_id, password_hash) SELECT 12, 'm2', '张伟', id, 'x' FROM roles "
             u"WHERE kind = 'manager'"_s);
        // A and B order; C never; D is deleted (its order must not count).
        exec(u"INSERT INTO customers (id, code, name, region, manager_id, level, credit, satisfaction) VALUES "
             u"(1, 'KH001', '甲公司', '北京', 10, 1, 5, 3), (2, 'KH002', '乙公司', '北京', 10, 1, 5, 4), "
             u"(3, 'KH003', '丙公司', '华北', 12, 3, 2, 4)"_s);
        exec(u"INSERT INTO customers (id, code, name, region, manager_id, level, status) VALUES "
             u"(4, 'KH004', '丁公司', '华北', 12, 5, 3)"_s);
        exec(u"INSERT INTO products (id, product_no, name, model, price) VALUES (1, 'P1', '笔记本', 'i60', 1080000), "
             u"(2, 'P2', '签字笔', 'GP', 5), (3, 'P3', '纸', 'A4', 10010)"_s);
        exec(u"INSERT INTO orders (id, order_no, customer_id, order_date, status) VALUES "
             u"(1, 'O1', 1, '2024-12-31', 5), (2, 'O2', 1, '2025-01-01', 6), (3, 'O3', 2, '2025-06-15', 3), "
             u"(4, 'O4', 2, '2025-07-01', 5), (5, 'O5', 4, '2025-02-02', 6), (6, 'O6', 2, '2025-12-31', 6)"_s);
        // O1: 2 × 10,800.00 = 21,600.00; O2: 1 × 0.05 + 3 × 100.10 = 300.35; O3 (unshipped): 5,000.00;
        // O4: 10 × 99.99 = 999.90; O5 (deleted customer): 1,000.00; O6: 1 × 0.01 = 0.01.
        exec(u"INSERT INTO order_lines (order_id, product_id, quantity, price) VALUES (1, 1, 2, 1080000), "
             u"(2, 2, 1, 5), (2, 3, 3, 10010), (3, 1, 1, 500000), (4, 3, 10, 9999), (5, 1, 1, 100000), (6, 2, 1, 1)"_s);
        exec(
            u"UPDATE orders SET total = (SELECT SUM(quantity * price) FROM order_lines l WHERE l.order_id = orders.id)"_s);
        exec(u"INSERT INTO service_tickets (type, title, customer_id, request, created_by, created_at) VALUES "
             u"('咨询', 'a', 1, 'r', 10, :a), ('咨询', 'b', 2, 'r', 10, :b), ('投诉', 'c', 1, 'r', 10, :c)"_s,
             {{u"a"_s, QDateTime(QDate(2025, 1, 1), QTime(0, 0, 1), Qt::LocalTime).toUTC()},
              {u"b"_s, QDateTime(QDate(2025, 12, 31), QTime(23, 59), Qt::LocalTime).toUTC()},
              {u"c"_s, QDateTime(QDate(2024, 12, 31), QTime(23, 59), Qt::LocalTime).toUTC()}});
        exec(u"INSERT INTO lost_records (customer_id, manager_id, reference_date, detected_at, status, lost_date, "
             u"reason) "
             u"VALUES (1, 10, '2024-06-01', :d, 3, :l1, '价格原因'), (2, 10, '2023-01-01', :d, 3, :l2, '停业'), "
             u"(3, 12, '2024-01-01', :d, 1, NULL, '')"_s,
             {{u"d"_s, QDateTime::currentDateTimeUtc()},
              {u"l1"_s, QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::LocalTime).toUTC()},
              {u"l2"_s, QDateTime(QDate(2024, 5, 5), QTime(10, 0), Qt::LocalTime).toUTC()}});
        m_director = m_db.sessionFor(u"boss"_s);
    }

    void contribution_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("total");
        QTest::newRow("2025") << 2025 << QString() << QStringList{u"KH002|乙公司|999.91"_s, u"KH001|甲公司|300.35"_s}
                              << u"1300.26"_s;
        QTest::newRow("2024 ends on Dec 31")
            << 2024 << QString() << QStringList{u"KH001|甲公司|21600.00"_s} << u"21600.00"_s;
        QTest::newRow("all years") << 0 << QString()
                                   << QStringList{u"KH001|甲公司|21900.35"_s, u"KH002|乙公司|999.91"_s}
                                   << u"22900.26"_s;
        QTest::newRow("name filter") << 0 << u"乙"_s << QStringList{u"KH002|乙公司|999.91"_s} << u"999.91"_s;
        QTest::newRow("empty year") << 2023 << QString() << QStringList{} << u"0.00"_s;
    }
    void contribution()
    {
        QFETCH(int, year);
        QFETCH(QString, customer);
        QFETCH(QStringList, expected);
        QFETCH(QString, total);
        const auto t =
            Reports::contribution(*m_db, m_director, {year ? std::optional<int>(year) : std::nullopt, customer});
        QVERIFY(t);
        QCOMPARE(rows(*t), expected);
        QCOMPARE(t->csvText(t->totals.value(2), 2), total);
    }

    // The report reads customer_year_totals, which triggers keep. Every kind of change to orders and to the
    // customers must leave it equal to the sum of the orders themselves (computed here from the orders, the
    // way the report did before the table existed); ketongctl check's rules agree, and see a wrong total.
    void contributionFollowsOrderAndCustomerChanges()
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        const QStringList steps{
            u"UPDATE orders SET status = 1 WHERE id = 2"_s,                // counted → not counted
            u"UPDATE orders SET status = 5 WHERE id = 3"_s,                // not counted → counted
            u"UPDATE orders SET order_date = '2024-03-01' WHERE id = 4"_s, // into another year
            u"UPDATE orders SET customer_id = 3 WHERE id = 6"_s,           // to another customer
            u"UPDATE orders SET total = total + 100 WHERE id = 1"_s,       // a new total
            u"DELETE FROM order_lines WHERE order_id = 4"_s,               //
            u"DELETE FROM orders WHERE id = 4"_s,                          // the last order of a customer's year
            u"INSERT INTO orders (id, order_no, customer_id, order_date, status, total) VALUES "
            u"(7, 'O7', 3, '2025-05-05', 6, 700), (8, 'O8', 3, '2025-05-06', 6, 800)"_s, // two in one statement
            u"UPDATE customers SET code = 'KH003X', name = '丙公司新' WHERE id = 3"_s,   // renamed
            u"UPDATE customers SET status = 3 WHERE id = 1"_s,                           // deleted
            u"UPDATE customers SET status = 1 WHERE id = 4"_s,                           // deleted no more
            u"UPDATE orders SET status = 6 WHERE status = 5"_s,                          // many rows in one statement
        };
        for (const QString& step : steps) {
            exec(step);
            for (int year : {0, 2024, 2025}) {
                const auto t =
                    Reports::contribution(*m_db, m_director, {year ? std::optional<int>(year) : std::nullopt, {}});
                QVERIFY(t);
                QStringList got;
                for (const QVariantList& row : t->rows)
                    got << row.value(0).toString() + u'|' + row.value(1).toString() + u'|' + row.value(2).toString();
                QCOMPARE(got, fromOrders(year));
            }
            const auto check = IntegrityCheck::run(*m_db);
            QVERIFY(check);
            QCOMPARE(check->problems.filter(u"contribution"_s), QStringList{});
        }
        exec(u"UPDATE customer_year_totals SET amount = amount + 1 WHERE customer_id = 3"_s);
        exec(u"UPDATE customer_year_totals SET name = '别名' WHERE customer_id = 2"_s);
        const auto check = IntegrityCheck::run(*m_db);
        QVERIFY(check);
        QCOMPARE(check->problems.filter(u"contribution"_s).size(), 2);
        tx.rollback();
    }

    void composition_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<QStringList>("expected");
        // Three non-deleted customers: levels 1, 1, 3; credit 5, 5, 2; satisfaction 3, 4, 4.
        QTest::newRow("level") << int(CompositionBy::Level)
                               << QStringList{u"1|普通客户|2|66.7"_s, u"2|重点开发客户|0|0.0"_s, u"3|大客户|1|33.3"_s,
                                              u"4|合作伙伴|0|0.0"_s, u"5|战略合作伙伴|0|0.0"_s};
        QTest::newRow("credit") << int(CompositionBy::Credit)
                                << QStringList{u"1|☆|0|0.0"_s, u"2|☆☆|1|33.3"_s, u"3|☆☆☆|0|0.0"_s, u"4|☆☆☆☆|0|0.0"_s,
                                               u"5|☆☆☆☆☆|2|66.7"_s};
        QTest::newRow("satisfaction") << int(CompositionBy::Satisfaction)
                                      << QStringList{u"1|☆|0|0.0"_s, u"2|☆☆|0|0.0"_s, u"3|☆☆☆|1|33.3"_s,
                                                     u"4|☆☆☆☆|2|66.7"_s, u"5|☆☆☆☆☆|0|0.0"_s};
    }
    void composition()
    {
        QFETCH(int, by);
        QFETCH(QStringList, expected);
        const auto t = Reports::composition(*m_db, m_director, CompositionBy(by));
        QVERIFY(t);
        QCOMPARE(rows(*t), expected);
        QCOMPARE(t->totals.value(2).toInt(), 3);
    }

    void service()
    {
        auto t = Reports::service(*m_db, m_director, {2025, {}, {}});
        QVERIFY(t);
        QCOMPARE(rows(*t), (QStringList{u"咨询|咨询|2"_s, u"建议|建议|0"_s, u"投诉|投诉|0"_s}));
        t = Reports::service(*m_db, m_director, {std::nullopt, QDate(2024, 12, 31), QDate(2024, 12, 31)});
        QCOMPARE(rows(*t), (QStringList{u"咨询|咨询|0"_s, u"建议|建议|0"_s, u"投诉|投诉|1"_s}));
        t = Reports::service(*m_db, m_director, {});
        QCOMPARE(t->totals.value(2).toInt(), 3);
    }

    void churn()
    {
        auto t = Reports::churn(*m_db, m_director, {});
        QVERIFY(t);
        QCOMPARE(rows(*t), (QStringList{u"2025|KH001|甲公司|李明|价格原因"_s, u"2024|KH002|乙公司|李明|停业"_s}));
        t = Reports::churn(*m_db, m_director, {2024, {}, {}});
        QCOMPARE(rows(*t), QStringList{u"2024|KH002|乙公司|李明|停业"_s});
        t = Reports::churn(*m_db, m_director, {std::nullopt, {}, u"张"_s});
        QCOMPARE(t->rows.size(), 0); // 张伟's customer only has a warning, not a confirmed loss
        const auto perYear = Reports::churnPerYear(*m_db, m_director, {});
        QCOMPARE(*perYear, (QList<std::pair<int, int>>{{2024, 1}, {2025, 1}}));
    }

    void rights_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("director") << u"boss"_s << true;
        QTest::newRow("manager") << u"m1"_s << false;
    }
    void rights()
    {
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        const Session s = m_db.sessionFor(login);
        QCOMPARE(Reports::contribution(*m_db, s, {}).ok(), allowed);
        QCOMPARE(Reports::composition(*m_db, s, CompositionBy::Level).ok(), allowed);
        QCOMPARE(Reports::service(*m_db, s, {}).ok(), allowed);
        QCOMPARE(Reports::churn(*m_db, s, {}).ok(), allowed);
    }

    void ketongctlCsvAndXlsx()
    {
        auto r = test::runCtl(
            {u"report"_s, u"contribution"_s, u"--year"_s, u"2025"_s, u"--database"_s, m_db.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"code,name,amount\r\nKH002,乙公司,999.91\r\nKH001,甲公司,300.35\r\n"_s);
        r = test::runCtl(
            {u"report"_s, u"composition"_s, u"--by"_s, u"level"_s, u"--database"_s, m_db.url().toString()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"group,count,percent\r\n普通客户,2,66.7\r\n"_s));
        r = test::runCtl({u"report"_s, u"service"_s, u"--year"_s, u"2025"_s, u"--database"_s, m_db.url().toString()});
        QCOMPARE(r.out, u"type,count\r\n咨询,2\r\n建议,0\r\n投诉,0\r\n"_s);
        r = test::runCtl({u"report"_s, u"churn"_s, u"--database"_s, m_db.url().toString()});
        QVERIFY(r.out.startsWith(u"year,code,name,manager,reason\r\n2025,KH001,甲公司,李明,价格原因\r\n"_s));
        QCOMPARE(test::runCtl({u"report"_s, u"composition"_s, u"--database"_s, m_db.url().toString()}).exitCode, 2);
        QCOMPARE(test::runCtl({u"report"_s, u"nonsense"_s, u"--database"_s, m_db.url().toString()}).exitCode, 2);
        QCOMPARE(
            test::runCtl({u"report"_s, u"churn"_s, u"--format"_s, u"xlsx"_s, u"--database"_s, m_db.url().toString()})
                .exitCode,
            2);

        QTemporaryDir dir;
        const QString xlsx = dir.filePath(u"r.xlsx"_s);
        r = test::runCtl({u"report"_s, u"contribution"_s, u"--year"_s, u"2025"_s, u"--format"_s, u"xlsx"_s, u"-o"_s,
                          xlsx, u"--database"_s, m_db.url().toString()});
        QCOMPARE(r.exitCode, 0);
        // Read the cell values back from the workbook's XML.
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet1.xml"_s});
        QVERIFY(unzip.waitForFinished());
        const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(sheet.contains(u"<v>999.91</v>"_s), qPrintable(sheet.left(2000)));
        QVERIFY(sheet.contains(u"<v>300.35</v>"_s));
        QVERIFY(sheet.contains(u"<v>1300.26</v>"_s));
    }
};

QTEST_GUILESS_MAIN(ReportsTest)
#include "ReportsTest.moc"
