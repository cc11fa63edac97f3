// 用户管理 in core: creating accounts (validation), editing name and role with optimistic locking and an
// audited diff, disabling and re-enabling, password reset with must-change, unlock, and the rule that
// the last administrator — or the acting administrator — cannot be disabled or demoted.
#include "auth/UserService.h"
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/RightsService.h"
#include "auth/RoleService.h"
#include "db/SqlQuery.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class UserServiceTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    Session m_admin;

    qint64 roleId(RoleKind kind) const
    {
        return UserService(*m_db, m_clock, Session::system()).builtinRoleId(kind).value();
    }
    UserRecord user(const QString& login) const
    {
        return UserService(*m_db, m_clock, Session::system()).find(login).value();
    }
    qint64 newAccount(const QString& login, RoleKind kind, const QString& password = u"Plum-Blossom-31"_s)
    {
        auto id = UserService(*m_db, m_clock, Session::system()).create({login, login, roleId(kind), password, true});
        return id ? *id : 0;
    }
    AuditEntry lastAudit(const QString& entity, const QString& recordId) const
    {
        const auto history = AuditQuery(*m_db, Session::system()).history(entity, recordId);
        return history->isEmpty() ? AuditEntry() : history->first();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_admin = m_db.sessionFor(u"admin"_s);
        QVERIFY(m_admin.isValid());
    }

    void createValidates_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("withRole");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("ok") << u"wangfang"_s << u"王芳"_s << u"Plum-Blossom-31"_s << true << QString();
        QTest::newRow("no login") << u" "_s << u"王芳"_s << u"Plum-Blossom-31"_s << true << u"login"_s;
        QTest::newRow("bad login") << u"王芳"_s << u"王芳"_s << u"Plum-Blossom-31"_s << true << u"login"_s;
        QTest::newRow("taken login") << u"manager1"_s << u"x"_s << u"Plum-Blossom-31"_s << true << u"login"_s;
        QTest::newRow("long name") << u"longname"_s << QString(51, u'名') << u"Plum-Blossom-31"_s << true << u"name"_s;
        QTest::newRow("no role") << u"norole"_s << u"x"_s << u"Plum-Blossom-31"_s << false << u"role"_s;
        QTest::newRow("short password") << u"shortpw"_s << u"x"_s << u"Ab-1"_s << true << u"password"_s;
        QTest::newRow("password is login")
            << u"Summer-Rain-12"_s << u"x"_s << u"summer-rain-12"_s << true << u"password"_s;
        QTest::newRow("common password") << u"commonpw"_s << u"x"_s << u"12345678"_s << true << u"password"_s;
    }
    void createValidates()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, withRole);
        QFETCH(QString, field);
        UserService users(*m_db, m_clock, m_admin);
        const auto id = users.create({login, name, withRole ? roleId(RoleKind::Manager) : 0, password, true});
        if (field.isEmpty()) {
            QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
            QVERIFY(user(login).mustChangePassword);
        } else {
            QVERIFY(!id);
            QCOMPARE(id.error().field(), field);
            QVERIFY(!id.error().message().isEmpty());
        }
    }

    void createdAccountMustChangeGeneratedPassword()
    {
        const QString generated = PasswordHasher::generate();
        QVERIFY(PasswordPolicy::check(generated, u"zhaolei"_s));
        QVERIFY(newAccount(u"zhaolei"_s, RoleKind::Director, generated) > 0);
        const auto session = AuthService(*m_db, m_clock).login(u"zhaolei"_s, generated);
        QVERIFY(session);
        QVERIFY(session->mustChangePassword());
        const auto history =
            AuditQuery(*m_db, Session::system()).history(u"users"_s, QString::number(user(u"zhaolei"_s).id));
        const AuditEntry created = history->last(); // then the login
        QCOMPARE(history->first().action, u"login"_s);
        QCOMPARE(created.action, u"create"_s);
        QCOMPARE(created.after.value(u"role"_s).toString(), u"销售主管"_s);
        QVERIFY(!created.after.contains(u"password"_s) && !created.after.contains(u"password_hash"_s));
    }

    void editNameAndRoleIsAuditedAndVersionChecked()
    {
        const qint64 id = newAccount(u"sunli"_s, RoleKind::Manager);
        QVERIFY(id > 0);
        const UserRecord before = user(u"sunli"_s);
        UserService users(*m_db, m_clock, m_admin);
        QVERIFY(users.update(id, {u"孙丽"_s, roleId(RoleKind::Executive)}, before.version));
        const UserRecord after = user(u"sunli"_s);
        QCOMPARE(after.name, u"孙丽"_s);
        QCOMPARE(after.kind, RoleKind::Executive);
        QCOMPARE(after.version, before.version + 1);

        const AuditEntry entry = lastAudit(u"users"_s, QString::number(id));
        QCOMPARE(entry.action, u"update"_s);
        QCOMPARE(entry.actor, u"admin"_s);
        QCOMPARE(entry.before.value(u"name"_s).toString(), u"sunli"_s);
        QCOMPARE(entry.after.value(u"name"_s).toString(), u"孙丽"_s);
        QCOMPARE(entry.before.value(u"role"_s).toString(), u"客户经理"_s);
        QCOMPARE(entry.after.value(u"role"_s).toString(), u"高管"_s);

        // A second administrator's window still holds the old version: refused, naming who changed it.
        const auto stale = users.update(id, {u"孙丽丽"_s, roleId(RoleKind::Executive)}, before.version);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QVERIFY(stale.error().message().contains(u"admin"_s));
        QCOMPARE(user(u"sunli"_s).name, u"孙丽"_s);
        QCOMPARE(users.update(id, {u"  "_s, roleId(RoleKind::Executive)}, after.version).error().field(), u"name"_s);
    }

    void disabledAccountCannotLogInUntilEnabled()
    {
        const qint64 id = newAccount(u"zhoujie"_s, RoleKind::Manager);
        UserService users(*m_db, m_clock, m_admin);
        QVERIFY(users.setActive(id, false, user(u"zhoujie"_s).version));
        QCOMPARE(AuthService(*m_db, m_clock).login(u"zhoujie"_s, u"Plum-Blossom-31"_s).error().code(),
                 ErrorCode::AccountDisabled);
        QCOMPARE(lastAudit(u"users"_s, QString::number(id)).action, u"disable"_s);
        QVERIFY(users.setActive(id, true, user(u"zhoujie"_s).version));
        QVERIFY(AuthService(*m_db, m_clock).login(u"zhoujie"_s, u"Plum-Blossom-31"_s));
    }

    void resetPasswordAndUnlock()
    {
        const qint64 id = newAccount(u"hewei"_s, RoleKind::Manager);
        AuthService auth(*m_db, m_clock);
        for (int i = 0; i < AuthService::MaxFailedLogins; ++i)
            QVERIFY(!auth.login(u"hewei"_s, u"wrong-wrong"_s));
        QVERIFY(user(u"hewei"_s).isLocked(m_clock.now()));
        UserService users(*m_db, m_clock, m_admin);
        QVERIFY(users.unlock(id, user(u"hewei"_s).version));
        QVERIFY(!user(u"hewei"_s).isLocked(m_clock.now()));
        QCOMPARE(lastAudit(u"users"_s, QString::number(id)).action, u"unlock"_s);
        QVERIFY(auth.login(u"hewei"_s, u"Plum-Blossom-31"_s));

        QCOMPARE(users.resetPassword(id, u"hewei"_s, true, user(u"hewei"_s).version).error().field(), u"password"_s);
        QVERIFY(users.resetPassword(id, u"Night-Train-88"_s, true, user(u"hewei"_s).version));
        const auto session = auth.login(u"hewei"_s, u"Night-Train-88"_s);
        QVERIFY(session);
        QVERIFY(session->mustChangePassword());
        QVERIFY(UserService(*m_db, m_clock, *session).changeOwnPassword(u"Night-Train-88"_s, u"Own-Choice-77"_s));
        QVERIFY(!user(u"hewei"_s).mustChangePassword);
    }

    void lastAdministratorStays()
    {
        UserService users(*m_db, m_clock, m_admin);
        const UserRecord admin = user(u"admin"_s);
        // Oneself: neither disable nor demote.
        const auto disableSelf = users.setActive(admin.id, false, admin.version);
        QCOMPARE(disableSelf.error().code(), ErrorCode::Invalid);
        QCOMPARE(disableSelf.error().field(), u"status"_s);
        const auto demoteSelf = users.update(admin.id, {admin.name, roleId(RoleKind::Manager)}, admin.version);
        QCOMPARE(demoteSelf.error().code(), ErrorCode::Invalid);
        QCOMPARE(user(u"admin"_s).kind, RoleKind::Admin);

        // The system actor (ketongctl) is not an administrator account, but may not remove the last one.
        UserService system(*m_db, m_clock, Session::system());
        QCOMPARE(system.setActive(admin.id, false, admin.version).error().code(), ErrorCode::Invalid);
        QCOMPARE(system.update(admin.id, {admin.name, roleId(RoleKind::Director)}, admin.version).error().code(),
                 ErrorCode::Invalid);
        QVERIFY(user(u"admin"_s).active);

        // With a second administrator, the first may be disabled by the second — and no rows are left over
        // from the refused attempts.
        const qint64 second = newAccount(u"admin2"_s, RoleKind::Admin);
        const auto session2 = m_db.sessionFor(u"admin2"_s);
        QVERIFY(UserService(*m_db, m_clock, session2).setActive(admin.id, false, user(u"admin"_s).version));
        QCOMPARE(
            UserService(*m_db, m_clock, session2).setActive(second, false, user(u"admin2"_s).version).error().code(),
            ErrorCode::Invalid);
        QVERIFY(UserService(*m_db, m_clock, session2).setActive(admin.id, true, user(u"admin"_s).version));
    }

    void nonAdministratorsChangeTheirOwnPassword()
    {
        // The administrator guard only watches administrators: an account manager changes their password.
        newAccount(u"qianyu"_s, RoleKind::Manager);
        const auto session = AuthService(*m_db, m_clock).login(u"qianyu"_s, u"Plum-Blossom-31"_s);
        QVERIFY(session);
        QVERIFY(UserService(*m_db, m_clock, *session).changeOwnPassword(u"Plum-Blossom-31"_s, u"Green-Tea-2024"_s));
        QCOMPARE(lastAudit(u"users"_s, QString::number(session->userId())).action, u"password-change"_s);
    }
};

QTEST_GUILESS_MAIN(UserServiceTest)
#include "UserServiceTest.moc"
