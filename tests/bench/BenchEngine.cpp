#include "BenchEngine.h"

#include "basedata/Dictionary.h"
#include "db/BigCache.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "setup/ReferenceData.h"

#include <QElapsedTimer>

#include <functional>

namespace ketong::bench {

namespace {
// The parts of the synthetic company names (as BenchData makes them): 12 places and 10 industries of two
// characters, 12 surnames of one, 16 given names of two.
const char* const kPlaces = "北京上海天津广州深圳杭州南京成都武汉西安苏州青岛";
const char* const kSurnames = "王李张刘陈杨赵黄周吴徐孙";
const char* const kGiven = "星辰华强远航鼎盛恒通瑞丰宏达金桥天成嘉禾博远安泰新元东方长青中联";
const char* const kIndustries = "科技贸易机械电子化工物流建材医药食品纺织";

/// The SQL of one dialect for the series 0 … n − 1 as `s(v)`: a prefix for the statement and its FROM item.
struct Series
{
    QString with, from;
};

Series series(bool postgres, qint64 n)
{
    if (postgres)
        return {QString(), QStringLiteral("generate_series(0, %1) AS s(v)").arg(n - 1)};
    return {QStringLiteral("WITH RECURSIVE s(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM s WHERE v < %1) ").arg(n - 1),
            QStringLiteral("s")};
}

/// `prefix` followed by the integer `expr` padded to 8 digits, as the synthetic codes are.
QString padded(bool postgres, const QString& prefix, const QString& expr)
{
    return postgres ? QStringLiteral("'%1' || lpad((%2)::text, 8, '0')").arg(prefix, expr)
                    : QStringLiteral("printf('%1%08d', %2)").arg(prefix, expr);
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// CASE `expr` % count WHEN 0 THEN values[0] … END.
QString choice(const QString& expr, const QStringList& values)
{
    QString sql = QStringLiteral("CASE %1 % %2").arg(expr).arg(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(i).arg(values.at(i));
    return sql + QStringLiteral(" END");
}

/// The customers written.
Result<qint64> insertCustomers(const Database& db, const QSqlDatabase& c, int n)
{
    const bool pg = db.dialect().isPostgres();
    auto regionItems = Dictionary::items(db, DictType::Region);
    if (!regionItems)
        return regionItems.error();
    QStringList regions, managers;
    for (const auto& item : *regionItems)
        regions << quoted(item.value);
    SqlQuery q(c);
    q.prepare(
        QStringLiteral("SELECT id FROM users WHERE login IN ('manager1', 'manager2', 'manager3') ORDER BY login"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next())
        managers << q.value(0).toString();
    if (regions.isEmpty() || managers.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no regions or managers"));
    const QString stem =
        QStringLiteral("substr('%1', 1 + 2 * (v % 12), 2) || substr('%2', 1 + (v / 12) % 12, 1) || "
                       "substr('%3', 1 + 2 * ((v / 144) % 16), 2) || substr('%4', 1 + 2 * ((v / 7) % 10), 2) || "
                       "(v + 5000000)")
            .arg(QString::fromUtf8(kPlaces), QString::fromUtf8(kSurnames), QString::fromUtf8(kGiven),
                 QString::fromUtf8(kIndustries));
    const QString suffix =
        choice(QStringLiteral("(v / 3)"), {QStringLiteral("'有限公司'"), QStringLiteral("'股份有限公司'"),
                                           QStringLiteral("'集团有限公司'"), QStringLiteral("'有限责任公司'")});
    const Series s = series(pg, n);
    const QString insert =
        s.with +
        QStringLiteral("INSERT INTO customers (code, name, region, manager_id, level, credit, satisfaction, tel, "
                       "address, name_key, status, updated_by) "
                       "SELECT %1, %2 || %3, %4, %5, 1 + v % 5, 1 + (v / 5) % 5, 1 + (v / 25) % 5, "
                       "'010-' || (70000000 + v), substr('%6', 1 + 2 * (v % 12), 2) || '市某区某路' || (v % 999 + 1) "
                       "|| '号', %2, 1, 'system' FROM %7")
            .arg(padded(pg, QStringLiteral("EN"), QStringLiteral("v")), stem, suffix,
                 choice(QStringLiteral("v"), regions), choice(QStringLiteral("v"), managers),
                 QString::fromUtf8(kPlaces), s.from);
    auto written = SqlQuery::run(c, insert);
    if (!written)
        return written.error();
    // An audit row each, the record as JSON, as the importer writes them (on PostgreSQL with the transaction's id,
    // which the deferred audit trigger looks for before it writes one of its own).
    const QString json =
        QStringLiteral("%1('code', code, 'name', name, 'region', region, 'manager_id', manager_id, 'level', level, "
                       "'credit', credit, 'satisfaction', satisfaction, 'tel', tel, 'address', address, 'status', "
                       "status)%2")
            .arg(pg ? QStringLiteral("json_build_object") : QStringLiteral("json_object"),
                 pg ? QStringLiteral("::text") : QString());
    const QString audit = QStringLiteral("INSERT INTO audit_log (actor, action, entity, record_id, after, txid) "
                                         "SELECT 'system', 'create', 'customers', CAST(id AS TEXT), %1, %2 "
                                         "FROM customers WHERE code >= 'EN' AND code < 'EO'")
                              .arg(json, pg ? QStringLiteral("txid_current()") : QStringLiteral("NULL"));
    if (auto r = SqlQuery::run(c, audit); !r)
        return r.error();
    return qint64(*written);
}

/// The orders and lines written.
Result<qint64> insertOrders(const QSqlDatabase& c, bool pg, const QDate& today, int customers, qint64 n)
{
    // A third of the orders go to the first 1 % of the customers, as in the synthetic feed.
    const QString customer = QStringLiteral("CASE WHEN v % 3 = 0 THEN (v * 7919) % %1 ELSE (v * 7919) % %2 END")
                                 .arg(qMax(1, customers / 100))
                                 .arg(customers);
    const QString date =
        pg ? QStringLiteral("('%1'::date - v % 1825)").arg(today.toString(Qt::ISODate))
           : QStringLiteral("date('%1', '-' || (v % 1825) || ' days')").arg(today.toString(Qt::ISODate));
    const Series s = series(pg, n);
    const QString orders =
        s.with + QStringLiteral("INSERT INTO orders (order_no, customer_id, customer_name, order_date, status, total) "
                                "SELECT 'EO' || v, c.id, c.name, %1, CASE WHEN v % 3 = 0 THEN 1 + v % 4 ELSE 5 + v % 2 "
                                "END, 100 + v % 5000 FROM %2 JOIN customers c ON c.code = %3")
                     .arg(date, s.from, padded(pg, QStringLiteral("BC"), customer));
    auto written = SqlQuery::run(c, orders);
    if (!written)
        return written.error();
    const QString lines =
        QStringLiteral("INSERT INTO order_lines (order_id, product_id, quantity, unit, price) "
                       "SELECT o.id, p.id, 1 + (o.id + k.column1) % 20, '', 10 + ((o.id + k.column1) * 37) % 2000 "
                       "FROM orders o CROSS JOIN (VALUES (0), (1), (2), (3)) AS k "
                       "JOIN products p ON p.product_no = 'BP' || (1 + (o.id * 4 + k.column1) % 500) "
                       "WHERE o.order_no >= 'EO' AND o.order_no < 'EP'");
    auto lineRows = SqlQuery::run(c, lines);
    if (!lineRows)
        return lineRows.error();
    return qint64(*written) + *lineRows;
}
} // namespace

Result<EngineFigures> engineAlone(const Database& db, const QDateTime& now, int companySize, int customers,
                                  qint64 orders)
{
    const bool pg = db.dialect().isPostgres();
    const BigCache cache(db); // as the importer and the feed have
    // `write` in one committed transaction: the rows it wrote, and how many a second.
    const auto timed =
        [&db](const std::function<Result<qint64>(const QSqlDatabase&)>& write) -> Result<std::pair<qint64, double>> {
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        if (auto s = tx.begin(); !s)
            return s.error();
        auto rows = write(tx.connection());
        if (!rows)
            return rows.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return std::pair<qint64, double>(*rows, *rows / (timer.nsecsElapsed() / 1e9));
    };
    auto c = timed([&](const QSqlDatabase& connection) { return insertCustomers(db, connection, customers); });
    if (!c)
        return c.error();
    auto o = timed(
        [&](const QSqlDatabase& connection) { return insertOrders(connection, pg, now.date(), companySize, orders); });
    if (!o)
        return o.error();
    EngineFigures f;
    f.customers = int(c->first);
    f.customersPerSecond = c->second;
    f.feedRows = o->first;
    f.feedRowsPerSecond = o->second;
    return f;
}

} // namespace ketong::bench
