// Logging in: Argon2id hashes, lock-out after 5 failures and release after 15 minutes (injectable
// clock), disabled accounts refused, the same message for an unknown login and a wrong password, every
// attempt audited; and the role × right matrix loaded exactly as SPEC §2.2.
#include "TestDatabase.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class AuthTest : public QObject
{
    Q_OBJECT

    static qint64 roleId(const test::TestDatabase& t, RoleKind kind)
    {
        const SystemClock clock;
        return UserService(*t, clock, Session::system()).builtinRoleId(kind).value();
    }

    /// A database with the account "li" (manager) whose password is "Correct-Horse-9".
    static bool withAccount(test::TestDatabase& t, const Clock& clock)
    {
        if (!t.createInitialized(false, &clock))
            return false;
        UserService users(*t, clock, Session::system());
        return users.create({u"li"_s, u"李明"_s, roleId(t, RoleKind::Manager), u"Correct-Horse-9"_s, false}).ok();
    }

    static int auditCount(const test::TestDatabase& t, const QString& action)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE action = :a"_s,
                                {{u"a"_s, action}})
            ->toInt();
    }

private Q_SLOTS:
    void hashIsArgon2idAndVerifies()
    {
        const auto hash = PasswordHasher::hash(u"密码-Secret-1"_s);
        QVERIFY(hash);
        QVERIFY(hash->startsWith(u"$argon2id$"_s));
        QVERIFY(PasswordHasher::verify(u"密码-Secret-1"_s, *hash));
        QVERIFY(!PasswordHasher::verify(u"密码-Secret-2"_s, *hash));
        QVERIFY(*PasswordHasher::hash(u"密码-Secret-1"_s) != *hash); // salted
    }

    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("short") << u"Ab1-xyz"_s << false;
        QTest::newRow("login") << u"zhangwei"_s << false;
        QTest::newRow("common") << u"password1"_s << false;
        QTest::newRow("common chinese site") << u"woaini1314"_s << false;
        QTest::newRow("good") << u"Spring-Tea-42"_s << true;
    }
    void policy()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        QCOMPARE(PasswordPolicy::check(password, u"zhangwei"_s).ok(), ok);
    }

    void loginGivesSessionWithRights()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        const auto session = AuthService(*t, clock).login(u"li"_s, u"Correct-Horse-9"_s);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().fullText()));
        QCOMPARE(session->login(), u"li"_s);
        QCOMPARE(session->name(), u"李明"_s);
        QCOMPARE(session->kind(), RoleKind::Manager);
        QVERIFY(session->has(Rights::Customers));
        QVERIFY(!session->has(Rights::ServiceAssign));
        QCOMPARE(auditCount(t, u"login"_s), 1);
        const auto last = SqlQuery::scalar(t->connection(), u"SELECT last_login_at FROM users WHERE login = 'li'"_s);
        QVERIFY(!last->isNull());
    }

    void unknownLoginAndWrongPasswordLookTheSame()
    {
        SystemClock clock;
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        AuthService auth(*t, clock);
        const auto unknown = auth.login(u"nobody"_s, u"whatever-123"_s);
        const auto wrong = auth.login(u"li"_s, u"whatever-123"_s);
        QVERIFY(!unknown && !wrong);
        QCOMPARE(unknown.error().code(), ErrorCode::AuthFailed);
        QCOMPARE(wrong.error().code(), ErrorCode::AuthFailed);
        QCOMPARE(unknown.error().message(), wrong.error().message());
        QCOMPARE(auditCount(t, u"login-failed"_s), 1); // only the existing account's failure has a record
    }

    void fiveFailuresLockForFifteenMinutes()
    {
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        AuthService auth(*t, clock);
        for (int i = 0; i < AuthService::MaxFailedLogins; ++i) {
            const auto r = auth.login(u"li"_s, u"wrong-password"_s);
            QCOMPARE(r.error().code(), ErrorCode::AuthFailed);
        }
        QCOMPARE(auditCount(t, u"lockout"_s), 1);
        // Locked: even the right password is refused, and a fresh AuthService (a restarted program) agrees.
        const auto locked = AuthService(*t, clock).login(u"li"_s, u"Correct-Horse-9"_s);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code(), ErrorCode::AccountLocked);
        clock.advanceSeconds(14 * 60 + 59);
        QCOMPARE(auth.login(u"li"_s, u"Correct-Horse-9"_s).error().code(), ErrorCode::AccountLocked);
        clock.advanceSeconds(2);
        const auto released = auth.login(u"li"_s, u"Correct-Horse-9"_s);
        QVERIFY2(released, qPrintable(released ? QString() : released.error().fullText()));
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT failed_logins FROM users WHERE login = 'li'"_s)->toInt(),
                 0);
    }

    void fourFailuresThenSuccessResetsCount()
    {
        SystemClock clock;
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        AuthService auth(*t, clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!auth.login(u"li"_s, u"nope-nope"_s));
        QVERIFY(auth.login(u"li"_s, u"Correct-Horse-9"_s));
        QVERIFY(!auth.login(u"li"_s, u"nope-nope"_s));
        QVERIFY(auth.login(u"li"_s, u"Correct-Horse-9"_s)); // count restarted: no lock after 1 more failure
    }

    void disabledAccountRefused()
    {
        SystemClock clock;
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        QVERIFY(UserService(*t, clock, Session::system()).setActive(u"li"_s, false));
        const auto r = AuthService(*t, clock).login(u"li"_s, u"Correct-Horse-9"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::AccountDisabled);
        // A wrong password on a disabled account says nothing about the account.
        QCOMPARE(AuthService(*t, clock).login(u"li"_s, u"x-wrong-x"_s).error().code(), ErrorCode::AuthFailed);
    }

    void passwordsAreHashedInTheDatabase()
    {
        SystemClock clock;
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        const auto hash = SqlQuery::scalar(t->connection(), u"SELECT password_hash FROM users WHERE login = 'li'"_s);
        if (test::backend() == Backend::PostgreSql) {
            // PostgreSQL keeps the password itself: the login role's SCRAM verifier, no hash in users.
            QCOMPARE(hash->toString(), QString());
            // Only the cluster's superuser reads pg_authid (the tests' owner may not).
            const DatabasePtr server = t.asClusterAdmin();
            QVERIFY(server);
            const auto verifier =
                SqlQuery::scalar(server->connection(), u"SELECT a.rolpassword FROM pg_authid a JOIN users u "
                                                       u"ON u.db_role = a.rolname WHERE u.login = 'li'"_s);
            QVERIFY(verifier->toString().startsWith(u"SCRAM-SHA-256$"_s));
            QVERIFY(!verifier->toString().contains(u"Correct-Horse-9"_s));
            return;
        }
        QVERIFY(hash->toString().startsWith(u"$argon2id$"_s));
        QVERIFY(!hash->toString().contains(u"Correct-Horse-9"_s));
    }

    void changeOwnPasswordNeedsCurrent()
    {
        SystemClock clock;
        test::TestDatabase t;
        QVERIFY2(withAccount(t, clock), qPrintable(t.lastError()));
        const auto session = AuthService(*t, clock).login(u"li"_s, u"Correct-Horse-9"_s);
        QVERIFY(session);
        UserService own(*t, clock, *session);
        QCOMPARE(own.changeOwnPassword(u"not-the-current"_s, u"Autumn-Leaf-77"_s).error().code(),
                 ErrorCode::AuthFailed);
        QVERIFY(own.changeOwnPassword(u"Correct-Horse-9"_s, u"Autumn-Leaf-77"_s));
        QVERIFY(AuthService(*t, clock).login(u"li"_s, u"Autumn-Leaf-77"_s));
        QVERIFY(!AuthService(*t, clock).login(u"li"_s, u"Correct-Horse-9"_s));
    }

    // SPEC §2.2, written out independently of the program's RightCatalog.
    void roleRightMatrix_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("rights");
        QTest::newRow("系统管理员") << u"admin"_s << QStringList{u"021"_s, u"024"_s};
        QTest::newRow("销售主管") << u"director"_s
                                  << QStringList{u"008"_s, u"009"_s, u"010"_s, u"011"_s, u"012"_s, u"013"_s, u"016"_s,
                                                 u"017"_s, u"018"_s, u"019"_s, u"020"_s, u"022"_s, u"023"_s};
        QTest::newRow("客户经理") << u"manager"_s << QStringList{u"008"_s, u"009"_s, u"010"_s, u"011"_s, u"012"_s,
                                                                 u"014"_s, u"015"_s, u"016"_s, u"022"_s, u"023"_s};
        QTest::newRow("高管") << u"executive"_s << QStringList{u"017"_s, u"018"_s, u"019"_s, u"020"_s};
    }
    void roleRightMatrix()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, rights);
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        SqlQuery q(t->connection());
        q.prepare(u"SELECT rr.right_code FROM role_rights rr JOIN roles r ON r.id = rr.role_id WHERE r.kind = :k AND "
                  u"r.builtin = 1 ORDER BY rr.right_code"_s);
        q.bind(u":k"_s, kind);
        QVERIFY(q.exec());
        QStringList actual;
        while (q.next())
            actual << q.value(0).toString();
        QCOMPARE(actual, rights);
    }

    void rightsTreeIsSpec()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        SqlQuery q(t->connection());
        QVERIFY(q.exec(u"SELECT code, COALESCE(parent_code, ''), label FROM rights ORDER BY code"_s));
        QStringList tree;
        while (q.next())
            tree << q.value(0).toString() + u'<' + q.value(1).toString() + u' ' + q.value(2).toString();
        QCOMPARE(tree.size(), 24);
        QCOMPARE(tree.at(0), u"001< 客户关系管理系统"_s);
        QCOMPARE(tree.at(7), u"008<002 销售机会管理"_s);
        QCOMPARE(tree.at(12), u"013<004 服务分配"_s);
        QCOMPARE(tree.at(23), u"024<007 权限分配"_s);
    }
};

QTEST_GUILESS_MAIN(AuthTest)
#include "AuthTest.moc"
