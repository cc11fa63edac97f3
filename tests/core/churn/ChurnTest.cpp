// The churn scan of SPEC §9 item 4 at its boundaries, idempotence, recovery, one runner at a time on
// PostgreSQL; retention measures and confirmed losses as a state machine with rights; the weekly catch-up.
#include "TestDatabase.h"
#include "churn/ChurnService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "home/TaskSummary.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
QDateTime localNoon(const QDate& d)
{
    return QDateTime(d, QTime(12, 0), Qt::LocalTime).toUTC();
}
QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

class ChurnTest : public QObject
{
    Q_OBJECT

    qint64 m_m1 = 0, m_m2 = 0;
    const ManualClock m_clock{QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC)};

    /// A database with accounts m1, m2 (managers), boss (director), exec (executive), root (admin).
    bool prepare(test::TestDatabase& t)
    {
        if (!t.createInitialized())
            return false;
        const QSqlDatabase c = t->connection();
        for (const auto& [login, kind] :
             {std::pair{"m1", "manager"}, std::pair{"m2", "manager"}, std::pair{"boss", "director"},
              std::pair{"exec", "executive"}, std::pair{"root", "admin"}}) {
            if (!SqlQuery::run(c,
                               u"INSERT INTO users (login, name, role_id, password_hash) SELECT :l, :l, id, 'x' "
                               u"FROM roles WHERE kind = :k AND builtin = 1"_s,
                               {{u"l"_s, QString::fromLatin1(login)}, {u"k"_s, QString::fromLatin1(kind)}}))
                return false;
        }
        m_m1 = SqlQuery::scalar(c, u"SELECT id FROM users WHERE login = 'm1'"_s)->toLongLong();
        m_m2 = SqlQuery::scalar(c, u"SELECT id FROM users WHERE login = 'm2'"_s)->toLongLong();
        return true;
    }

    static qint64 addCustomer(const test::TestDatabase& t, const QString& name, const QDate& created, qint64 manager,
                              int status = 1)
    {
        return SqlQuery::scalar(t->connection(),
                                u"INSERT INTO customers (code, name, region, manager_id, status, created_at) VALUES "
                                u"(:code, :name, '北京', :m, :status, :created) RETURNING id"_s,
                                {{u"code"_s, name},
                                 {u"name"_s, name},
                                 {u"m"_s, manager},
                                 {u"status"_s, status},
                                 {u"created"_s, localNoon(created)}})
            ->toLongLong();
    }

    static void addOrder(const test::TestDatabase& t, qint64 customer, const QDate& date, int status)
    {
        static int serial = 0;
        QVERIFY(
            SqlQuery::run(t->connection(),
                          u"INSERT INTO orders (order_no, customer_id, order_date, status) VALUES (:no, :c, :d, :s)"_s,
                          {{u"no"_s, u"O%1"_s.arg(++serial)}, {u"c"_s, customer}, {u"d"_s, date}, {u"s"_s, status}}));
    }

    static int statusOf(const test::TestDatabase& t, const QString& code)
    {
        const auto v = SqlQuery::scalar(t->connection(),
                                        u"SELECT r.status FROM lost_records r JOIN customers c ON c.id = r.customer_id "
                                        u"WHERE c.code = :c ORDER BY r.id DESC LIMIT 1"_s,
                                        {{u"c"_s, code}});
        return v->isNull() ? 0 : v->toInt();
    }

private Q_SLOTS:
    // SPEC §9 item 4: N = 6, scan date 2025-12-31 → cut-off 2025-06-30.
    void boundaries_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("created");
        QTest::addColumn<QDate>("orderDate");
        QTest::addColumn<int>("orderStatus");
        QTest::addColumn<int>("customerStatus");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QDate>("reference");
        const QDate old = day("2024-01-01");
        QTest::newRow("order on the cut-off") << u"A"_s << old << day("2025-06-30") << 5 << 1 << false << QDate();
        QTest::newRow("order the day before")
            << u"B"_s << old << day("2025-06-29") << 6 << 1 << true << day("2025-06-29");
        QTest::newRow("recent paid order") << u"C"_s << old << day("2025-08-01") << 6 << 1 << false << QDate();
        QTest::newRow("only an unshipped order") << u"D"_s << old << day("2025-11-01") << 3 << 1 << true << old;
        QTest::newRow("only an order after the scan date")
            << u"E"_s << old << day("2026-01-05") << 5 << 1 << true << old;
        QTest::newRow("never ordered, old")
            << u"F"_s << day("2025-06-29") << QDate() << 0 << 1 << true << day("2025-06-29");
        QTest::newRow("never ordered, on the cut-off")
            << u"G"_s << day("2025-06-30") << QDate() << 0 << 1 << false << QDate();
        QTest::newRow("never ordered, young") << u"H"_s << day("2025-07-15") << QDate() << 0 << 1 << false << QDate();
        QTest::newRow("created after the scan date")
            << u"I"_s << day("2026-01-02") << QDate() << 0 << 1 << false << QDate();
        QTest::newRow("lost customer") << u"J"_s << old << day("2024-02-01") << 5 << 2 << false << QDate();
        QTest::newRow("deleted customer") << u"K"_s << old << day("2024-02-01") << 5 << 3 << false << QDate();
    }
    void boundaries()
    {
        QFETCH(QString, code);
        QFETCH(QDate, created);
        QFETCH(QDate, orderDate);
        QFETCH(int, orderStatus);
        QFETCH(int, customerStatus);
        QFETCH(bool, flagged);
        QFETCH(QDate, reference);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = addCustomer(t, code, created, m_m1, customerStatus);
        if (orderDate.isValid())
            addOrder(t, id, orderDate, orderStatus);
        const auto outcome = ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->flagged.size(), flagged ? 1 : 0);
        if (flagged) {
            QCOMPARE(outcome->flagged.first().code, code);
            QCOMPARE(outcome->flagged.first().referenceDate, reference);
            QCOMPARE(statusOf(t, code), 1);
        }
    }

    void idempotentAndRecovers()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 silent = addCustomer(t, u"S"_s, day("2024-01-01"), m_m1);
        addOrder(t, silent, day("2025-03-01"), 5);
        const qint64 active = addCustomer(t, u"T"_s, day("2024-01-01"), m_m2);
        addOrder(t, active, day("2025-12-01"), 6);
        ChurnScan scan(*t, m_clock, Session::system());
        auto first = scan.run(day("2025-12-31"), 6);
        QVERIFY(first);
        QCOMPARE(first->flagged.size(), 1);
        QCOMPARE(first->open, 1);
        auto second = scan.run(day("2025-12-31"), 6);
        QVERIFY(second);
        QCOMPARE(second->flagged.size(), 0); // idempotent
        QCOMPARE(second->open, 1);
        // The silent customer orders again: the warning is closed as recovered, and kept.
        addOrder(t, silent, day("2025-12-20"), 6);
        auto third = scan.run(day("2025-12-31"), 6);
        QVERIFY(third);
        QCOMPARE(third->recovered, 1);
        QCOMPARE(third->flagged.size(), 0);
        QCOMPARE(third->open, 0);
        QCOMPARE(statusOf(t, u"S"_s), 4);
        QCOMPARE(
            SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM lost_records WHERE recovered_at IS NOT NULL"_s)
                ->toInt(),
            1);
        // Every run is recorded.
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM job_runs WHERE job = 'churn-scan' AND "
                                                   u"result = 'ok'"_s)
                     ->toInt(),
                 3);
        const auto last =
            SqlQuery::scalar(t->connection(), u"SELECT recovered FROM job_runs ORDER BY id DESC LIMIT 1"_s);
        QCOMPARE(last->toInt(), 1);
    }

    void monthsSettingIsUsed()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = addCustomer(t, u"M"_s, day("2024-01-01"), m_m1);
        addOrder(t, id, day("2025-09-15"), 5);
        QVERIFY(SqlQuery::run(t->connection(), u"UPDATE settings SET value = '3' WHERE key = 'churn.months'"_s));
        const auto outcome = ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"));
        QVERIFY(outcome);
        QCOMPARE(outcome->months, 3);
        QCOMPARE(outcome->flagged.size(), 1); // cut-off 2025-09-30
    }

    void onlyOneScanAtATimeOnPostgres()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("the advisory lock is PostgreSQL's; SQLite serialises writers itself");
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        addCustomer(t, u"X"_s, day("2024-01-01"), m_m1);
        DatabasePtr other = t.openAnother();
        Transaction holder(*other);
        QVERIFY(holder.begin());
        QVERIFY(SqlQuery::run(holder.connection(), u"SELECT pg_advisory_xact_lock(:k)"_s,
                              {{u"k"_s, ChurnScan::AdvisoryLockKey}}));
        const auto refused = ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::AlreadyRunning);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM lost_records"_s)->toInt(), 0);
        QCOMPARE(
            SqlQuery::scalar(t->connection(), u"SELECT result FROM job_runs ORDER BY id DESC LIMIT 1"_s)->toString(),
            u"already-running"_s);
        holder.rollback();
        QVERIFY(ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6));
    }

    void whoMayScan_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("director") << u"boss"_s << true;
        QTest::newRow("administrator") << u"root"_s << true;
        QTest::newRow("manager") << u"m1"_s << false;
        QTest::newRow("executive") << u"exec"_s << false;
    }
    void whoMayScan()
    {
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const auto outcome = ChurnScan(*t, m_clock, t.sessionFor(login)).run(day("2025-12-31"), 6);
        QCOMPARE(outcome.ok(), allowed);
        if (!allowed)
            QCOMPARE(outcome.error().code(), ErrorCode::Forbidden);
    }

    // (start status, operation, actor) → outcome. m1 manages the customer.
    void measuresAndConfirmation_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("expected"); // ErrorCode, or None
        QTest::addColumn<int>("end");
        const int ok = int(ErrorCode::None);
        QTest::newRow("delay warning by owner") << 1 << u"delay"_s << u"m1"_s << ok << 2;
        QTest::newRow("delay again by owner") << 2 << u"delay"_s << u"m1"_s << ok << 2;
        QTest::newRow("delay by other manager") << 1 << u"delay"_s << u"m2"_s << int(ErrorCode::Forbidden) << 1;
        QTest::newRow("delay by director") << 1 << u"delay"_s << u"boss"_s << int(ErrorCode::Forbidden) << 1;
        QTest::newRow("delay by executive") << 1 << u"delay"_s << u"exec"_s << int(ErrorCode::Forbidden) << 1;
        QTest::newRow("delay lost") << 3 << u"delay"_s << u"m1"_s << int(ErrorCode::StateRefused) << 3;
        QTest::newRow("delay recovered") << 4 << u"delay"_s << u"m1"_s << int(ErrorCode::StateRefused) << 4;
        QTest::newRow("confirm warning") << 1 << u"confirm"_s << u"m1"_s << int(ErrorCode::StateRefused) << 1;
        QTest::newRow("confirm after measure") << 2 << u"confirm"_s << u"m1"_s << ok << 3;
        QTest::newRow("confirm by other manager") << 2 << u"confirm"_s << u"m2"_s << int(ErrorCode::Forbidden) << 2;
        QTest::newRow("confirm by director") << 2 << u"confirm"_s << u"boss"_s << int(ErrorCode::Forbidden) << 2;
        QTest::newRow("confirm lost") << 3 << u"confirm"_s << u"m1"_s << int(ErrorCode::StateRefused) << 3;
        QTest::newRow("confirm empty reason") << 2 << u"confirm-empty"_s << u"m1"_s << int(ErrorCode::Required) << 2;
        QTest::newRow("delay empty measure") << 1 << u"delay-empty"_s << u"m1"_s << int(ErrorCode::Required) << 1;
    }
    void measuresAndConfirmation()
    {
        QFETCH(int, start);
        QFETCH(QString, operation);
        QFETCH(QString, actor);
        QFETCH(int, expected);
        QFETCH(int, end);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 customer = addCustomer(t, u"C1"_s, day("2024-01-01"), m_m1);
        const auto recordId = SqlQuery::scalar(
            t->connection(),
            u"INSERT INTO lost_records (customer_id, manager_id, reference_date, detected_at, status, lost_date, "
            u"reason, "
            u"recovered_at) VALUES (:c, :m, '2024-01-01', :now, :s, :lost, :reason, :rec) RETURNING id"_s,
            {{u"c"_s, customer},
             {u"m"_s, m_m1},
             {u"now"_s, m_clock.now()},
             {u"s"_s, start},
             {u"lost"_s, start == 3 ? QVariant(m_clock.now()) : nullOf(QMetaType::QDateTime)},
             {u"reason"_s, start == 3 ? u"原因"_s : QString()},
             {u"rec"_s, start == 4 ? QVariant(m_clock.now()) : nullOf(QMetaType::QDateTime)}});
        QVERIFY(recordId);
        ChurnService service(*t, m_clock, t.sessionFor(actor));
        // What the pages ask first (canDelay/canConfirm on the record as loaded) answers as the action does.
        const auto loaded = ChurnService(*t, m_clock, t.sessionFor(u"boss"_s)).load(recordId->toLongLong());
        QVERIFY(loaded);
        const Status allowed =
            operation.startsWith(u"delay"_s) ? service.canDelay(*loaded) : service.canConfirm(*loaded);
        const int refusal = operation.endsWith(u"-empty"_s) ? int(ErrorCode::None) : expected;
        QCOMPARE(int(allowed ? ErrorCode::None : allowed.error().code()), refusal);
        Status result;
        if (operation == u"delay"_s)
            result = service.delay(recordId->toLongLong(), u"电话回访"_s, 1);
        else if (operation == u"delay-empty"_s)
            result = service.delay(recordId->toLongLong(), u"  "_s, 1);
        else if (operation == u"confirm"_s)
            result = service.confirm(recordId->toLongLong(), u"转向竞争对手"_s, 1);
        else
            result = service.confirm(recordId->toLongLong(), QString(), 1);
        QCOMPARE(int(result ? ErrorCode::None : result.error().code()), expected);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT status FROM lost_records"_s)->toInt(), end);
        const int customerStatus = SqlQuery::scalar(t->connection(), u"SELECT status FROM customers"_s)->toInt();
        QCOMPARE(customerStatus, end == 3 && start != 3 ? 2 : 1);
        if (result && operation == u"delay"_s) {
            QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM lost_measures"_s)->toInt(), 1);
            QCOMPARE(
                SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'delay'"_s)->toInt(),
                1);
        }
    }

    void measuresAreKeptSeparately()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 customer = addCustomer(t, u"C2"_s, day("2024-01-01"), m_m1);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        const qint64 id = SqlQuery::scalar(t->connection(), u"SELECT id FROM lost_records"_s)->toLongLong();
        ChurnService service(*t, m_clock, t.sessionFor(u"m1"_s));
        QVERIFY(service.delay(id, u"第一次:电话回访"_s, 1));
        QCOMPARE(service.delay(id, u"stale"_s, 1).error().code(), ErrorCode::Conflict); // version moved on
        QVERIFY(service.delay(id, u"第二次:上门拜访"_s, 2));
        const auto record = service.load(id);
        QVERIFY(record);
        QCOMPARE(record->measures.size(), 2);
        QCOMPARE(record->measures.at(0).measure, u"第一次:电话回访"_s);
        QCOMPARE(record->measures.at(1).measure, u"第二次:上门拜访"_s);
        QVERIFY(service.confirm(id, u"客户停业"_s, 3));
        QCOMPARE(
            SqlQuery::scalar(t->connection(), u"SELECT status FROM customers WHERE id = :id"_s, {{u"id"_s, customer}})
                ->toInt(),
            2);
        QVERIFY(ChurnService(*t, m_clock, t.sessionFor(u"m2"_s)).load(id).error().code() == ErrorCode::Forbidden);
    }

    void confirmRollsBackWithTheCustomer()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 customer = addCustomer(t, u"C3"_s, day("2024-01-01"), m_m1);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        const qint64 id = SqlQuery::scalar(t->connection(), u"SELECT id FROM lost_records"_s)->toLongLong();
        ChurnService service(*t, m_clock, t.sessionFor(u"m1"_s));
        QVERIFY(service.delay(id, u"回访"_s, 1));
        // Someone deleted the customer meanwhile: the confirmation must not half-happen.
        QVERIFY(
            SqlQuery::run(t->connection(), u"UPDATE customers SET status = 3 WHERE id = :id"_s, {{u"id"_s, customer}}));
        QCOMPARE(service.confirm(id, u"原因"_s, 2).error().code(), ErrorCode::StateRefused);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT status FROM lost_records"_s)->toInt(), 2);
        QVERIFY(SqlQuery::scalar(t->connection(), u"SELECT lost_date FROM lost_records"_s)->isNull());
    }

    void deletedCustomersRecordsRefused()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 customer = addCustomer(t, u"C4"_s, day("2024-01-01"), m_m1);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        const qint64 id = SqlQuery::scalar(t->connection(), u"SELECT id FROM lost_records"_s)->toLongLong();
        ChurnService service(*t, m_clock, t.sessionFor(u"m1"_s));
        QVERIFY(service.delay(id, u"回访"_s, 1));
        QVERIFY(
            SqlQuery::run(t->connection(), u"UPDATE customers SET status = 3 WHERE id = :id"_s, {{u"id"_s, customer}}));
        const auto record = service.load(id);
        QVERIFY(record);
        QVERIFY(record->customerDeleted);
        // The question the pages ask and the actions give the same refusal.
        const Status canDelay = service.canDelay(*record);
        const Status canConfirm = service.canConfirm(*record);
        QCOMPARE(canDelay.error().code(), ErrorCode::StateRefused);
        QCOMPARE(canConfirm.error().code(), ErrorCode::StateRefused);
        QCOMPARE(service.delay(id, u"再次回访"_s, 2).error().message(), canDelay.error().message());
        QCOMPARE(service.confirm(id, u"原因"_s, 2).error().message(), canConfirm.error().message());
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM lost_measures"_s)->toInt(), 1);
    }

    void managerSeesOnlyOwnWarnings()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        addCustomer(t, u"P1"_s, day("2024-01-01"), m_m1);
        addCustomer(t, u"P2"_s, day("2024-01-01"), m_m2);
        addCustomer(t, u"P3"_s, day("2024-01-01"), m_m2);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        QCOMPARE(ChurnService(*t, m_clock, t.sessionFor(u"m1"_s)).openCount().value(), 1);
        QCOMPARE(ChurnService(*t, m_clock, t.sessionFor(u"m2"_s)).openCount().value(), 2);
        QCOMPARE(ChurnService(*t, m_clock, t.sessionFor(u"boss"_s)).openCount().value(), 3);
        const auto query = ChurnService(*t, m_clock, t.sessionFor(u"m1"_s)).listQuery({});
        QVERIFY(query);
        QVERIFY(query->where.contains(u":me"_s));
        QCOMPARE(ChurnService(*t, m_clock, t.sessionFor(u"exec"_s)).listQuery({}).error().code(), ErrorCode::Forbidden);
    }

    void warningsFollowTheCustomersManager()
    {
        // SPEC §9 item 14: an open warning follows its customer to the new manager (whoever changes the manager),
        // so the new manager acts on it and every count agrees with the lists.
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 moved = addCustomer(t, u"F1"_s, day("2024-01-01"), m_m1);
        const qint64 edited = addCustomer(t, u"F2"_s, day("2024-01-01"), m_m1);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        const auto recordOf = [&](qint64 customer) {
            return SqlQuery::scalar(t->connection(), u"SELECT id FROM lost_records WHERE customer_id = :c"_s,
                                    {{u"c"_s, customer}})
                ->toLongLong();
        };
        const Session boss = t.sessionFor(u"boss"_s);
        CustomerService customers(*t, m_clock, boss);
        QCOMPARE(customers.reassign({moved}, m_m2).value(), 1);
        auto customer = customers.load(edited);
        QVERIFY(customer);
        customer->managerId = m_m2;
        QVERIFY2(customers.update(*customer), "the director gives F2 to m2 in the customer dialog");
        for (qint64 c : {moved, edited}) {
            QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT manager_id FROM lost_records WHERE id = :id"_s,
                                      {{u"id"_s, recordOf(c)}})
                         ->toLongLong(),
                     m_m2);
        }
        // The counts of the 工作台 and the churn list agree, for the old manager and the new one.
        for (const auto& [login, expected] : {std::pair{u"m1"_s, 0}, std::pair{u"m2"_s, 2}}) {
            const Session session = t.sessionFor(login);
            QCOMPARE(ChurnService(*t, m_clock, session).openCount().value(), expected);
            const auto items = TaskSummary::load(*t, session);
            QVERIFY(items);
            for (const TaskSummary::Item& item : std::as_const(*items))
                if (item.key == u"churn-warnings"_s)
                    QCOMPARE(item.count, qint64(expected));
        }
        const qint64 record = recordOf(moved);
        const int version = ChurnService(*t, m_clock, t.sessionFor(u"m2"_s)).load(record)->version;
        QCOMPARE(ChurnService(*t, m_clock, t.sessionFor(u"m1"_s)).delay(record, u"旧经理"_s, version).error().code(),
                 ErrorCode::Forbidden);
        QVERIFY(ChurnService(*t, m_clock, t.sessionFor(u"m2"_s)).delay(record, u"新经理回访"_s, version));
        QVERIFY(ChurnService(*t, m_clock, t.sessionFor(u"m2"_s)).confirm(record, u"客户停业"_s, version + 1));
    }

    void deletingTheCustomerClosesItsWarnings()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 customer = addCustomer(t, u"D1"_s, day("2024-01-01"), m_m1);
        ChurnScan(*t, m_clock, Session::system()).run(day("2025-12-31"), 6).value();
        const qint64 record = SqlQuery::scalar(t->connection(), u"SELECT id FROM lost_records"_s)->toLongLong();
        const Session m1 = t.sessionFor(u"m1"_s);
        QVERIFY(ChurnService(*t, m_clock, m1).delay(record, u"回访"_s, 1));
        CustomerService customers(*t, m_clock, m1);
        QVERIFY(customers.remove(customer, customers.load(customer)->version));
        const auto closed = ChurnService(*t, m_clock, m1).load(record);
        QVERIFY(closed);
        QCOMPARE(closed->status, LostStatus::Closed);
        QCOMPARE(closed->measures.size(), 2); // the manager's, and the note that says why
        QVERIFY(!closed->measures.last().measure.isEmpty());
        QCOMPARE(SqlQuery::scalar(t->connection(),
                                  u"SELECT count(*) FROM audit_log WHERE action = 'close' AND entity = "
                                  u"'lost_records' AND record_id = :r"_s,
                                  {{u"r"_s, QString::number(record)}})
                     ->toInt(),
                 1);
        QCOMPARE(ChurnService(*t, m_clock, m1).openCount().value(), 0);
        // A stale dialog can no longer act on it, and a record of a deleted customer is refused even when open.
        QCOMPARE(ChurnService(*t, m_clock, m1).delay(record, u"迟到的措施"_s, closed->version).error().code(),
                 ErrorCode::StateRefused);
        QVERIFY(SqlQuery::run(t->connection(), u"UPDATE lost_records SET status = 2 WHERE id = :id"_s,
                              {{u"id"_s, record}}));
        QCOMPARE(ChurnService(*t, m_clock, m1).confirm(record, u"原因"_s, closed->version).error().code(),
                 ErrorCode::StateRefused);
        // The scan does not warn about a deleted customer again.
        QVERIFY(SqlQuery::run(t->connection(), u"UPDATE lost_records SET status = 5 WHERE id = :id"_s,
                              {{u"id"_s, record}}));
        QCOMPARE(ChurnScan(*t, m_clock, Session::system()).run(day("2026-01-05"), 6)->flaggedCount, 0);
    }

    void weeklyCatchUp()
    {
        // 2026-11-21 is a Saturday.
        const QDateTime saturday3am = QDateTime(QDate(2026, 11, 21), QTime(3, 0), Qt::LocalTime);
        QCOMPARE(ChurnScan::lastScheduledTime(saturday3am).toLocalTime(),
                 QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::LocalTime));
        const QDateTime saturday1am = QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::LocalTime);
        QCOMPARE(ChurnScan::lastScheduledTime(saturday1am).toLocalTime(),
                 QDateTime(QDate(2026, 11, 14), QTime(2, 0), Qt::LocalTime));
        const QDateTime wednesday = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::LocalTime);
        QCOMPARE(ChurnScan::lastScheduledTime(wednesday).toLocalTime(),
                 QDateTime(QDate(2026, 11, 21), QTime(2, 0), Qt::LocalTime));
        QVERIFY(ChurnScan::isDue({}, wednesday));
        QVERIFY(ChurnScan::isDue(QDateTime(QDate(2026, 11, 20), QTime(23, 0), Qt::LocalTime), wednesday));
        QVERIFY(!ChurnScan::isDue(QDateTime(QDate(2026, 11, 21), QTime(2, 5), Qt::LocalTime), wednesday));
    }
};

QTEST_GUILESS_MAIN(ChurnTest)
#include "ChurnTest.moc"
