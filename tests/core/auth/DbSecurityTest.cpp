// PostgreSQL enforces the rules itself (issue 10): each account is a login role in one group role; GRANTs and
// row-level security decide what a plain psql session with the account's own password may do; changes are
// audited by the database (once for a client change, by the trigger for a psql change); customer codes stay
// unique under concurrent inserts through the accounts' own connections; a stale save gets the conflict.
// On SQLite (one PC, rules in the program) there is nothing to test here.
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/DbRoles.h"
#include "auth/UserService.h"
#include "basedata/DictionaryService.h"
#include "churn/ChurnScan.h"
#include "churn/ChurnService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "erp/SalesSystemSync.h"
#include "setup/DemoCompany.h"
#include "setup/ReferenceData.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
enum class Expect { Ok, Refused, NoRows };

struct PsqlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Subqueries naming the demo company's rows, so the statements read like the rules they test.
const QString kOthersCustomer = u"(SELECT min(id) FROM customers WHERE manager_id = (SELECT id FROM users WHERE "
                                u"login = 'manager2'))"_s;
const QString kOwnCustomer = u"(SELECT min(id) FROM customers WHERE manager_id = (SELECT id FROM users WHERE "
                             u"login = 'manager1'))"_s;
} // namespace

Q_DECLARE_METATYPE(Expect)

class DbSecurityTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    QString m_prefix;
    QString m_psql;

    QString roleOf(const QString& login) const { return *DbRoles::roleOf(m_db->connection(), login); }

    /// Runs `sql` in a plain psql process logged in as `login`'s own role with the demo password.
    PsqlResult psql(const QString& login, const QString& sql) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, DemoCompany::password());
        env.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
        env.insert(u"LC_MESSAGES"_s, u"C"_s);
        process.setProcessEnvironment(env);
        const DatabaseUrl& url = m_db.url();
        process.start(m_psql,
                      {u"-X"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, url.host(), u"-p"_s,
                       QString::number(url.port()), u"-U"_s, roleOf(login), u"-d"_s, url.databaseName(), u"-c"_s, sql});
        PsqlResult r;
        if (!process.waitForFinished(60000))
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    /// A second client logged in as `login`'s own role (as the app on PostgreSQL is).
    DatabasePtr clientAs(const QString& login) const
    {
        OpenOptions options;
        options.password = DemoCompany::password();
        auto db = Database::open(m_db.url().withUser(roleOf(login)), options);
        return db ? *db : nullptr;
    }

    int auditCount(const QString& entity, qint64 id) const
    {
        return SqlQuery::scalar(m_db->connection(),
                                u"SELECT count(*) FROM audit_log WHERE entity = :e AND record_id = :r"_s,
                                {{u"e"_s, entity}, {u"r"_s, QString::number(id)}})
            ->toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("database-enforced security exists on PostgreSQL only (SQLite: one PC, rules in the program)");
        m_psql = QStandardPaths::findExecutable(u"psql"_s);
        if (m_psql.isEmpty())
            QSKIP("psql is not installed");
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        auto prefix = DbRoles::prefix(m_db->connection());
        QVERIFY(prefix);
        m_prefix = *prefix;
    }

    void accountsAreLoginRolesInOneGroup()
    {
        const QString role = roleOf(u"manager1"_s);
        QCOMPARE(role, m_prefix + u"u_manager1"_s);
        const auto groups = SqlQuery::scalar(m_db->connection(),
                                             u"SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles "
                                             u"g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member WHERE "
                                             u"r.rolname = :r"_s,
                                             {{u"r"_s, role}});
        QCOMPARE(groups->toString(), m_prefix + u"manager"_s);
        // No group creates roles or holds any other role attribute: accounts change through the owner's
        // function only (SPEC §9 item 13: no role with CREATEROLE is reachable by an ordinary login).
        const auto plain =
            SqlQuery::scalar(m_db->connection(),
                             u"SELECT count(*) FROM pg_roles WHERE rolname LIKE :p AND (rolcreaterole OR "
                             u"rolsuper OR rolcreatedb OR rolbypassrls OR rolreplication)"_s,
                             {{u"p"_s, m_prefix + u"%"_s}});
        QCOMPARE(plain->toInt(), 0);
        // The tests run as the owner the admin guide makes: no superuser, CREATEROLE.
        const auto owner =
            SqlQuery::scalar(m_db->connection(), u"SELECT rolcreaterole AND NOT rolsuper FROM pg_roles WHERE rolname = "
                                                 u"current_user"_s);
        QVERIFY(owner->toBool());
    }

    void statementsByRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Expect>("expect");
        const auto row = [](const char* name, const QString& login, const QString& sql, Expect e) {
            QTest::newRow(name) << login << sql << e;
        };
        const QString touchOthers = u"UPDATE customers SET address = address WHERE id = "_s + kOthersCustomer;
        const QString touchOwn = u"UPDATE customers SET address = address WHERE id = "_s + kOwnCustomer;
        // manager: reads shared, writes only their own customers
        row("manager reads all customers", u"manager1"_s, u"SELECT count(*) FROM customers"_s, Expect::Ok);
        row("manager updates own customer", u"manager1"_s, touchOwn, Expect::Ok);
        row("manager updates other's customer", u"manager1"_s, touchOthers, Expect::NoRows);
        row("manager deletes other's customer", u"manager1"_s, u"DELETE FROM customers WHERE id = "_s + kOthersCustomer,
            Expect::NoRows);
        row("manager updates other's contacts", u"manager1"_s,
            u"UPDATE contacts SET memo = memo WHERE customer_id = "_s + kOthersCustomer, Expect::NoRows);
        row("manager reads logins", u"manager1"_s, u"SELECT login, name FROM users"_s, Expect::Ok);
        row("manager reads password hashes", u"manager1"_s, u"SELECT password_hash FROM users"_s, Expect::Refused);
        row("manager changes an account", u"manager1"_s, u"UPDATE users SET role_id = 1"_s, Expect::Refused);
        row("manager reads audit", u"manager1"_s, u"SELECT count(*) FROM audit_log"_s, Expect::Refused);
        row("manager deletes audit", u"manager1"_s, u"DELETE FROM audit_log"_s, Expect::Refused);
        row("manager writes audit", u"manager1"_s,
            u"INSERT INTO audit_log (actor, action, entity) VALUES ('x', 'y', 'z')"_s, Expect::Refused);
        row("manager alters a table", u"manager1"_s, u"ALTER TABLE customers ADD COLUMN x INTEGER"_s, Expect::Refused);
        row("manager creates a table", u"manager1"_s, u"CREATE TABLE t (x INTEGER)"_s, Expect::Refused);
        row("manager grants self admin", u"manager1"_s, u"GRANT \"{p}admin\" TO \"{self}\""_s, Expect::Refused);
        row("manager creates a role", u"manager1"_s, u"CREATE ROLE \"{p}x\""_s, Expect::Refused);
        row("manager sets role admin", u"manager1"_s, u"SET ROLE \"{p}admin\""_s, Expect::Refused);
        // executive: reads what the reports need, writes nothing
        row("executive reads orders", u"executive"_s, u"SELECT count(*) FROM orders"_s, Expect::Ok);
        row("executive reads customers", u"executive"_s, u"SELECT count(*) FROM customers"_s, Expect::Ok);
        row("executive updates customer", u"executive"_s, touchOwn, Expect::Refused);
        row("executive inserts activity", u"executive"_s,
            u"INSERT INTO activities (customer_id, activity_date, place, title) SELECT id, current_date, 'x', 'x' "
            u"FROM customers LIMIT 1"_s,
            Expect::Refused);
        row("executive deletes chances", u"executive"_s, u"DELETE FROM sales_chances"_s, Expect::Refused);
        row("executive changes dictionary", u"executive"_s, u"UPDATE dict_items SET sort_order = 0"_s, Expect::Refused);
        row("executive writes settings", u"executive"_s, u"UPDATE settings SET value = value"_s, Expect::Refused);
        // director: every customer, still no hashes, audit rows or schema
        row("director updates any customer", u"director"_s, touchOthers, Expect::Ok);
        row("director reads password hashes", u"director"_s, u"SELECT password_hash FROM users"_s, Expect::Refused);
        row("director deletes audit", u"director"_s, u"DELETE FROM audit_log"_s, Expect::Refused);
        row("director drops a table", u"director"_s, u"DROP TABLE stock"_s, Expect::Refused);
        // administrator: accounts only through the owner's function, the audit trail without business values, no
        // business data at all (SPEC §9 items 12, 13)
        row("admin reads the audit trail", u"admin"_s, u"SELECT count(*) FROM audit_trail"_s, Expect::Ok);
        row("admin reads raw audit values", u"admin"_s, u"SELECT before, after FROM audit_log"_s, Expect::Refused);
        row("admin deletes audit", u"admin"_s, u"DELETE FROM audit_log"_s, Expect::Refused);
        row("admin reads password hashes", u"admin"_s, u"SELECT password_hash FROM users"_s, Expect::Refused);
        row("admin reads customers", u"admin"_s, u"SELECT count(*) FROM customers"_s, Expect::Refused);
        row("admin reads customer names", u"admin"_s, u"SELECT name FROM customers"_s, Expect::Refused);
        row("admin reads contacts", u"admin"_s, u"SELECT count(*) FROM contacts"_s, Expect::Refused);
        row("admin reads activities", u"admin"_s, u"SELECT count(*) FROM activities"_s, Expect::Refused);
        row("admin reads orders", u"admin"_s, u"SELECT count(*) FROM orders"_s, Expect::Refused);
        row("admin reads order lines", u"admin"_s, u"SELECT count(*) FROM order_lines"_s, Expect::Refused);
        row("admin reads yearly totals", u"admin"_s, u"SELECT count(*) FROM customer_year_totals"_s, Expect::Refused);
        row("admin reads chances", u"admin"_s, u"SELECT count(*) FROM sales_chances"_s, Expect::Refused);
        row("admin reads plans", u"admin"_s, u"SELECT count(*) FROM plan_items"_s, Expect::Refused);
        row("admin reads tickets", u"admin"_s, u"SELECT count(*) FROM service_tickets"_s, Expect::Refused);
        row("admin reads service rounds", u"admin"_s, u"SELECT count(*) FROM service_rounds"_s, Expect::Refused);
        row("admin reads churn records", u"admin"_s, u"SELECT count(*) FROM lost_records"_s, Expect::Refused);
        row("admin reads churn measures", u"admin"_s, u"SELECT count(*) FROM lost_measures"_s, Expect::Refused);
        row("admin reads record history", u"admin"_s, u"SELECT count(*) FROM record_history"_s, Expect::Refused);
        row("admin counts dictionary use", u"admin"_s, u"SELECT count(*) FROM dict_usage"_s, Expect::Ok);
        row("admin updates customer", u"admin"_s, touchOwn, Expect::Refused);
        row("admin writes orders", u"admin"_s, u"DELETE FROM order_lines"_s, Expect::Refused);
        row("admin alters a table", u"admin"_s, u"ALTER TABLE users ADD COLUMN x INTEGER"_s, Expect::Refused);
        row("admin creates a role", u"admin"_s, u"CREATE ROLE \"{p}u_tmp\" LOGIN"_s, Expect::Refused);
        row("admin creates a role as the group", u"admin"_s, u"SET ROLE \"{p}admin\"; CREATE ROLE \"{p}u_tmp\" LOGIN"_s,
            Expect::Refused);
        row("admin grants self the owner", u"admin"_s, u"GRANT \"{owner}\" TO \"{self}\""_s, Expect::Refused);
        row("admin grants self director", u"admin"_s, u"GRANT \"{p}director\" TO \"{self}\""_s, Expect::Refused);
        row("admin alters a manager's login", u"admin"_s, u"ALTER ROLE \"{p}u_manager1\" PASSWORD 'Taken-Over-1'"_s,
            Expect::Refused);
        row("admin renames an account's login role", u"admin"_s,
            u"UPDATE users SET db_role = '{owner}' WHERE login = 'manager1'"_s, Expect::Refused);
        row("admin changes role prefix", u"admin"_s,
            u"UPDATE settings SET value = 'x' WHERE key = 'security.role_prefix'"_s, Expect::NoRows);
        // the account functions are the owner's and the administrator's only
        row("manager applies an account", u"manager1"_s, u"SELECT ketong_account_apply(1, NULL)"_s, Expect::Refused);
        row("manager runs churn scan for 2099", u"manager1"_s,
            u"SELECT * FROM ketong_churn_scan('2099-01-01', 6, now(), NULL, 'x', 'UTC')"_s, Expect::Refused);
        row("executive runs churn scan over 1 month", u"executive"_s,
            u"SELECT * FROM ketong_churn_scan(current_date, 1, now(), NULL, 'x', 'UTC')"_s, Expect::Refused);
    }

    void statementsByRole()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(Expect, expect);
        sql.replace(u"{p}"_s, m_prefix)
            .replace(u"{self}"_s, roleOf(login))
            .replace(u"{owner}"_s, test::postgresOwner());
        const PsqlResult r = psql(login, sql);
        const QString said = r.out + r.err;
        switch (expect) {
        case Expect::Ok:
            QVERIFY2(r.exitCode == 0, qPrintable(said));
            QVERIFY2(!r.out.contains(u" 0\n"_s) || r.out.contains(u"count"_s), qPrintable(said));
            break;
        case Expect::Refused:
            QVERIFY2(r.exitCode != 0, qPrintable(u"expected a refusal, got: "_s + said));
            QVERIFY2(r.err.contains(u"permission denied"_s) || r.err.contains(u"must be owner"_s) ||
                         r.err.contains(u"policy"_s) || r.err.contains(u"must have admin option"_s),
                     qPrintable(said));
            break;
        case Expect::NoRows:
            QVERIFY2(r.exitCode == 0, qPrintable(said));
            QVERIFY2(r.out.contains(u"UPDATE 0"_s) || r.out.contains(u"DELETE 0"_s), qPrintable(said));
            break;
        }
    }

    void psqlChangeIsAuditedByTrigger()
    {
        const qint64 id = SqlQuery::scalar(m_db->connection(), u"SELECT "_s + kOwnCustomer)->toLongLong();
        const int before = auditCount(u"customers"_s, id);
        const PsqlResult r =
            psql(u"manager1"_s, u"UPDATE customers SET address = 'psql 改的地址' WHERE id = %1"_s.arg(id));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(auditCount(u"customers"_s, id), before + 1);
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT actor, action, after, txid FROM audit_log WHERE entity = 'customers' AND record_id = :r "
                  u"ORDER BY id DESC LIMIT 1"_s);
        q.bind(u":r"_s, QString::number(id));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"manager1"_s);
        QCOMPARE(q.value(1).toString(), u"update"_s);
        QVERIFY(q.value(2).toString().contains(u"psql 改的地址"_s));
        QVERIFY(!q.value(3).isNull());
    }

    void clientChangeIsAuditedOnce()
    {
        DatabasePtr client = clientAs(u"manager1"_s);
        QVERIFY(client);
        SystemClock clock;
        auto session = AuthService(*client, clock).login(u"manager1"_s, DemoCompany::password());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().fullText()));
        const qint64 id = SqlQuery::scalar(m_db->connection(), u"SELECT "_s + kOwnCustomer)->toLongLong();
        CustomerService service(*client, clock, *session);
        auto customer = service.load(id);
        QVERIFY(customer);
        customer->address = u"客户端改的地址"_s;
        const int before = auditCount(u"customers"_s, id);
        auto saved = service.update(*customer);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
        QCOMPARE(auditCount(u"customers"_s, id), before + 1);
        // The client cannot claim to be someone else: the entry names the login role's account.
        const auto actor = SqlQuery::scalar(m_db->connection(),
                                            u"SELECT actor FROM audit_log WHERE entity = 'customers' AND record_id = "
                                            u":r ORDER BY id DESC LIMIT 1"_s,
                                            {{u"r"_s, QString::number(id)}});
        QCOMPARE(actor->toString(), u"manager1"_s);
        // Through the client, manager1 cannot save a customer of manager2 either (the policy, not the program).
        const qint64 others = SqlQuery::scalar(m_db->connection(), u"SELECT "_s + kOthersCustomer)->toLongLong();
        const auto changed = SqlQuery::run(client->connection(), u"UPDATE customers SET address = 'x' WHERE id = :id"_s,
                                           {{u"id"_s, others}});
        QVERIFY(changed);
        QCOMPARE(*changed, 0);
    }

    void codesStayUniqueWithEightClients()
    {
        constexpr int Clients = 8;
        constexpr int PerClient = 5;
        SystemClock clock;
        const QString login = u"manager1"_s;
        const qint64 managerId =
            SqlQuery::scalar(m_db->connection(), u"SELECT id FROM users WHERE login = 'manager1'"_s)->toLongLong();
        const int before = SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM customers"_s)->toInt();
        QList<DatabasePtr> clients;
        for (int k = 0; k < Clients; ++k) {
            clients << clientAs(login);
            QVERIFY(clients.constLast());
        }
        const auto session = AuthService(*clients.first(), clock).sessionFor(login);
        QVERIFY(session);
        QList<QStringList> failures(Clients);
        QList<QThread*> threads;
        for (int k = 0; k < Clients; ++k) {
            threads << QThread::create([&, k] {
                CustomerService service(*clients.at(k), clock, *session);
                for (int i = 0; i < PerClient; ++i) {
                    Customer c;
                    c.name = u"并发客户%1-%2"_s.arg(k).arg(i);
                    c.region = u"北京"_s;
                    c.managerId = managerId;
                    c.tel = u"010-6234%1%2"_s.arg(k).arg(i, 3, 10, QLatin1Char('0'));
                    if (auto r = service.create(c); !r)
                        failures[k] << r.error().fullText();
                }
                clients.at(k)->releaseThreadConnection();
            });
        }
        for (QThread* thread : std::as_const(threads))
            thread->start();
        for (QThread* thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QStringList all;
        for (const QStringList& f : std::as_const(failures))
            all << f;
        QVERIFY2(all.isEmpty(), qPrintable(all.join(u"\n"_s)));
        const auto c = m_db->connection();
        QCOMPARE(SqlQuery::scalar(c, u"SELECT count(*) FROM customers"_s)->toInt(), before + Clients * PerClient);
        QCOMPARE(SqlQuery::scalar(c, u"SELECT count(DISTINCT code) FROM customers"_s)->toInt(),
                 before + Clients * PerClient);
        // One entry each, the program's (ketong_audit_many, which the group may call; the deferred trigger saw
        // it and wrote none), stamped with the login role's account.
        const QString entries = u"SELECT count(*) FROM audit_log a JOIN customers x ON a.entity = 'customers' AND "
                                u"a.record_id = CAST(x.id AS TEXT) WHERE x.name LIKE '并发客户%' %1"_s;
        QCOMPARE(SqlQuery::scalar(c, entries.arg(QString()))->toInt(), Clients * PerClient);
        QCOMPARE(SqlQuery::scalar(c, entries.arg(u"AND a.actor = 'manager1' AND a.action = 'create'"_s))->toInt(),
                 Clients * PerClient);
    }

    void clientLogsInAsItsOwnRole()
    {
        SystemClock clock;
        qputenv("KETONG_ROLE_PREFIX", m_prefix.toUtf8());
        const DatabaseUrl url = m_db.url().withUser(QString()); // the stored URL names no user, no password
        auto wrong = AuthService::loginToServer(url, clock, u"manager1"_s, u"not-the-password"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::AuthFailed);
        QCOMPARE(AuthService::loginToServer(url, clock, u"nobody"_s, u"demo"_s).error().code(), ErrorCode::AuthFailed);
        auto login = AuthService::loginToServer(url, clock, u"manager1"_s, DemoCompany::password());
        QVERIFY2(login, qPrintable(login ? QString() : login.error().fullText()));
        QCOMPARE(login->session.login(), u"manager1"_s);
        QCOMPARE(login->db->connectedUser(), m_prefix + u"u_manager1"_s);
        QCOMPARE(*DbRoles::connectedAccount(login->db->connection()), login->session.userId());
        const auto stamped =
            SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'login' AND actor = "
                                                 u"'manager1'"_s);
        QVERIFY(stamped->toInt() >= 1);
        qunsetenv("KETONG_ROLE_PREFIX");
    }

    void administratorManagesLoginRoles()
    {
        // The administrator's own connection creates, resets and disables accounts: CREATE ROLE / ALTER ROLE
        // through its group's CREATEROLE, in the same transaction as the users row.
        SystemClock clock;
        DatabasePtr admin = clientAs(u"admin"_s);
        QVERIFY(admin);
        auto session = AuthService(*admin, clock).login(u"admin"_s, DemoCompany::password());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().fullText()));
        UserService users(*admin, clock, *session);
        const auto roleId = users.builtinRoleId(RoleKind::Executive);
        QVERIFY(roleId);
        auto id = users.create({u"zhouqi"_s, u"周琦"_s, *roleId, u"Quiet-River-58"_s, false});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        const QString role = roleOf(u"zhouqi"_s);
        QCOMPARE(role, m_prefix + u"u_zhouqi"_s);
        // The new account logs in with its own password, as the server checks it.
        OpenOptions options;
        options.password = u"Quiet-River-58"_s;
        QVERIFY(Database::open(m_db.url().withUser(role), options));
        QCOMPARE(DbRoles::checkPassword(*m_db, role, u"wrong-password-1"_s), DbRoles::PasswordCheck::Refused);
        // Disabled: NOLOGIN; the app says "disabled" only to the right password.
        QVERIFY(users.setActive(u"zhouqi"_s, false));
        QCOMPARE(DbRoles::checkPassword(*m_db, role, u"Quiet-River-58"_s), DbRoles::PasswordCheck::LoginDisabled);
        QCOMPARE(AuthService(*m_db, clock).login(u"zhouqi"_s, u"Quiet-River-58"_s).error().code(),
                 ErrorCode::AccountDisabled);
        QVERIFY(users.setActive(u"zhouqi"_s, true));
        QVERIFY(users.resetPassword(u"zhouqi"_s, u"Silver-Cloud-73"_s, false));
        options.password = u"Silver-Cloud-73"_s;
        QVERIFY(Database::open(m_db.url().withUser(role), options));
        // The audit names the administrator, whatever the client sent.
        const auto actor = SqlQuery::scalar(m_db->connection(),
                                            u"SELECT actor FROM audit_log WHERE entity = 'users' AND record_id = :r "
                                            u"AND action = 'create'"_s,
                                            {{u"r"_s, QString::number(*id)}});
        QCOMPARE(actor->toString(), u"admin"_s);
    }

    void reassignedWarningsFollowTheNewManager()
    {
        // SPEC §9 item 14: open warnings follow the customer's manager, so the new manager acts on them through
        // the program and through psql with their own login, and the old one no longer can.
        const QSqlDatabase owner = m_db->connection();
        const auto idOf = [&](const QString& login) {
            return SqlQuery::scalar(owner, u"SELECT id FROM users WHERE login = :l"_s, {{u"l"_s, login}})->toLongLong();
        };
        const qint64 manager1 = idOf(u"manager1"_s);
        const qint64 manager2 = idOf(u"manager2"_s);
        SqlQuery made(owner);
        made.prepare(u"INSERT INTO lost_records (customer_id, manager_id, reference_date, detected_at, status) SELECT "
                     u"c.id, c.manager_id, '2025-01-01', now(), 1 FROM customers c WHERE c.manager_id = :m AND "
                     u"c.status = 1 AND NOT EXISTS (SELECT 1 FROM lost_records r WHERE r.customer_id = c.id AND "
                     u"r.status IN (1, 2)) ORDER BY c.id DESC LIMIT 2 RETURNING id, customer_id"_s);
        made.bind(u":m"_s, manager1);
        QVERIFY(made.exec());
        QList<std::pair<qint64, qint64>> warnings; // record, customer
        while (made.next())
            warnings.append({made.value(0).toLongLong(), made.value(1).toLongLong()});
        made.finish();
        QCOMPARE(warnings.size(), 2);

        SystemClock clock;
        DatabasePtr director = clientAs(u"director"_s);
        QVERIFY(director);
        auto directorSession = AuthService(*director, clock).login(u"director"_s, DemoCompany::password());
        QVERIFY(directorSession);
        auto moved = CustomerService(*director, clock, *directorSession)
                         .reassign({warnings.at(0).second, warnings.at(1).second}, manager2);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().fullText()));
        QCOMPARE(*moved, 2);
        for (const auto& [record, customer] : std::as_const(warnings))
            QCOMPARE(
                SqlQuery::scalar(owner, u"SELECT manager_id FROM lost_records WHERE id = :id"_s, {{u"id"_s, record}})
                    ->toLongLong(),
                manager2);

        // Through the program, on manager2's own login: 暂缓 then 确认.
        DatabasePtr client = clientAs(u"manager2"_s);
        QVERIFY(client);
        auto session = AuthService(*client, clock).login(u"manager2"_s, DemoCompany::password());
        QVERIFY(session);
        ChurnService churn(*client, clock, *session);
        auto first = churn.load(warnings.at(0).first);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().fullText()));
        auto delayed = churn.delay(first->id, u"电话回访，约下周见面"_s, first->version);
        QVERIFY2(delayed, qPrintable(delayed ? QString() : delayed.error().fullText()));
        auto again = churn.load(first->id);
        auto confirmed = churn.confirm(again->id, u"客户转向竞争对手"_s, again->version);
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().fullText()));
        QCOMPARE(churn.load(first->id)->status, LostStatus::Lost);

        // Through psql, with manager2's own password: the policies let them, and no longer manager1.
        const QString second = QString::number(warnings.at(1).first);
        PsqlResult old = psql(u"manager1"_s, u"UPDATE lost_records SET reason = reason WHERE id = "_s + second);
        QVERIFY2(old.exitCode == 0 && old.out.contains(u"UPDATE 0"_s), qPrintable(old.out + old.err));
        PsqlResult delay =
            psql(u"manager2"_s, u"INSERT INTO lost_measures (lost_record_id, measure, created_by) VALUES "
                                u"(%1, 'psql 回访', %2); UPDATE lost_records SET status = 2 WHERE id = %1"_s.arg(second)
                                    .arg(manager2));
        QVERIFY2(delay.exitCode == 0 && delay.out.contains(u"UPDATE 1"_s), qPrintable(delay.out + delay.err));
        PsqlResult confirm = psql(u"manager2"_s, u"UPDATE lost_records SET status = 3, lost_date = now(), reason = "
                                                 u"'psql 确认' WHERE id = "_s +
                                                     second);
        QVERIFY2(confirm.exitCode == 0 && confirm.out.contains(u"UPDATE 1"_s), qPrintable(confirm.out + confirm.err));
    }

    void administratorSeesNoCustomerDataThroughTheProgram()
    {
        SystemClock clock;
        DatabasePtr admin = clientAs(u"admin"_s);
        QVERIFY(admin);
        auto session = AuthService(*admin, clock).login(u"admin"_s, DemoCompany::password());
        QVERIFY(session);
        // The audit page: who, when, which customer and which fields, never the values.
        AuditFilter filter;
        filter.entity = u"customers"_s;
        auto entries = AuditQuery(*admin, *session).search(filter, 50);
        QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().fullText()));
        QVERIFY(!entries->isEmpty());
        for (const AuditEntry& e : std::as_const(*entries)) {
            QVERIFY(e.valuesHidden);
            for (const QJsonObject& side : {e.before, e.after})
                for (auto it = side.begin(); it != side.end(); ++it)
                    QVERIFY2(it.value().isNull(), qPrintable(it.key()));
        }
        // Its own entries (accounts) keep their values.
        filter.entity = u"users"_s;
        auto accounts = AuditQuery(*admin, *session).search(filter, 5);
        QVERIFY(accounts && !accounts->isEmpty() && !accounts->first().valuesHidden);
        // The dictionary page counts uses of a region without reading customers.
        DictionaryService dictionary(*admin, clock, *session);
        const QString region =
            SqlQuery::scalar(m_db->connection(), u"SELECT region FROM customers GROUP BY region ORDER BY count(*) DESC "
                                                 u"LIMIT 1"_s)
                ->toString();
        auto uses = dictionary.usageCount(DictType::Region, region);
        QVERIFY2(uses, qPrintable(uses ? QString() : uses.error().fullText()));
        QCOMPARE(*uses, SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM customers WHERE region = :r"_s,
                                         {{u"r"_s, region}})
                            ->toLongLong());
        // "Check churn now": the rule runs in the owner's function; the administrator learns counts, not names.
        auto scan = ChurnScan(*admin, clock, *session).run();
        QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().fullText()));
        QVERIFY(scan->flagged.isEmpty());
        // The sales-system feed is the owner's job on the server.
        QCOMPARE(SalesSystemSync::canRun(*admin, *session).error().code(), ErrorCode::Forbidden);
    }

    void everyAccountsCatchUpScanRuns()
    {
        // The catch-up after login is the scheduled job's run, whoever logs in: on an account manager's or the
        // executive's own login it runs through the owner's function (their own grants could not write it).
        SystemClock clock;
        for (const QString& login : {u"manager3"_s, u"executive"_s}) {
            DatabasePtr client = clientAs(login);
            QVERIFY(client);
            // Every open warning closed (as recovered), so that the scan has customers of every manager to flag.
            QVERIFY(SqlQuery::run(m_db->connection(), u"UPDATE lost_records SET status = 4, recovered_at = now() "
                                                      u"WHERE status IN (1, 2)"_s));
            auto scan = ChurnScan(*client, clock, Session::system()).run();
            QVERIFY2(scan, qPrintable(login + u": "_s + (scan ? QString() : scan.error().fullText())));
            QVERIFY2(scan->flaggedCount > 0, qPrintable(login));
        }
    }

    void secondEditorGetsTheConflict()
    {
        SystemClock clock;
        DatabasePtr first = clientAs(u"manager1"_s);
        DatabasePtr second = clientAs(u"manager1"_s);
        QVERIFY(first && second);
        const auto session = AuthService(*first, clock).sessionFor(u"manager1"_s);
        QVERIFY(session);
        const qint64 id = SqlQuery::scalar(m_db->connection(), u"SELECT "_s + kOwnCustomer)->toLongLong();
        auto a = CustomerService(*first, clock, *session).load(id);
        auto b = CustomerService(*second, clock, *session).load(id);
        QVERIFY(a && b);
        a->address = u"第一个客户端"_s;
        b->address = u"第二个客户端"_s;
        QVERIFY(CustomerService(*first, clock, *session).update(*a));
        auto late = CustomerService(*second, clock, *session).update(*b);
        QVERIFY(!late);
        QCOMPARE(late.error().code(), ErrorCode::Conflict);
        QVERIFY(late.error().message().contains(u"manager1"_s) || late.error().message().contains(u"李明"_s));
        QCOMPARE(CustomerService(*second, clock, *session).load(id)->address, u"第一个客户端"_s);
    }
};

QTEST_GUILESS_MAIN(DbSecurityTest)
#include "DbSecurityTest.moc"
