#include "Reports.h"

#include "auth/AccessControl.h"
#include "basedata/Dictionary.h"
#include "db/Database.h"
#include "db/RowReader.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "setup/ReferenceData.h"

#include <QMap>
#include <cmath>
#include <tuple>

namespace ketong {

namespace {
QDateTime startOfLocalDay(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

QString yearText(const std::optional<int>& year)
{
    return year ? QString::number(*year) : Reports::tr("all years");
}
} // namespace

Result<ReportTable> Reports::contribution(const Database& db, const Session& session, const ContributionFilter& f)
{
    if (auto s = AccessControl::require(session, Rights::ContributionReport); !s)
        return s.error();
    ReportTable t;
    t.context = "ketong::Reports";
    t.id = QStringLiteral("contribution");
    t.title = tr("Customer contribution");
    t.filters << tr("Year: %1").arg(yearText(f.year));
    t.columns = {{QStringLiteral("code"), QT_TRANSLATE_NOOP("ketong::Reports", "Code"), ReportTable::Kind::Text},
                 {QStringLiteral("name"), QT_TRANSLATE_NOOP("ketong::Reports", "Customer"), ReportTable::Kind::Text},
                 {QStringLiteral("amount"), QT_TRANSLATE_NOOP("ketong::Reports", "Order amount (yuan)"),
                  ReportTable::Kind::Money}};
    // customer_year_totals holds each customer's sum per year of its counted orders (status 5 or 6), kept by
    // triggers with the customer's code, name and deletion: one year is one range of its rank index, already
    // in the report's order. All years add up the customer's years.
    QString where = QStringLiteral("t.deleted = 0");
    QVariantMap values;
    if (f.year) {
        where += QStringLiteral(" AND t.year = :year");
        values.insert(QStringLiteral("year"), *f.year);
    }
    if (!f.customer.trimmed().isEmpty()) {
        where += QStringLiteral(" AND ") +
                 db.dialect().containsClause(QStringLiteral("t.name"), QStringLiteral(":name"), f.customer.trimmed());
        values.insert(QStringLiteral("name"), SqlDialect::likePattern(f.customer.trimmed()));
        t.filters << tr("Customer contains: %1").arg(f.customer.trimmed());
    }
    // Through libpq on PostgreSQL: a year at a million customers is 255 k rows, which Qt's driver reads in twice
    // the time.
    RowReader q(db.connection());
    const Status run = q.exec(
        f.year ? QStringLiteral("SELECT t.code, t.name, t.amount FROM customer_year_totals t WHERE %1 ORDER BY "
                                "t.amount DESC, t.code")
                     .arg(where)
               : QStringLiteral("SELECT t.code, t.name, CAST(SUM(t.amount) AS BIGINT) AS amount FROM "
                                "customer_year_totals t WHERE %1 GROUP BY t.customer_id, t.code, t.name ORDER BY "
                                "amount DESC, t.code")
                     .arg(where),
        values);
    if (!run)
        return run.error();
    qint64 total = 0;
    while (q.next()) {
        const qint64 amount = q.value(2).toLongLong();
        total += amount;
        t.rows.append({q.value(0), q.value(1), amount});
    }
    if (auto s = q.status(); !s)
        return s.error();
    t.totals = {QVariant(), tr("Total"), total};
    return t;
}

Result<ReportTable> Reports::composition(const Database& db, const Session& session, CompositionBy by)
{
    if (auto s = AccessControl::require(session, Rights::CompositionReport); !s)
        return s.error();
    const auto [column, type, label] = [by]() -> std::tuple<QString, QString, QString> {
        switch (by) {
        case CompositionBy::Credit:
            return {QStringLiteral("credit"), DictType::Credit, tr("By credit")};
        case CompositionBy::Satisfaction:
            return {QStringLiteral("satisfaction"), DictType::Satisfaction, tr("By satisfaction")};
        case CompositionBy::Level:
            break;
        }
        return {QStringLiteral("level"), DictType::CustomerLevel, tr("By level")};
    }();
    ReportTable t;
    t.context = "ketong::Reports";
    t.id = QStringLiteral("composition");
    t.title = tr("Customer composition");
    t.filters << label;
    t.columns = {
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("ketong::Reports", "No."), ReportTable::Kind::Text},
        {QStringLiteral("group"),
         by == CompositionBy::Level    ? QT_TRANSLATE_NOOP("ketong::Reports", "Level")
         : by == CompositionBy::Credit ? QT_TRANSLATE_NOOP("ketong::Reports", "Credit")
                                       : QT_TRANSLATE_NOOP("ketong::Reports", "Satisfaction"),
         ReportTable::Kind::Text},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("ketong::Reports", "Customers"), ReportTable::Kind::Integer},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("ketong::Reports", "Share (%)"), ReportTable::Kind::Percent}};
    t.chartValueColumn = 2;
    if (by != CompositionBy::Level)
        t.ratingColumn = 1;
    // One grouped query: every dictionary item with its count (zeros included); deleted customers excluded.
    SqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT d.value, d.item, COALESCE(n.count, 0) FROM dict_items d LEFT JOIN (SELECT %1 AS "
                             "value, count(*) AS count FROM customers WHERE status <> 3 GROUP BY %1) n ON "
                             "CAST(n.value AS VARCHAR(10)) = d.value WHERE d.type = :type ORDER BY d.sort_order, d.id")
                  .arg(column));
    q.bind(QStringLiteral(":type"), type);
    if (auto s = q.exec(); !s)
        return s.error();
    qint64 total = 0;
    QList<std::tuple<QString, QString, qint64>> groups;
    while (q.next()) {
        total += q.value(2).toLongLong();
        groups.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    for (const auto& [value, item, count] : std::as_const(groups)) {
        const double share = total > 0 ? std::round(count * 1000.0 / double(total)) / 10.0 : 0.0;
        t.rows.append({value, item, count, share});
    }
    t.totals = {QVariant(), tr("Total"), total, QVariant()};
    return t;
}

Result<ReportTable> Reports::service(const Database& db, const Session& session, const ServiceReportFilter& f)
{
    if (auto s = AccessControl::require(session, Rights::ServiceReport); !s)
        return s.error();
    ReportTable t;
    t.context = "ketong::Reports";
    t.id = QStringLiteral("service");
    t.title = tr("Customer service analysis");
    t.columns = {
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("ketong::Reports", "No."), ReportTable::Kind::Text},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("ketong::Reports", "Service type"), ReportTable::Kind::Text},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("ketong::Reports", "Services"), ReportTable::Kind::Integer}};
    QDate from = f.from;
    QDate to = f.to;
    if (f.year) {
        from = QDate(*f.year, 1, 1);
        to = QDate(*f.year, 12, 31);
        t.filters << tr("Year: %1").arg(*f.year);
    } else if (from.isValid() || to.isValid()) {
        t.filters << tr("Created: %1 – %2")
                         .arg(from.isValid() ? from.toString(Qt::ISODate) : QString(),
                              to.isValid() ? to.toString(Qt::ISODate) : QString());
    } else {
        t.filters << tr("Year: %1").arg(yearText(std::nullopt));
    }
    QString period;
    QVariantMap values{{QStringLiteral("type"), DictType::ServiceType}};
    if (from.isValid()) {
        period += QStringLiteral(" AND created_at >= :from");
        values.insert(QStringLiteral("from"), startOfLocalDay(from));
    }
    if (to.isValid()) {
        period += QStringLiteral(" AND created_at < :to");
        values.insert(QStringLiteral("to"), startOfLocalDay(to.addDays(1)));
    }
    SqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT d.value, d.item, COALESCE(n.count, 0) FROM dict_items d LEFT JOIN (SELECT type, "
                       "count(*) AS count FROM service_tickets WHERE 1 = 1%1 GROUP BY type) n ON n.type = d.value "
                       "WHERE d.type = :type ORDER BY d.sort_order, d.id")
            .arg(period));
    q.bindAll(values);
    if (auto s = q.exec(); !s)
        return s.error();
    qint64 total = 0;
    while (q.next()) {
        total += q.value(2).toLongLong();
        t.rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    t.totals = {QVariant(), tr("Total"), total};
    return t;
}

Result<ReportTable> Reports::churn(const Database& db, const Session& session, const ChurnReportFilter& f)
{
    if (auto s = AccessControl::require(session, Rights::ChurnReport); !s)
        return s.error();
    ReportTable t;
    t.context = "ketong::Reports";
    t.id = QStringLiteral("churn");
    t.title = tr("Customer churn analysis");
    t.filters << tr("Year: %1").arg(yearText(f.year));
    t.columns = {
        // A label, not a quantity: shown as 2026, not with a thousands separator.
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("ketong::Reports", "Year"), ReportTable::Kind::Text},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("ketong::Reports", "Code"), ReportTable::Kind::Text},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ketong::Reports", "Customer"), ReportTable::Kind::Text},
        {QStringLiteral("manager"), QT_TRANSLATE_NOOP("ketong::Reports", "Account manager"), ReportTable::Kind::Text},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("ketong::Reports", "Reason"), ReportTable::Kind::Text}};
    t.chartLabelColumn = 0;
    t.chartValueColumn = -1; // the chart counts rows per year (churnPerYear)
    QString where = QStringLiteral("r.status = 3");
    QVariantMap values;
    if (f.year) {
        where += QStringLiteral(" AND r.lost_date >= :from AND r.lost_date < :to");
        values.insert(QStringLiteral("from"), startOfLocalDay(QDate(*f.year, 1, 1)));
        values.insert(QStringLiteral("to"), startOfLocalDay(QDate(*f.year + 1, 1, 1)));
    }
    if (!f.customer.trimmed().isEmpty()) {
        where += QStringLiteral(" AND ") + db.dialect().containsClause(QStringLiteral("c.name"), QStringLiteral(":c"));
        values.insert(QStringLiteral("c"), SqlDialect::likePattern(f.customer.trimmed()));
        t.filters << tr("Customer contains: %1").arg(f.customer.trimmed());
    }
    if (!f.manager.trimmed().isEmpty()) {
        where += QStringLiteral(" AND ") +
                 db.dialect().containsClause(QStringLiteral("COALESCE(u.name, '')"), QStringLiteral(":m"));
        values.insert(QStringLiteral("m"), SqlDialect::likePattern(f.manager.trimmed()));
        t.filters << tr("Manager contains: %1").arg(f.manager.trimmed());
    }
    SqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT r.lost_date, c.code, c.name, COALESCE(u.name, ''), r.reason FROM lost_records r "
                       "JOIN customers c ON c.id = r.customer_id LEFT JOIN users u ON u.id = r.manager_id WHERE %1 "
                       "ORDER BY r.lost_date DESC, c.code")
            .arg(where));
    q.bindAll(values);
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const int year = SqlValue::toDateTime(q.value(0)).toLocalTime().date().year();
        t.rows.append(
            {year, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return t;
}

Result<QList<std::pair<int, int>>> Reports::churnPerYear(const Database& db, const Session& session,
                                                         const ChurnReportFilter& f)
{
    auto table = churn(db, session, f);
    if (!table)
        return table.error();
    QMap<int, int> perYear;
    for (qsizetype i = 0; i < table->rows.size(); ++i)
        ++perYear[table->rows.value(i, 0).toInt()];
    QList<std::pair<int, int>> result;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

Result<QList<int>> Reports::orderYears(const Database& db)
{
    auto range =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT min(order_date) FROM orders WHERE status IN (5, 6)"));
    if (!range)
        return range.error();
    auto last =
        SqlQuery::scalar(db.connection(), QStringLiteral("SELECT max(order_date) FROM orders WHERE status IN (5, 6)"));
    if (!last)
        return last.error();
    QList<int> years;
    const QDate first = SqlValue::toDate(*range);
    const QDate newest = SqlValue::toDate(*last);
    if (!first.isValid())
        return years;
    for (int y = newest.year(); y >= first.year(); --y)
        years.append(y);
    return years;
}

} // namespace ketong
