// English is English (issue 27 item 14): the built-in roles' names and descriptions are stored in Chinese
// (roles.name, SPEC §3.2) and read in the current language wherever a role is named — the role and account
// lists, the session (status bar, home page), the list query, login refusals and the audit entries. Roles the
// administrator made, and a built-in role they renamed, stay as entered.
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/RoleService.h"
#include "auth/UserService.h"
#include "common/Language.h"
#include "db/SqlQuery.h"
#include "setup/DemoCompany.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class RoleNamesTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    Session m_admin;

    QString listedRole(const QString& login) const
    {
        const auto q = UserService(*m_db, m_clock, m_admin).listQuery({});
        const ListColumn& role = q->columns.at(q->columnIndex(u"role"_s));
        SqlQuery query(m_db->connection());
        query.prepare(u"SELECT %1 FROM %2 WHERE u.login = :login"_s.arg(role.select, q->from));
        query.bind(u":login"_s, login);
        if (!query.exec() || !query.next())
            return {};
        return role.text(query.value(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_admin = m_db.sessionFor(u"admin"_s);
    }
    void cleanupTestCase() { Language::install(u"en"_s); }

    void builtinRolesReadInTheCurrentLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("names"); // admin, director, manager, executive
        QTest::addColumn<QString>("managerDuties");
        QTest::newRow("English") << u"en"_s
                                 << QStringList{u"System administrator"_s, u"Sales director"_s, u"Account manager"_s,
                                                u"Executive"_s}
                                 << u"Looks after their customers; creates, handles and follows up customer "
                                    "services; develops sales opportunities; handles customer churn"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s << QStringList{u"系统管理员"_s, u"销售主管"_s, u"客户经理"_s, u"高管"_s}
                                 << RightCatalog::builtinRoleDescription(RoleKind::Manager);
    }
    void builtinRolesReadInTheCurrentLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, names);
        QFETCH(QString, managerDuties);
        Language::install(language);
        const QList<RoleKind> kinds{RoleKind::Admin, RoleKind::Director, RoleKind::Manager, RoleKind::Executive};
        const auto roles = RoleService(*m_db, m_clock, m_admin).list();
        QVERIFY(roles);
        for (const RoleRecord& r : *roles) {
            if (!r.builtin)
                continue;
            QCOMPARE(r.name, RightCatalog::builtinRoleName(r.kind)); // the data stays Chinese
            QCOMPARE(r.label(), names.at(kinds.indexOf(r.kind)));
            if (r.kind == RoleKind::Manager)
                QCOMPARE(r.descriptionLabel(), managerDuties);
        }
        const QStringList logins{u"admin"_s, u"director"_s, u"manager1"_s, u"executive"_s};
        for (int i = 0; i < logins.size(); ++i) {
            QCOMPARE(m_db.sessionFor(logins.at(i)).roleLabel(), names.at(i)); // status bar, home page
            QCOMPARE(UserService(*m_db, m_clock, m_admin).find(logins.at(i))->roleLabel(), names.at(i));
            QCOMPARE(listedRole(logins.at(i)), names.at(i));
        }
        // An account's entry in the audit log names its role as stored then.
        QCOMPARE(AuditQuery::valueText(u"users"_s, u"role"_s, u"销售主管"_s), names.at(1));
    }

    void enteredNamesStayAsEntered()
    {
        Language::install(u"en"_s);
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 own = roles.create({u"区域经理"_s, u"华北区"_s, RoleKind::Manager, true}).value();
        QCOMPARE(roles.load(own)->label(), u"区域经理"_s);
        QCOMPARE(roles.load(own)->descriptionLabel(), u"华北区"_s);
        // A built-in role renamed by the administrator shows the new name; a role of another kind given the
        // old built-in name is not taken for the built-in role.
        const qint64 executive = UserService(*m_db, m_clock, m_admin).builtinRoleId(RoleKind::Executive).value();
        const RoleRecord before = roles.load(executive).value();
        QVERIFY(roles.update(executive, {u"总经理"_s, before.description, RoleKind::Executive, true}, before.version));
        QCOMPARE(roles.load(executive)->label(), u"总经理"_s);
        QCOMPARE(m_db.sessionFor(u"executive"_s).roleLabel(), u"总经理"_s);
        const qint64 other = roles.create({u"高管"_s, {}, RoleKind::Director, true}).value();
        QCOMPARE(roles.load(other)->label(), u"高管"_s);
    }

    /// A login refused for a disabled role names the role in the reader's language (on PostgreSQL the
    /// account connects with its own login role first).
    void refusalNamesTheRoleInEnglish()
    {
        Language::install(u"en"_s);
        RoleService roles(*m_db, m_clock, m_admin);
        const qint64 director = UserService(*m_db, m_clock, m_admin).builtinRoleId(RoleKind::Director).value();
        const RoleRecord role = roles.load(director).value();
        QVERIFY(roles.update(director, {role.name, role.description, role.kind, false}, role.version));
        QString message;
        if (m_db->dialect().isPostgres()) {
            const auto refused = AuthService::loginToServer(m_db.url().withUser(QString()), m_clock, u"director"_s,
                                                            DemoCompany::password());
            QVERIFY(!refused);
            message = refused.error().message();
        } else {
            const auto refused = AuthService(*m_db, m_clock).login(u"director"_s, DemoCompany::password());
            QVERIFY(!refused);
            message = refused.error().message();
        }
        QVERIFY2(message.contains(u"\"Sales director\""_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(RoleNamesTest)
#include "RoleNamesTest.moc"
