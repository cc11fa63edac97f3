// The rights matrix of the administration operations (SPEC §2.2: 权限管理 024 is the administrator's),
// executable: every operation of UserService, RoleService, RightsService and AuditQuery runs as each of
// the four demo roles; an allowed operation must succeed, a refused one must fail with a Forbidden error
// whose message names the missing right. One row per (operation, role). The lead's cross-module matrix
// takes the same shape.
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/RightsService.h"
#include "auth/RoleService.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"
#include "reports/ReportTable.h"

#include <QRegularExpression>
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
    bool admin, director, manager, executive; // 系统管理员, 销售主管, 客户经理, 高管
};

// clang-format off
const MatrixRow kMatrix[] = {
    // operation                        系统管理员 销售主管 客户经理 高管
    {"users.list",                          Y,       N,       N,     N},
    {"users.listQuery",                     Y,       N,       N,     N},
    {"users.load",                          Y,       N,       N,     N},
    {"users.find",                          Y,       N,       N,     N},
    {"users.create",                        Y,       N,       N,     N},
    {"users.update",                        Y,       N,       N,     N},
    {"users.disable",                       Y,       N,       N,     N},
    {"users.enable",                        Y,       N,       N,     N},
    {"users.resetPassword",                 Y,       N,       N,     N},
    {"users.unlock",                        Y,       N,       N,     N},
    {"users.changeOwnPassword",             Y,       Y,       Y,     Y},
    {"roles.list",                          Y,       N,       N,     N},
    {"roles.load",                          Y,       N,       N,     N},
    {"roles.create",                        Y,       N,       N,     N},
    {"roles.update",                        Y,       N,       N,     N},
    {"roles.remove",                        Y,       N,       N,     N},
    {"rights.tree",                         Y,       N,       N,     N},
    {"rights.roleRights",                   Y,       N,       N,     N},
    {"rights.save",                         Y,       N,       N,     N},
    {"audit.listQuery",                     Y,       N,       N,     N},
    {"audit.search",                        Y,       N,       N,     N},
    {"audit.load",                          Y,       N,       N,     N},
    {"audit.export",                        Y,       N,       N,     N},
    {"audit.filterValues",                  Y,       N,       N,     N},
    {"audit.history users",                 Y,       N,       N,     N},
    {"audit.history roles",                 Y,       N,       N,     N},
    {"audit.history customers",             Y,       Y,       Y,     N},
    {"audit.history service_tickets",       Y,       Y,       Y,     N},
    {"audit.history dict_items",            Y,       N,       N,     N},
};
// clang-format on

const char* const kRoles[] = {"admin", "director", "manager1", "executive"};

} // namespace

class AdminRightsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QHash<QString, Session> m_sessions;
    QHash<QString, QString> m_passwords; // login → current password (changeOwnPassword changes it)
    qint64 m_target = 0;                 // an account the user operations act on
    qint64 m_targetRole = 0;             // a role the role and rights operations act on
    int m_counter = 0;

    UserService system() const { return UserService(*m_db, m_clock, Session::system()); }
    int userVersion() const { return system().load(m_target)->version; }
    int roleVersion() const { return RoleService(*m_db, m_clock, Session::system()).load(m_targetRole)->version; }
    QString unique(const QString& prefix) { return prefix + QString::number(++m_counter); }

    Status run(const QString& op, const Session& s)
    {
        UserService users(*m_db, m_clock, s);
        RoleService roles(*m_db, m_clock, s);
        RightsService rights(*m_db, m_clock, s);
        AuditQuery audit(*m_db, s);
        const qint64 manager = system().builtinRoleId(RoleKind::Manager).value();
        const QHash<QString, std::function<Status()>> ops{
            {u"users.list"_s, [&] { return statusOf(users.list()); }},
            {u"users.listQuery"_s, [&] { return statusOf(users.listQuery({})); }},
            {u"users.load"_s, [&] { return statusOf(users.load(m_target)); }},
            {u"users.find"_s, [&] { return statusOf(users.find(u"target"_s)); }},
            {u"users.create"_s,
             [&] {
                 return statusOf(users.create({unique(u"new"_s), u"新"_s, manager, u"River-Stone-45"_s, true}));
             }},
            {u"users.update"_s,
             [&] {
                 return users.update(m_target, {unique(u"名"_s), manager}, userVersion());
             }},
            {u"users.disable"_s,
             [&] {
                 auto r = users.setActive(m_target, false, userVersion());
                 (void)system().setActive(m_target, true, userVersion());
                 return r;
             }},
            {u"users.enable"_s,
             [&] {
                 (void)system().setActive(m_target, false, userVersion());
                 auto r = users.setActive(m_target, true, userVersion());
                 (void)system().setActive(m_target, true, userVersion());
                 return r;
             }},
            {u"users.resetPassword"_s,
             [&] { return users.resetPassword(m_target, u"Copper-Bell-19"_s, true, userVersion()); }},
            {u"users.unlock"_s, [&] { return users.unlock(m_target, userVersion()); }},
            {u"users.changeOwnPassword"_s,
             [&] {
                 const QString next = unique(u"Own-Secret-"_s);
                 auto r = users.changeOwnPassword(m_passwords.value(s.login(), u"demo"_s), next);
                 if (r)
                     m_passwords.insert(s.login(), next);
                 return r;
             }},
            {u"roles.list"_s, [&] { return statusOf(roles.list()); }},
            {u"roles.load"_s, [&] { return statusOf(roles.load(m_targetRole)); }},
            {u"roles.create"_s,
             [&] {
                 return statusOf(roles.create({unique(u"角色"_s), {}, RoleKind::Executive, true}));
             }},
            {u"roles.update"_s,
             [&] {
                 return roles.update(m_targetRole, {unique(u"目标角色"_s), {}, RoleKind::Manager, true}, roleVersion());
             }},
            {u"roles.remove"_s,
             [&] {
                 RoleService admin(*m_db, m_clock, Session::system());
                 const qint64 id = *admin.create({unique(u"待删"_s), {}, RoleKind::Executive, true});
                 return roles.remove(id, admin.load(id)->version);
             }},
            {u"rights.tree"_s, [&] { return statusOf(rights.tree()); }},
            {u"rights.roleRights"_s, [&] { return statusOf(rights.roleRights(m_targetRole)); }},
            {u"rights.save"_s,
             [&] {
                 return rights.save(m_targetRole, {u"010"_s, u"022"_s}, roleVersion());
             }},
            {u"audit.listQuery"_s, [&] { return statusOf(audit.listQuery({})); }},
            {u"audit.search"_s, [&] { return statusOf(audit.search({}, 10)); }},
            {u"audit.load"_s,
             [&] {
                 const auto id = SqlQuery::scalar(m_db->connection(), u"SELECT max(id) FROM audit_log"_s);
                 return statusOf(audit.load(id->toLongLong()));
             }},
            {u"audit.export"_s, [&] { return statusOf(audit.exportTable({}, 10)); }},
            {u"audit.filterValues"_s,
             [&] {
                 if (auto r = audit.actions(); !r)
                     return statusOf(r);
                 if (auto r = audit.entities(); !r)
                     return statusOf(r);
                 return statusOf(audit.actors());
             }},
            {u"audit.history users"_s, [&] { return statusOf(audit.history(u"users"_s, QString::number(m_target))); }},
            {u"audit.history roles"_s,
             [&] { return statusOf(audit.history(u"roles"_s, QString::number(m_targetRole))); }},
            {u"audit.history customers"_s, [&] { return statusOf(audit.history(u"customers"_s, u"1"_s)); }},
            {u"audit.history service_tickets"_s, [&] { return statusOf(audit.history(u"service_tickets"_s, u"1"_s)); }},
            {u"audit.history dict_items"_s, [&] { return statusOf(audit.history(u"dict_items"_s, u"1"_s)); }},
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
        auto target = system().create(
            {u"target"_s, u"目标"_s, system().builtinRoleId(RoleKind::Manager).value(), u"Target-Pass-77"_s, false});
        QVERIFY(target);
        m_target = *target;
        auto role = RoleService(*m_db, m_clock, Session::system()).create({u"目标角色"_s, {}, RoleKind::Manager, true});
        QVERIFY(role);
        m_targetRole = *role;
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        for (const MatrixRow& row : kMatrix) {
            const bool allowed[] = {row.admin, row.director, row.manager, row.executive};
            for (int i = 0; i < 4; ++i) {
                QTest::addRow("%s as %s", row.operation, kRoles[i])
                    << QString::fromLatin1(row.operation) << QString::fromLatin1(kRoles[i]) << allowed[i];
            }
        }
    }
    void matrix()
    {
        QFETCH(QString, operation);
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        const Status result = run(operation, m_sessions.value(login));
        if (allowed) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
        } else {
            QVERIFY2(!result, "the operation was not refused");
            QCOMPARE(result.error().code(), ErrorCode::Forbidden);
            // The refusal names the right that is missing, e.g. "… (024)".
            static const QRegularExpression rightCode(u"\\(0[0-9]{2}\\)"_s);
            QVERIFY2(rightCode.match(result.error().message()).hasMatch(), qPrintable(result.error().message()));
        }
    }
};

QTEST_GUILESS_MAIN(AdminRightsTest)
#include "AdminRightsTest.moc"
