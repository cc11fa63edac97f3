// 角色管理 in core: unique names, kinds, the usable flag, built-in roles kept, delete refused while
// accounts hold the role (naming how many), and a role change that would lock the administrators out.
#include "auth/RoleService.h"
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/RightsService.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class RoleServiceTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    Session m_admin;

    RoleRecord role(qint64 id) const { return RoleService(*m_db, m_clock, Session::system()).load(id).value(); }
    qint64 builtin(RoleKind kind) const
    {
        return UserService(*m_db, m_clock, Session::system()).builtinRoleId(kind).value();
    }
    AuditEntry lastAudit(qint64 roleId) const
    {
        const auto history = AuditQuery(*m_db, Session::system()).history(u"roles"_s, QString::number(roleId));
        return history->isEmpty() ? AuditEntry() : history->first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_admin = m_db.sessionFor(u"admin"_s);
    }

    void listsBuiltinRolesWithAccountCounts()
    {
        const auto roles = RoleService(*m_db, m_clock, m_admin).list();
        QVERIFY(roles);
        QVERIFY(roles->size() >= 4);
        QCOMPARE(roles->at(0).name, u"系统管理员"_s);
        QVERIFY(roles->at(0).builtin);
        QCOMPARE(roles->at(0).accounts, 1);
        QCOMPARE(roles->at(2).name, u"客户经理"_s);
        QVERIFY(roles->at(2).accounts >= 3);
    }

    void validates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << u"大客户经理"_s << u"负责重点客户"_s << QString();
        QTest::newRow("empty name") << u"  "_s << QString() << u"name"_s;
        QTest::newRow("long name") << QString(51, u'角') << QString() << u"name"_s;
        QTest::newRow("taken name") << u"销售主管"_s << QString() << u"name"_s;
        QTest::newRow("long description") << u"描述过长"_s << QString(201, u'x') << u"description"_s;
    }
    void validates()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, field);
        const auto id = RoleService(*m_db, m_clock, m_admin).create({name, description, RoleKind::Manager, true});
        QCOMPARE(id ? QString() : id.error().field(), field);
    }

    void newRoleStartsWithTheRightsOfItsKind()
    {
        const auto id = RoleService(*m_db, m_clock, m_admin).create({u"区域经理"_s, {}, RoleKind::Manager, true});
        QVERIFY(id);
        const auto rights = RightsService(*m_db, m_clock, m_admin).roleRights(*id);
        QStringList expected;
        for (QLatin1String code : RightCatalog::defaultRights(RoleKind::Manager))
            expected << QString(code);
        expected.sort();
        QCOMPARE(*rights, expected);
        const AuditEntry created = lastAudit(*id);
        QCOMPARE(created.action, u"create"_s);
        QCOMPARE(created.after.value(u"kind"_s).toString(), u"manager"_s);
    }

    void updateIsVersionCheckedAndAudited()
    {
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 id = *roles.create({u"临时角色"_s, {}, RoleKind::Executive, true});
        const RoleRecord before = role(id);
        QVERIFY(roles.update(id, {u"观察员"_s, u"只读报表"_s, RoleKind::Executive, false}, before.version));
        QCOMPARE(role(id).name, u"观察员"_s);
        QVERIFY(!role(id).enabled);
        const AuditEntry entry = lastAudit(id);
        QCOMPARE(entry.before.value(u"name"_s).toString(), u"临时角色"_s);
        QCOMPARE(entry.after.value(u"name"_s).toString(), u"观察员"_s);
        QVERIFY(!entry.after.contains(u"kind"_s)); // unchanged fields are not logged
        QCOMPARE(roles.update(id, {u"又改名"_s, {}, RoleKind::Executive, true}, before.version).error().code(),
                 ErrorCode::Conflict);
        QCOMPARE(roles.update(id, {u"客户经理"_s, {}, RoleKind::Executive, true}, role(id).version).error().field(),
                 u"name"_s);
    }

    void accountsOfADisabledRoleCannotLogIn()
    {
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 id = *roles.create({u"实习生"_s, {}, RoleKind::Manager, true});
        QVERIFY(UserService(*m_db, m_clock, m_admin).create({u"intern"_s, u"实习"_s, id, u"Cherry-Tree-55"_s, false}));
        QVERIFY(AuthService(*m_db, m_clock).login(u"intern"_s, u"Cherry-Tree-55"_s));
        QVERIFY(roles.update(id, {u"实习生"_s, {}, RoleKind::Manager, false}, role(id).version));
        QCOMPARE(AuthService(*m_db, m_clock).login(u"intern"_s, u"Cherry-Tree-55"_s).error().code(),
                 ErrorCode::AccountDisabled);
    }

    void builtinRolesKeepTheirKindAndCannotBeDeleted()
    {
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 director = builtin(RoleKind::Director);
        const RoleRecord r = role(director);
        QCOMPARE(roles.update(director, {r.name, r.description, RoleKind::Manager, true}, r.version).error().field(),
                 u"kind"_s);
        QVERIFY(roles.update(director, {u"销售总监"_s, r.description, RoleKind::Director, true}, r.version));
        const auto removed = roles.remove(director, role(director).version);
        QCOMPARE(removed.error().code(), ErrorCode::StateRefused);
        QVERIFY(removed.error().message().contains(u"销售总监"_s));
    }

    void deleteRefusedWhileAccountsHoldTheRole()
    {
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 id = *roles.create({u"客服专员"_s, {}, RoleKind::Manager, true});
        UserService users(*m_db, m_clock, m_admin);
        QVERIFY(users.create({u"kefu1"_s, u"客服一"_s, id, u"Moon-Cake-101"_s, true}));
        const qint64 second = *users.create({u"kefu2"_s, u"客服二"_s, id, u"Moon-Cake-102"_s, true});
        QVERIFY(users.setActive(second, false, users.load(second)->version)); // disabled accounts count too
        const auto refused = roles.remove(id, role(id).version);
        QCOMPARE(refused.error().code(), ErrorCode::StateRefused);
        QVERIFY2(refused.error().message().contains(u"2 account"_s), qPrintable(refused.error().message()));

        const qint64 empty = *roles.create({u"空角色"_s, {}, RoleKind::Executive, true});
        QVERIFY(roles.remove(empty, role(empty).version));
        QCOMPARE(roles.load(empty).error().code(), ErrorCode::NotFound);
        QCOMPARE(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM role_rights WHERE role_id = :id"_s,
                                  {{u"id"_s, empty}})
                     ->toInt(),
                 0);
        const AuditEntry deleted = lastAudit(empty);
        QCOMPARE(deleted.action, u"delete"_s);
        QCOMPARE(deleted.before.value(u"name"_s).toString(), u"空角色"_s);
    }

    void administratorRoleCannotBeDisabledOrDemoted()
    {
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 admin = builtin(RoleKind::Admin);
        const RoleRecord r = role(admin);
        const auto disabled = roles.update(admin, {r.name, r.description, r.kind, false}, r.version);
        QCOMPARE(disabled.error().code(), ErrorCode::Invalid);
        QCOMPARE(disabled.error().field(), u"enabled"_s);
        QVERIFY(role(admin).enabled);
        QCOMPARE(role(admin).version, r.version); // rolled back
    }
};

QTEST_GUILESS_MAIN(RoleServiceTest)
#include "RoleServiceTest.moc"
