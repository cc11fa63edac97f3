// init: refuses a second run, loads the dictionary and roles, and the demo company has what CLI.md
// promises (on both backends).
#include "setup/Setup.h"
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/DbRoles.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "setup/DemoCompany.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class SetupTest : public QObject
{
    Q_OBJECT

    static qint64 count(const test::TestDatabase& t, const QString& sql)
    {
        const auto r = SqlQuery::scalar(t->connection(), sql);
        return r ? r->toLongLong() : -1;
    }

private Q_SLOTS:
    void initTwiceRefused()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        const SystemClock clock;
        const auto again = Setup::initialize(*t, clock, {});
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
        QCOMPARE(count(t, u"SELECT count(*) FROM roles"_s), 4);
    }

    void failedInitLeavesNothing()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        Setup::Options options;
        options.adminLogin = u"root"_s;
        options.adminPassword = u"short"_s; // refused by the password policy
        QVERIFY(!Setup::initialize(*t, SystemClock(), options));
        QCOMPARE(Migrator(*t).hasAnyTable().value(), false);
        options.adminPassword = u"Long-Enough-Secret-7"_s;
        QVERIFY(Setup::initialize(*t, SystemClock(), options));
        QCOMPARE(count(t, u"SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id WHERE r.kind = 'admin'"_s),
                 1);
    }

    void initAsTheOwnerOnAServerWhoseRolesAreTaken()
    {
        // Role names belong to the whole server: a second Ketong database with the same prefix is refused with what
        // to do, before anything is written; with its own prefix it initialises, as the owner the guide makes.
        if (test::backend() != Backend::PostgreSql)
            QSKIP("roles exist on PostgreSQL only");
        test::TestDatabase first;
        QVERIFY2(first.createInitialized(), qPrintable(first.lastError()));
        const QString taken = DbRoles::prefix(first->connection()).value();
        test::TestDatabase second;
        QVERIFY2(second.create(), qPrintable(second.lastError()));
        Setup::Options options;
        options.rolePrefix = taken;
        const auto refused = Setup::initialize(*second, SystemClock(), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::AlreadyExists);
        const QString message = refused.error().message();
        QVERIFY2(message.contains(taken + u"admin"_s) && message.contains(u"--role-prefix"_s) &&
                     message.contains(u"KETONG_ROLE_PREFIX"_s),
                 qPrintable(message));
        QCOMPARE(Migrator(*second).hasAnyTable().value(), false);
        // ketongctl says the same, not a raw server error; a malformed prefix is refused as such.
        const QString url = second.url().toString();
        const auto ctl = test::runCtl({u"init"_s, u"--role-prefix"_s, taken, u"--database"_s, url});
        QVERIFY(ctl.exitCode != 0);
        QVERIFY2(ctl.err.contains(u"--role-prefix"_s) && ctl.err.contains(taken + u"admin"_s), qPrintable(ctl.err));
        const auto bad = test::runCtl({u"init"_s, u"--role-prefix"_s, u"Bad Prefix"_s, u"--database"_s, url});
        QVERIFY2(bad.exitCode != 0 && bad.err.contains(u"kttrain_"_s), qPrintable(bad.err));
        // Its own prefix: init works as the owner, whose login is no superuser.
        QVERIFY(!SqlQuery::scalar(second->connection(), u"SELECT rolsuper FROM pg_roles WHERE rolname = "
                                                        u"current_user"_s)
                     ->toBool());
        const auto made = test::runCtl({u"init"_s, u"--role-prefix"_s, taken + u"two_"_s, u"--database"_s, url});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(DbRoles::prefix(second->connection()).value(), taken + u"two_"_s);
        QCOMPARE(SqlQuery::scalar(second->connection(), u"SELECT count(*) FROM pg_roles WHERE rolname = :r"_s,
                                  {{u"r"_s, taken + u"two_admin"_s}})
                     ->toInt(),
                 1);
    }

    void dictionaryDefaults()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        QCOMPARE(count(t, u"SELECT count(*) FROM dict_items WHERE type = '企业客户等级' AND editable = 0"_s), 5);
        QCOMPARE(count(t, u"SELECT count(*) FROM dict_items WHERE type = '服务类型' AND editable = 1"_s), 3);
        QCOMPARE(count(t, u"SELECT count(*) FROM dict_items WHERE type = '地区'"_s), 5);
        QCOMPARE(count(t, u"SELECT count(*) FROM dict_items WHERE type = '客户满意度' AND value IN "
                          u"('1','2','3','4','5')"_s),
                 5);
        QCOMPARE(SqlQuery::scalar(t->connection(),
                                  u"SELECT item FROM dict_items WHERE type = '企业客户等级' AND value = '5'"_s)
                     ->toString(),
                 u"战略合作伙伴"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM users"_s), 0); // no account with a known password
    }

    void demoCompany()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const QDate today = SystemClock().today();
        // About 200 customers over the five regions.
        QCOMPARE(count(t, u"SELECT count(*) FROM customers"_s), DemoCompany::CustomerCount);
        QCOMPARE(count(t, u"SELECT count(DISTINCT region) FROM customers"_s), 5);
        QVERIFY(count(t, u"SELECT count(DISTINCT customer_id) FROM contacts"_s) == DemoCompany::CustomerCount);
        QVERIFY(count(t, u"SELECT count(*) FROM activities"_s) > 200);
        // ~3,000 orders over the last 30 months, most shipped or paid.
        const qint64 orders = count(t, u"SELECT count(*) FROM orders"_s);
        QVERIFY2(orders > 2500 && orders <= 3000, qPrintable(QString::number(orders)));
        QVERIFY(count(t, u"SELECT count(*) FROM orders WHERE status IN (5, 6)"_s) > orders * 8 / 10);
        QVERIFY(count(t, u"SELECT count(*) FROM orders WHERE status < 5"_s) > 0);
        QVERIFY(count(t, u"SELECT count(*) FROM order_lines"_s) > orders);
        const auto oldest = SqlQuery::scalar(t->connection(), u"SELECT min(order_date) FROM orders"_s);
        QVERIFY(QDate::fromString(oldest->toString().left(10), Qt::ISODate) >= today.addMonths(-30).addDays(-1));
        // Some active customers have been silent for more than six months (the churn scan finds them).
        SqlQuery silent(t->connection());
        silent.prepare(u"SELECT count(*) FROM customers c WHERE c.status = 1 AND EXISTS (SELECT 1 FROM orders o WHERE "
                       u"o.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND "
                       u"o.status IN (5, 6) AND o.order_date >= :cut)"_s);
        silent.bind(u":cut"_s, today.addMonths(-6));
        QVERIFY(silent.exec() && silent.next());
        QVERIFY2(silent.value(0).toInt() >= 10, qPrintable(silent.value(0).toString()));
        // Products and stock.
        QVERIFY(count(t, u"SELECT count(*) FROM products"_s) >= 10);
        QVERIFY(count(t, u"SELECT count(*) FROM stock"_s) >= 10);
        // Chances and tickets in every status; confirmed losses.
        QCOMPARE(count(t, u"SELECT count(DISTINCT status) FROM sales_chances"_s), 4);
        QVERIFY(count(t, u"SELECT count(*) FROM plan_items"_s) > 0);
        QCOMPARE(count(t, u"SELECT count(DISTINCT status) FROM service_tickets"_s), 4); // 1, 2, 3, 5
        QCOMPARE(count(t, u"SELECT count(DISTINCT type) FROM service_tickets"_s), 3);
        QVERIFY(count(t, u"SELECT count(*) FROM lost_records WHERE status = 3"_s) > 0);
        // Spread like a real company's: chances from every region, tickets of customers in every region,
        // losses of all three managers over more than one year, open warnings with retention measures.
        QVERIFY(count(t, u"SELECT count(DISTINCT substr(customer_name, 1, 2)) FROM sales_chances"_s) >= 5);
        QCOMPARE(count(t, u"SELECT count(DISTINCT c.region) FROM service_tickets s JOIN customers c ON c.id = "
                          u"s.customer_id"_s),
                 5);
        QCOMPARE(count(t, u"SELECT count(DISTINCT manager_id) FROM lost_records WHERE status = 3"_s), 3);
        QCOMPARE(count(t, u"SELECT count(DISTINCT manager_id) FROM lost_records WHERE status IN (1, 2)"_s), 3);
        QVERIFY(count(t, u"SELECT count(DISTINCT substr(CAST(lost_date AS TEXT), 1, 4)) FROM lost_records WHERE "
                         u"status = 3"_s) >= 2);
        QVERIFY(count(t, u"SELECT count(*) FROM lost_records r WHERE r.status = 2 AND EXISTS (SELECT 1 FROM "
                         u"lost_measures m WHERE m.lost_record_id = r.id)"_s) > 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM lost_records r WHERE r.status = 2 AND NOT EXISTS (SELECT 1 FROM "
                          u"lost_measures m WHERE m.lost_record_id = r.id)"_s),
                 0);
        // Every record's customer stopped ordering before it was flagged, and a lost customer is 流失.
        QCOMPARE(count(t, u"SELECT count(*) FROM lost_records r WHERE EXISTS (SELECT 1 FROM orders o WHERE "
                          u"o.customer_id = r.customer_id AND o.status IN (5, 6) AND o.order_date > "
                          u"r.last_order_date)"_s),
                 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM lost_records r JOIN customers c ON c.id = r.customer_id WHERE "
                          u"r.status = 3 AND c.status <> 2"_s),
                 0);
        // Order totals are the sums of their lines.
        QCOMPARE(count(t, u"SELECT count(*) FROM orders o WHERE total <> (SELECT COALESCE(SUM(quantity * price), 0) "
                          u"FROM order_lines l WHERE l.order_id = o.id)"_s),
                 0);
        // Chinese names.
        const auto name = SqlQuery::scalar(t->connection(), u"SELECT name FROM customers ORDER BY id LIMIT 1"_s);
        QCOMPARE(name->toString(), u"北京聪海信息科技有限公司"_s);
        // One account per role, all with the password "demo".
        const SystemClock clock;
        AuthService auth(*t, clock);
        for (const auto& [login, kind] :
             {std::pair{u"admin"_s, RoleKind::Admin}, std::pair{u"director"_s, RoleKind::Director},
              std::pair{u"manager1"_s, RoleKind::Manager}, std::pair{u"manager2"_s, RoleKind::Manager},
              std::pair{u"manager3"_s, RoleKind::Manager}, std::pair{u"executive"_s, RoleKind::Executive}}) {
            const auto session = auth.login(login, DemoCompany::password());
            QVERIFY2(session, qPrintable(login));
            QCOMPARE(session->kind(), kind);
        }
    }

    void demoIsDeterministic()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        QVERIFY2(a.createInitialized(true), qPrintable(a.lastError()));
        QVERIFY2(b.createInitialized(true), qPrintable(b.lastError()));
        const QString digest = u"SELECT count(*) || ':' || sum(total) || ':' || max(order_no) FROM orders"_s;
        QCOMPARE(SqlQuery::scalar(a->connection(), digest)->toString(),
                 SqlQuery::scalar(b->connection(), digest)->toString());
        QCOMPARE(SqlQuery::scalar(a->connection(), u"SELECT max(name) || min(name) FROM customers"_s)->toString(),
                 SqlQuery::scalar(b->connection(), u"SELECT max(name) || min(name) FROM customers"_s)->toString());
    }
};

QTEST_GUILESS_MAIN(SetupTest)
#include "SetupTest.moc"
