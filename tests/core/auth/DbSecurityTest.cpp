// PostgreSQL enforces the rules itself (issue 10): each account is a login role in one group role; GRANTs and
// row-level security decide what a plain psql session with the account's own password may do; changes are
// audited by the database (once for a client change, by the trigger for a psql change); customer codes stay
// unique under concurrent inserts through the accounts' own connections; a stale save gets the conflict.
// On SQLite (one PC, rules in the program) there is nothing to test here.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/DbRoles.h"
#include "auth/UserService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "setup/DemoCompany.h"

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
        const auto admin = SqlQuery::scalar(m_db->connection(),
                                            u"SELECT rolcreaterole AND NOT rolsuper AND NOT rolcreatedb AND NOT "
                                            u"rolbypassrls FROM pg_roles WHERE rolname = :r"_s,
                                            {{u"r"_s, m_prefix + u"admin"_s}});
        QVERIFY(admin->toBool());
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
        // administrator: accounts through CREATEROLE, audit read-only, no business data
        row("admin reads audit", u"admin"_s, u"SELECT count(*) FROM audit_log"_s, Expect::Ok);
        row("admin deletes audit", u"admin"_s, u"DELETE FROM audit_log"_s, Expect::Refused);
        row("admin reads password hashes", u"admin"_s, u"SELECT password_hash FROM users"_s, Expect::Refused);
        row("admin updates customer", u"admin"_s, touchOwn, Expect::Refused);
        row("admin alters a table", u"admin"_s, u"ALTER TABLE users ADD COLUMN x INTEGER"_s, Expect::Refused);
        row("admin creates a login role", u"admin"_s, u"SET ROLE \"{p}admin\"; CREATE ROLE \"{p}u_tmp\" LOGIN"_s,
            Expect::Ok);
        row("admin changes role prefix", u"admin"_s,
            u"UPDATE settings SET value = 'x' WHERE key = 'security.role_prefix'"_s, Expect::NoRows);
    }

    void statementsByRole()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(Expect, expect);
        sql.replace(u"{p}"_s, m_prefix).replace(u"{self}"_s, roleOf(login));
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
