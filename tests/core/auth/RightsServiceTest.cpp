// 权限分配 in core: the rights tree of SPEC §2.3 from the rights table, saving a role's page rights as
// one audited replacement, version-checked, and never removing the last administrator's right 024.
#include "auth/RightsService.h"
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/Rights.h"
#include "auth/RoleService.h"
#include "auth/UserService.h"

#include <QJsonArray>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class RightsServiceTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    Session m_admin;

    int version(qint64 roleId) const { return RoleService(*m_db, m_clock, Session::system()).load(roleId)->version; }
    qint64 builtin(RoleKind kind) const
    {
        return UserService(*m_db, m_clock, Session::system()).builtinRoleId(kind).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_admin = m_db.sessionFor(u"admin"_s);
    }

    void treeIsSpecTwoThree()
    {
        const auto tree = RightsService(*m_db, m_clock, m_admin).tree();
        QVERIFY(tree);
        QCOMPARE(tree->size(), 24);
        QCOMPARE(tree->at(0).code, u"001"_s);
        QVERIFY(tree->at(0).parent.isEmpty());
        QStringList seen;
        QStringList children007;
        for (const RightNode& n : *tree) {
            QVERIFY2(n.parent.isEmpty() || seen.contains(n.parent), qPrintable(n.code)); // parents first
            seen << n.code;
            if (n.parent == u"007"_s)
                children007 << n.code;
        }
        QCOMPARE(children007, QStringList{u"024"_s});
        // Marketing folder first, its two pages right after it.
        QCOMPARE(tree->at(1).code, u"002"_s);
        QVERIFY(tree->at(1).folder);
        QCOMPARE(tree->at(2).code, u"008"_s);
        QCOMPARE(tree->at(2).label, u"Sales opportunities"_s);
        QVERIFY(!tree->at(2).folder);
    }

    void saveReplacesRightsAndIsAudited()
    {
        RightsService rights(*m_db, m_clock, m_admin);
        const qint64 role = *RoleService(*m_db, m_clock, m_admin).create({u"报表员"_s, {}, RoleKind::Executive, true});
        QCOMPARE(*rights.roleRights(role), (QStringList{u"017"_s, u"018"_s, u"019"_s, u"020"_s}));
        // Folder codes are implied and ignored; duplicates collapse.
        QVERIFY(rights.save(role, {u"005"_s, u"017"_s, u"022"_s, u"022"_s}, version(role)));
        QCOMPARE(*rights.roleRights(role), (QStringList{u"017"_s, u"022"_s}));

        const auto history = AuditQuery(*m_db, m_admin).history(u"roles"_s, QString::number(role));
        QCOMPARE(history->first().action, u"rights"_s);
        QCOMPARE(history->first().before.value(u"rights"_s).toArray().size(), 4);
        QCOMPARE(history->first().after.value(u"rights"_s).toArray(), QJsonArray::fromStringList({u"017"_s, u"022"_s}));
        const auto changes = AuditQuery::changes(history->first());
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().after.contains(u"022 Products"_s));

        // An account of the role gets the new pages at its next login.
        QVERIFY(
            UserService(*m_db, m_clock, m_admin).create({u"baobiao"_s, u"报表"_s, role, u"Paper-Kite-61"_s, false}));
        const auto session = AuthService(*m_db, m_clock).login(u"baobiao"_s, u"Paper-Kite-61"_s);
        QVERIFY(session->has(Rights::Products));
        QVERIFY(!session->has(Rights::CompositionReport));
    }

    void saveRefusesUnknownCodesAndStaleVersions()
    {
        RightsService rights(*m_db, m_clock, m_admin);
        const qint64 role = builtin(RoleKind::Executive);
        const int v = version(role);
        const auto unknown = rights.save(role, {u"017"_s, u"999"_s}, v);
        QCOMPARE(unknown.error().code(), ErrorCode::Invalid);
        QCOMPARE(unknown.error().field(), u"rights"_s);
        QVERIFY(rights.save(role, {u"017"_s}, v));
        QCOMPARE(rights.save(role, {u"018"_s}, v).error().code(), ErrorCode::Conflict);
        QCOMPARE(*rights.roleRights(role), QStringList{u"017"_s});
    }

    void administratorsKeepRight024()
    {
        RightsService rights(*m_db, m_clock, m_admin);
        const qint64 admin = builtin(RoleKind::Admin);
        const auto refused = rights.save(admin, {u"021"_s}, version(admin));
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QCOMPARE(*rights.roleRights(admin), (QStringList{u"021"_s, u"024"_s})); // rolled back
        QVERIFY(rights.save(admin, {u"024"_s}, version(admin)));
    }

    void administratorRolesHoldNoBusinessRight()
    {
        // SPEC §9 item 13: the administrator sees no customer data, so no administrator-kind role holds a business
        // right; the business kinds never hold account management or the dictionary.
        RightsService rights(*m_db, m_clock, m_admin);
        const qint64 admin = builtin(RoleKind::Admin);
        const QStringList held = *rights.roleRights(admin);
        for (const QString& code : {u"008"_s, u"010"_s, u"011"_s, u"013"_s, u"017"_s, u"022"_s}) {
            const auto refused = rights.save(admin, {u"021"_s, u"024"_s, code}, version(admin));
            QVERIFY2(!refused, qPrintable(code));
            QCOMPARE(refused.error().code(), ErrorCode::Invalid);
            QCOMPARE(refused.error().field(), u"rights"_s);
            QVERIFY(refused.error().message().contains(RightCatalog::label(code)));
        }
        QCOMPARE(*rights.roleRights(admin), held);
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 auditor = *roles.create({u"审计员"_s, {}, RoleKind::Admin, true});
        QCOMPARE(rights.save(auditor, {u"024"_s, u"018"_s}, version(auditor)).error().code(), ErrorCode::Invalid);
        QVERIFY(rights.save(auditor, {u"024"_s}, version(auditor)));
        const qint64 director = builtin(RoleKind::Director);
        QStringList withAccounts = *rights.roleRights(director);
        withAccounts << u"024"_s;
        QCOMPARE(rights.save(director, withAccounts, version(director)).error().code(), ErrorCode::Invalid);
        // A role cannot slip into the administrator's kind with its business rights either.
        const qint64 viewer = *roles.create({u"查看员"_s, {}, RoleKind::Executive, true});
        const RoleRecord r = *roles.load(viewer);
        const auto demoted = roles.update(viewer, {r.name, r.description, RoleKind::Admin, true}, r.version);
        QCOMPARE(demoted.error().code(), ErrorCode::Invalid);
        QCOMPARE(demoted.error().field(), u"kind"_s);
        QCOMPARE(roles.load(viewer)->kind, RoleKind::Executive);
    }
};

QTEST_GUILESS_MAIN(RightsServiceTest)
#include "RightsServiceTest.moc"
