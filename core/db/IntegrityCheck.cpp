#include "IntegrityCheck.h"

#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

namespace ketong {

QStringList IntegrityCheck::tables()
{
    return {QStringLiteral("roles"),
            QStringLiteral("users"),
            QStringLiteral("rights"),
            QStringLiteral("role_rights"),
            QStringLiteral("dict_items"),
            QStringLiteral("settings"),
            QStringLiteral("code_sequences"),
            QStringLiteral("customers"),
            QStringLiteral("contacts"),
            QStringLiteral("activities"),
            QStringLiteral("sales_chances"),
            QStringLiteral("plan_items"),
            QStringLiteral("job_runs"),
            QStringLiteral("lost_records"),
            QStringLiteral("lost_measures"),
            QStringLiteral("service_tickets"),
            QStringLiteral("service_rounds"),
            QStringLiteral("feed_runs"),
            QStringLiteral("products"),
            QStringLiteral("stock"),
            QStringLiteral("orders"),
            QStringLiteral("order_lines"),
            QStringLiteral("customer_year_totals"),
            QStringLiteral("audit_log")};
}

Result<IntegrityCheck::Report> IntegrityCheck::run(const Database& db)
{
    Report report;
    Migrator migrator(db);
    if (auto s = migrator.checkCurrent(); !s) {
        if (s.error().code() == ErrorCode::SchemaTooNew || s.error().code() == ErrorCode::SchemaMissing)
            return s.error();
        report.problems << s.error().message();
    }
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    const QSqlDatabase c = db.connection();

    if (db.dialect().isSqlite()) {
        SqlQuery q(c);
        if (auto s = q.exec(QStringLiteral("PRAGMA integrity_check")); !s)
            return s.error();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << tr("Storage: %1").arg(line);
        }
        SqlQuery fk(c);
        if (auto s = fk.exec(QStringLiteral("PRAGMA foreign_key_check")); !s)
            return s.error();
        while (fk.next())
            report.problems << tr("Foreign key: row %1 of %2 refers to a missing %3 row")
                                   .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    } else {
        // PostgreSQL enforces foreign keys itself; check that none was left invalid (NOT VALID) and that
        // no index is broken.
        auto invalid = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON "
                                                          "n.oid = c.connamespace WHERE n.nspname = current_schema() "
                                                          "AND NOT c.convalidated"));
        if (!invalid)
            return invalid.error();
        if (invalid->toInt() > 0)
            report.problems << tr("%1 constraints are not validated").arg(invalid->toInt());
        auto badIndexes =
            SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = "
                                               "i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                                               "WHERE n.nspname = current_schema() AND NOT i.indisvalid"));
        if (!badIndexes)
            return badIndexes.error();
        if (badIndexes->toInt() > 0)
            report.problems << tr("%1 indexes are invalid").arg(badIndexes->toInt());
    }

    // Consistency rules the schema cannot express as constraints.
    // The contribution totals (kept by triggers) against the orders they sum, both ways.
    const QString yearTotals =
        QStringLiteral("SELECT customer_id, %1, SUM(total), count(*) FROM orders WHERE status IN (5, 6) GROUP BY 1, 2")
            .arg(db.dialect().yearOf(QStringLiteral("order_date")));
    const QString keptTotals = QStringLiteral("SELECT customer_id, year, amount, orders FROM customer_year_totals");
    const QList<QPair<QString, QString>> rules{
        {tr("contribution totals that differ from the orders"),
         QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2) a) + (SELECT count(*) FROM (%2 EXCEPT %1) b)")
             .arg(yearTotals, keptTotals)},
        {tr("contribution totals whose customer code, name or deletion is out of date"),
         QStringLiteral("SELECT count(*) FROM customer_year_totals t JOIN customers c ON c.id = t.customer_id WHERE "
                        "t.code <> c.code OR t.name <> c.name OR t.deleted <> CASE WHEN c.status = 3 THEN 1 ELSE 0 "
                        "END")},
        {tr("orders whose total differs from the sum of their lines"),
         QStringLiteral("SELECT count(*) FROM orders o WHERE o.total <> (SELECT COALESCE(SUM(l.quantity * l.price), 0) "
                        "FROM order_lines l WHERE l.order_id = o.id)")},
        {tr("lost customers without a confirmed loss"),
         QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 2 AND NOT EXISTS (SELECT 1 FROM "
                        "lost_records r WHERE r.customer_id = c.id AND r.status = 3)")},
        {tr("confirmed losses whose customer is not marked lost"),
         QStringLiteral("SELECT count(*) FROM lost_records r JOIN customers c ON c.id = r.customer_id WHERE r.status = "
                        "3 AND c.status = 1")},
        {tr("developed chances without their customer"),
         QStringLiteral("SELECT count(*) FROM sales_chances WHERE status = 3 AND customer_id IS NULL")},
        {tr("accounts whose role does not exist"),
         QStringLiteral(
             "SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM roles r WHERE r.id = u.role_id)")},
    };
    for (const auto& [what, sql] : rules) {
        auto count = SqlQuery::scalar(c, sql);
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            report.problems << tr("%1: %2").arg(what).arg(count->toLongLong());
    }

    for (const QString& table : tables()) {
        // Table names come from the fixed list above, never from input.
        auto count = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!count)
            return count.error();
        report.counts.append({table, count->toLongLong()});
    }
    return report;
}

} // namespace ketong
