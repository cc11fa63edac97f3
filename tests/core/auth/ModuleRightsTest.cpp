// The rights matrix of SPEC §2.2 for the business modules, executable: every row runs a real operation of
// a core service as each of the four demo roles (系统管理员 admin, 销售主管 director, 客户经理 manager1,
// 高管 executive); an allowed operation must succeed, a refused one must fail with a Forbidden error. One
// row per (operation, role), on both backends. The administration operations have their own matrix
// (AdminRightsTest); data scope inside a role (own customers, own tickets) is tested in each module.
#include "TestDatabase.h"
#include "basedata/DictionaryService.h"
#include "basedata/Inventory.h"
#include "basedata/ProductCatalog.h"
#include "churn/ChurnService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "reports/Reports.h"
#include "sales/ChanceService.h"
#include "service/ServiceDesk.h"

#include <QTest>

#include <functional>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {

constexpr bool Y = true;
constexpr bool N = false;

struct MatrixRow
{
    const char* operation;
    bool admin, director, manager, executive;
};

// clang-format off
const MatrixRow kMatrix[] = {
    // operation                       系统管理员 销售主管 客户经理 高管
    {"chances.list",                       N,       Y,       Y,     N},  // 008
    {"chances.create",                     N,       Y,       Y,     N},
    {"chances.assign",                     N,       Y,       N,     N},  // 指派: the director only
    {"plans.list",                         N,       Y,       Y,     N},  // 009
    {"customers.list",                     N,       Y,       Y,     N},  // 010
    {"customers.create",                   N,       Y,       Y,     N},
    {"customers.reassign",                 N,       Y,       N,     N},  // §9 item 12
    {"churn.list",                         N,       Y,       Y,     N},  // 011
    {"churn.scan",                         Y,       Y,       N,     N},  // run the scan now (§9 item 4)
    {"service.create",                     N,       Y,       Y,     N},  // 012
    {"service.assignList",                 N,       Y,       N,     N},  // 013
    {"service.assign",                     N,       Y,       N,     N},
    {"service.handleList",                 N,       N,       Y,     N},  // 014
    {"service.feedbackList",               N,       N,       Y,     N},  // 015
    {"service.archiveList",                N,       Y,       Y,     N},  // 016
    {"reports.contribution",               N,       Y,       N,     Y},  // 017
    {"reports.composition",                N,       Y,       N,     Y},  // 018
    {"reports.service",                    N,       Y,       N,     Y},  // 019
    {"reports.churn",                      N,       Y,       N,     Y},  // 020
    {"dictionary.list",                    Y,       N,       N,     N},  // 021
    {"dictionary.create",                  Y,       N,       N,     N},
    {"products.list",                      N,       Y,       Y,     N},  // 022
    {"stock.list",                         N,       Y,       Y,     N},  // 023
};
// clang-format on

const char* const kRoles[] = {"admin", "director", "manager1", "executive"};

} // namespace

class ModuleRightsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QHash<QString, Session> m_sessions;
    qint64 m_manager1 = 0;
    qint64 m_customer = 0;
    int m_counter = 0;

    QString unique(const QString& prefix) { return prefix + QString::number(++m_counter); }

    qint64 idOf(const QString& sql)
    {
        const auto value = SqlQuery::scalar(m_db->connection(), sql);
        return value ? value->toLongLong() : 0;
    }

    /// A new chance created by the director, for the assign row.
    std::pair<qint64, int> newChance()
    {
        ChanceService director(*m_db, m_clock, m_sessions.value(u"director"_s));
        const auto id = director.create({{}, unique(u"矩阵客户"_s), u"矩阵概要"_s, 50, {}, {}, u"描述"_s});
        if (!id)
            return {0, 0};
        return {*id, director.load(*id)->version};
    }

    /// A new ticket created by the director, for the assign row.
    std::pair<qint64, int> newTicket()
    {
        ServiceDesk director(*m_db, m_clock, m_sessions.value(u"director"_s));
        const auto id = director.create({u"咨询"_s, unique(u"矩阵服务"_s), m_customer, u"请求"_s});
        if (!id)
            return {0, 0};
        return {*id, director.load(*id)->version};
    }

    Status run(const QString& op, const Session& s)
    {
        ChanceService chances(*m_db, m_clock, s);
        CustomerService customers(*m_db, m_clock, s);
        ChurnService churn(*m_db, m_clock, s);
        ServiceDesk desk(*m_db, m_clock, s);
        DictionaryService dictionary(*m_db, m_clock, s);
        using Stage = ServiceDesk::Stage;
        const QHash<QString, std::function<Status()>> ops{
            {u"chances.list"_s, [&] { return statusOf(chances.chanceList({})); }},
            {u"chances.create"_s,
             [&] {
                 return statusOf(chances.create({{}, unique(u"客户"_s), u"概要"_s, 30, {}, {}, u"描述"_s}));
             }},
            {u"chances.assign"_s,
             [&] {
                 const auto [id, version] = newChance();
                 return chances.assign(id, m_manager1, version);
             }},
            {u"plans.list"_s, [&] { return statusOf(chances.planList({})); }},
            {u"customers.list"_s, [&] { return statusOf(customers.listQuery({})); }},
            {u"customers.create"_s,
             [&] {
                 Customer c;
                 c.name = unique(u"矩阵测试有限公司"_s);
                 c.region = u"北京"_s;
                 c.managerId = m_manager1;
                 return statusOf(customers.create(c));
             }},
            {u"customers.reassign"_s, [&] { return statusOf(customers.reassign({m_customer}, m_manager1)); }},
            {u"churn.list"_s, [&] { return statusOf(churn.listQuery({})); }},
            {u"churn.scan"_s, [&] { return statusOf(churn.scan()); }},
            {u"service.create"_s,
             [&] {
                 return statusOf(desk.create({u"咨询"_s, unique(u"服务"_s), m_customer, u"请求"_s}));
             }},
            {u"service.assignList"_s, [&] { return statusOf(desk.listQuery(Stage::Assign, {})); }},
            {u"service.assign"_s,
             [&] {
                 const auto [id, version] = newTicket();
                 return desk.assign(id, m_manager1, version);
             }},
            {u"service.handleList"_s, [&] { return statusOf(desk.listQuery(Stage::Handle, {})); }},
            {u"service.feedbackList"_s, [&] { return statusOf(desk.listQuery(Stage::Feedback, {})); }},
            {u"service.archiveList"_s, [&] { return statusOf(desk.listQuery(Stage::Archive, {})); }},
            {u"reports.contribution"_s, [&] { return statusOf(Reports::contribution(*m_db, s, {})); }},
            {u"reports.composition"_s, [&] { return statusOf(Reports::composition(*m_db, s, CompositionBy::Level)); }},
            {u"reports.service"_s, [&] { return statusOf(Reports::service(*m_db, s, {})); }},
            {u"reports.churn"_s, [&] { return statusOf(Reports::churn(*m_db, s, {})); }},
            {u"dictionary.list"_s, [&] { return statusOf(dictionary.list()); }},
            {u"dictionary.create"_s,
             [&] {
                 DictItem item;
                 item.type = u"地区"_s;
                 item.item = unique(u"矩阵地区"_s);
                 item.value = item.item;
                 item.editable = true;
                 return statusOf(dictionary.create(item));
             }},
            {u"products.list"_s, [&] { return statusOf(ProductCatalog(*m_db, s).list()); }},
            {u"stock.list"_s, [&] { return statusOf(Inventory(*m_db, s).list()); }},
        };
        const auto it = ops.find(op);
        if (it == ops.end())
            return Error(ErrorCode::Internal, u"the test has no operation "_s + op);
        return it.value()();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        for (const char* login : kRoles) {
            m_sessions.insert(QLatin1String(login), m_db.sessionFor(QLatin1String(login)));
            QVERIFY(m_sessions.value(QLatin1String(login)).isValid());
        }
        m_manager1 = idOf(u"SELECT id FROM users WHERE login = 'manager1'"_s);
        m_customer = idOf(u"SELECT min(id) FROM customers WHERE status = 1"_s);
        QVERIFY(m_manager1 > 0 && m_customer > 0);
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        for (const MatrixRow& row : kMatrix) {
            const bool allowed[] = {row.admin, row.director, row.manager, row.executive};
            for (int i = 0; i < 4; ++i)
                QTest::addRow("%s as %s", row.operation, kRoles[i])
                    << QString::fromLatin1(row.operation) << QString::fromLatin1(kRoles[i]) << allowed[i];
        }
    }

    void matrix()
    {
        QFETCH(QString, operation);
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        const Status result = run(operation, m_sessions.value(login));
        if (!result.ok())
            QVERIFY2(result.error().code() != ErrorCode::Internal, qPrintable(result.error().message()));
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
        } else {
            QVERIFY2(!result.ok(), "the operation was allowed");
            QCOMPARE(result.error().code(), ErrorCode::Forbidden);
            QVERIFY(!result.error().message().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(ModuleRightsTest)
#include "ModuleRightsTest.moc"
