// The schema: SQLite and PostgreSQL hold the same tables, columns, nullability, keys, indexes and
// named CHECK constraints, and every constraint rejects a bad row on each backend.
#include "SchemaIntrospection.h"
#include "TestDatabase.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// Valid rows every bad statement below builds on (ids fixed so the statements can refer to them).
const char* const kFixture[] = {
    "INSERT INTO users (id, login, name, role_id, password_hash) VALUES (100, 'm1', '李明', "
    "(SELECT id FROM roles WHERE kind = 'manager'), 'x')",
    "INSERT INTO customers (id, code, name, region, manager_id) VALUES (200, 'KH261122001', '聪海', '北京', 100)",
    "INSERT INTO products (id, product_no, name, model, price) VALUES (300, 'P-1', '电视机', '818', 750000)",
    "INSERT INTO stock (product_id, warehouse, location, quantity) VALUES (300, '西直门库', 'EC-D2', 16)",
    "INSERT INTO orders (id, order_no, customer_id, order_date, status) VALUES (400, 'D-1', 200, '2026-01-05', 5)",
    "INSERT INTO sales_chances (id, customer_name, title, rate, description, created_by) VALUES "
    "(500, '新客户', '采购电脑', 50, '描述', 100)",
    "INSERT INTO service_tickets (id, type, title, customer_id, request, created_by) VALUES "
    "(600, '咨询', '保修', 200, '请求', 100)",
    "INSERT INTO lost_records (id, customer_id, manager_id, reference_date, detected_at) VALUES "
    "(700, 200, 100, '2025-01-01', '2026-01-01T00:00:00.000Z')",
    "INSERT INTO service_rounds (ticket_id, round, handling, handled_by, handled_at) VALUES "
    "(600, 1, '处理', 100, '2026-01-01T00:00:00.000Z')",
    "INSERT INTO audit_log (actor, action, entity) VALUES ('system', 'test', 'x')",
};
/// Every named constraint (and the append-only triggers) with a statement it must refuse.
const QList<std::pair<const char*, const char*>>& badRows()
{
    static const QList<std::pair<const char*, const char*>> rows{
        {"ck_roles_kind", "INSERT INTO roles (name, kind) VALUES ('r', 'boss')"},
        {"ck_roles_enabled", "UPDATE roles SET enabled = 2"},
        {"ck_roles_builtin", "UPDATE roles SET builtin = 5"},
        {"uq_roles_name", "INSERT INTO roles (name, kind) VALUES ('客户经理', 'manager')"},
        {"ck_users_status", "UPDATE users SET status = 3 WHERE id = 100"},
        {"ck_users_must_change", "UPDATE users SET must_change_password = 2 WHERE id = 100"},
        {"ck_users_failed_logins", "UPDATE users SET failed_logins = -1 WHERE id = 100"},
        {"ck_users_login", "UPDATE users SET login = '' WHERE id = 100"},
        {"uq_users_login", "INSERT INTO users (login, name, role_id, password_hash) VALUES ('m1', 'x', 1, 'x')"},
        {"fk_users_role", "INSERT INTO users (login, name, role_id, password_hash) VALUES ('m9', 'x', 999, 'x')"},
        {"ck_rights_kind", "INSERT INTO rights (code, kind, label) VALUES ('999', 'menu', 'x')"},
        {"uq_role_rights_role_right", "INSERT INTO role_rights (role_id, right_code) SELECT role_id, right_code "
                                      "FROM role_rights LIMIT 1"},
        {"ck_dict_items_editable", "UPDATE dict_items SET editable = 2"},
        {"ck_dict_items_type", "INSERT INTO dict_items (type, item, value) VALUES ('', 'a', 'a')"},
        {"ck_dict_items_item", "INSERT INTO dict_items (type, item, value) VALUES ('t', '', 'a')"},
        {"ck_dict_items_value", "INSERT INTO dict_items (type, item, value) VALUES ('t', 'a', '')"},
        {"uq_dict_items_type_value", "INSERT INTO dict_items (type, item, value) VALUES ('地区', '北京2', '北京')"},
        {"uq_dict_items_type_item", "INSERT INTO dict_items (type, item, value) VALUES ('地区', '北京', 'bj')"},
        {"ck_code_sequences_last_value", "INSERT INTO code_sequences (name, last_value) VALUES ('x', -1)"},
        {"ck_customers_code", "UPDATE customers SET code = '' WHERE id = 200"},
        {"ck_customers_name", "UPDATE customers SET name = '' WHERE id = 200"},
        {"ck_customers_level", "UPDATE customers SET level = 6 WHERE id = 200"},
        {"ck_customers_satisfaction", "UPDATE customers SET satisfaction = 0 WHERE id = 200"},
        {"ck_customers_credit", "UPDATE customers SET credit = 6 WHERE id = 200"},
        {"ck_customers_registered_capital", "UPDATE customers SET registered_capital = -1 WHERE id = 200"},
        {"ck_customers_turnover", "UPDATE customers SET turnover = -5 WHERE id = 200"},
        {"ck_customers_status", "UPDATE customers SET status = 4 WHERE id = 200"},
        {"uq_customers_code", "INSERT INTO customers (code, name, region, manager_id) VALUES "
                              "('KH261122001', 'x', '北京', 100)"},
        {"fk_customers_manager", "UPDATE customers SET manager_id = 999 WHERE id = 200"},
        {"nn_customers_region", "INSERT INTO customers (code, name, manager_id) VALUES ('KH1', 'x', 100)"},
        {"ck_contacts_sex", "INSERT INTO contacts (customer_id, name, sex, position, tel) VALUES "
                            "(200, '王', '男性', '经理', '1')"},
        {"ck_contacts_name", "INSERT INTO contacts (customer_id, name, position, tel) VALUES (200, '', '经理', '1')"},
        {"fk_contacts_customer", "INSERT INTO contacts (customer_id, name, position, tel) VALUES "
                                 "(999, '王', '经理', '1')"},
        {"ck_activities_title", "INSERT INTO activities (customer_id, activity_date, place, title) VALUES "
                                "(200, '2026-01-01', '北京', '')"},
        {"ck_sales_chances_rate", "UPDATE sales_chances SET rate = 101 WHERE id = 500"},
        {"ck_sales_chances_status",
         "UPDATE sales_chances SET status = 5, assigned_to = 100, assigned_at = created_at WHERE id = 500"},
        {"ck_sales_chances_assigned", "UPDATE sales_chances SET status = 2 WHERE id = 500"},
        {"ck_sales_chances_customer_name", "UPDATE sales_chances SET customer_name = '' WHERE id = 500"},
        {"ck_sales_chances_title", "UPDATE sales_chances SET title = '' WHERE id = 500"},
        {"ck_sales_chances_description", "UPDATE sales_chances SET description = '' WHERE id = 500"},
        {"ck_sales_chances_closed", "UPDATE sales_chances SET closed_at = created_at WHERE id = 500"},
        {"ck_sales_chances_customer", "UPDATE sales_chances SET customer_id = 200 WHERE id = 500"},
        {"ck_plan_items_todo", "INSERT INTO plan_items (chance_id, plan_date, todo) VALUES (500, '2026-01-01', '')"},
        {"ck_job_runs_result", "INSERT INTO job_runs (job, started_at, result) VALUES "
                               "('churn', '2026-01-01T00:00:00.000Z', 'maybe')"},
        {"ck_lost_records_status", "UPDATE lost_records SET status = 6 WHERE id = 700"},
        {"ck_lost_records_confirmed", "UPDATE lost_records SET status = 3 WHERE id = 700"},
        {"ck_lost_records_recovered", "UPDATE lost_records SET status = 4 WHERE id = 700"},
        {"uq_lost_records_open", "INSERT INTO lost_records (customer_id, manager_id, reference_date, detected_at) "
                                 "VALUES (200, 100, '2025-01-01', '2026-01-02T00:00:00.000Z')"},
        {"ck_lost_measures_measure", "INSERT INTO lost_measures (lost_record_id, measure, created_by) VALUES "
                                     "(700, '', 100)"},
        {"ck_service_tickets_status", "UPDATE service_tickets SET status = 6, assigned_to = 100 WHERE id = 600"},
        {"ck_service_tickets_satisfaction", "UPDATE service_tickets SET satisfaction = 0 WHERE id = 600"},
        {"ck_service_tickets_assigned", "UPDATE service_tickets SET status = 2 WHERE id = 600"},
        {"ck_service_tickets_title", "UPDATE service_tickets SET title = '' WHERE id = 600"},
        {"ck_service_rounds_round", "INSERT INTO service_rounds (ticket_id, round, handling, handled_by, handled_at) "
                                    "VALUES (600, 0, 'x', 100, '2026-01-01T00:00:00.000Z')"},
        {"ck_service_rounds_satisfaction", "INSERT INTO service_rounds (ticket_id, round, handling, handled_by, "
                                           "handled_at, satisfaction) VALUES (600, 2, 'x', 100, "
                                           "'2026-01-01T00:00:00.000Z', 9)"},
        {"uq_service_rounds_ticket_round", "INSERT INTO service_rounds (ticket_id, round, handling, handled_by, "
                                           "handled_at) VALUES (600, 1, 'x', 100, '2026-01-01T00:00:00.000Z')"},
        {"ck_feed_runs_result", "INSERT INTO feed_runs (started_at, source, result) VALUES "
                                "('2026-01-01T00:00:00.000Z', 'x', 'maybe')"},
        {"ck_feed_runs_dry_run", "INSERT INTO feed_runs (started_at, source, dry_run) VALUES "
                                 "('2026-01-01T00:00:00.000Z', 'x', 3)"},
        {"ck_products_price", "UPDATE products SET price = -1 WHERE id = 300"},
        {"ck_products_product_no", "UPDATE products SET product_no = '' WHERE id = 300"},
        {"uq_products_product_no", "INSERT INTO products (product_no, name, model, price) VALUES ('P-1', 'a', 'b', 1)"},
        {"ck_stock_quantity", "UPDATE stock SET quantity = -1"},
        {"uq_stock_product_warehouse_location", "INSERT INTO stock (product_id, warehouse, location, quantity) "
                                                "VALUES (300, '西直门库', 'EC-D2', 1)"},
        {"ck_orders_status", "UPDATE orders SET status = 7 WHERE id = 400"},
        {"ck_orders_total", "UPDATE orders SET total = -1 WHERE id = 400"},
        {"ck_orders_order_no", "UPDATE orders SET order_no = '' WHERE id = 400"},
        {"uq_orders_order_no", "INSERT INTO orders (order_no, customer_id, order_date, status) VALUES "
                               "('D-1', 200, '2026-01-01', 5)"},
        {"ck_order_lines_quantity", "INSERT INTO order_lines (order_id, product_id, quantity, price) VALUES "
                                    "(400, 300, 0, 100)"},
        {"ck_order_lines_price", "INSERT INTO order_lines (order_id, product_id, quantity, price) VALUES "
                                 "(400, 300, 1, -100)"},
        {"fk_order_lines_product", "INSERT INTO order_lines (order_id, product_id, quantity, price) VALUES "
                                   "(400, 999, 1, 100)"},
        // The fixture's order (status 5) gave customer 200 its row for 2026 through the orders trigger.
        {"ck_customer_year_totals_deleted", "UPDATE customer_year_totals SET deleted = 2 WHERE customer_id = 200"},
        {"audit_log_no_update", "UPDATE audit_log SET action = 'x'"},
        {"audit_log_no_delete", "DELETE FROM audit_log"},
    };
    return rows;
}
} // namespace

class SchemaTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;

private Q_SLOTS:
    void sameShapeOnBothBackends()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("compares both backends; runs in the PostgreSQL pass, which has the server");
        test::TestDatabase pg;
        QVERIFY2(pg.create(), qPrintable(pg.lastError()));
        QVERIFY(Migrator(*pg).migrate());
        QTemporaryDir dir;
        OpenOptions options;
        options.create = true;
        auto lite = Database::open(DatabaseUrl::sqlite(dir.filePath(u"s.db"_s)), options);
        QVERIFY(lite);
        QVERIFY(Migrator(**lite).migrate());

        const auto a = test::readSchema(**lite);
        const auto b = test::readSchema(*pg.db());
        QCOMPARE(a.columns.keys(), b.columns.keys());
        for (auto it = a.columns.cbegin(); it != a.columns.cend(); ++it)
            QCOMPARE(it.value(), b.columns.value(it.key()));
        QCOMPARE(a.primaryKeys, b.primaryKeys);
        QCOMPARE(a.indexes, b.indexes);
        QCOMPARE(a.foreignKeys, b.foreignKeys);
        QCOMPARE(a.checks, b.checks);
        QCOMPARE(a.views, b.views);
        QVERIFY(a.views.contains(u"audit_trail"_s) && a.views.contains(u"dict_usage"_s));
        // PostgreSQL may add triggers SQLite has no use for (TRUNCATE); every SQLite trigger exists on both.
        QVERIFY(QSet<QString>(a.triggers).subtract(b.triggers).isEmpty());
        QVERIFY(a.columns.size() >= 23);
        QVERIFY(a.checks.size() >= 40);
    }

    void constraintRejectsBadRow_data()
    {
        QTest::addColumn<QString>("constraint");
        QTest::addColumn<QString>("sql");
        for (const auto& [constraint, sql] : badRows())
            QTest::newRow(constraint) << QString::fromUtf8(constraint) << QString::fromUtf8(sql);
    }
    void initTestCase() { QVERIFY2(m_db.createInitialized(), qPrintable(m_db.lastError())); }

    void constraintRejectsBadRow()
    {
        QFETCH(QString, constraint);
        QFETCH(QString, sql);
        // Each case runs in its own transaction on one database, rolled back afterwards.
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        const QSqlDatabase c = tx.connection();
        for (const char* fixture : kFixture) {
            const auto made = SqlQuery::run(c, QString::fromUtf8(fixture));
            QVERIFY2(made, qPrintable(made ? QString() : made.error().fullText()));
        }
        const auto bad = SqlQuery::run(c, sql);
        QVERIFY2(!bad, qPrintable(u"accepted: "_s + sql));
        // Named constraints name themselves in the error (SQLite's UNIQUE and NOT NULL messages name
        // the columns instead).
        if (constraint.startsWith(u"ck_"_s) ||
            (constraint.startsWith(u"uq_"_s) && test::backend() == Backend::PostgreSql))
            QVERIFY2(bad.error().detail().contains(constraint), qPrintable(bad.error().detail()));
        if (constraint.startsWith(u"audit_log"_s))
            QVERIFY2(bad.error().detail().contains(u"append-only"_s), qPrintable(bad.error().detail()));
    }

    void everyCheckConstraintIsExercised()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(Migrator(*t).migrate());
        const auto shape = test::readSchema(*t.db());
        QSet<QString> covered;
        for (const auto& [constraint, sql] : badRows())
            covered.insert(QString::fromUtf8(constraint));
        for (const QString& check : shape.checks)
            QVERIFY2(covered.contains(check), qPrintable(u"no bad-row case for "_s + check));
        for (const QString& index : shape.indexes.keys()) {
            if (index.startsWith(u"uq_"_s))
                QVERIFY2(covered.contains(index), qPrintable(u"no bad-row case for "_s + index));
        }
    }
};

QTEST_GUILESS_MAIN(SchemaTest)
#include "SchemaTest.moc"
