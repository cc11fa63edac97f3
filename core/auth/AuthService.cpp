#include "AuthService.h"

#include "DbRoles.h"
#include "PasswordHasher.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

namespace ketong {

namespace {

struct Account
{
    qint64 id = 0;
    QString login;
    QString name;
    qint64 roleId = 0;
    QString roleName;
    QString kind;
    bool roleEnabled = true;
    bool active = true;
    QString passwordHash;
    QString dbRole;
    int failedLogins = 0;
    QDateTime lockedUntil;
    bool mustChange = false;
};

/// The account's role as people read it (a built-in role in the current language).
QString roleLabelOf(const Account& a)
{
    const auto kind = roleKindFromKey(a.kind);
    return kind ? RightCatalog::roleLabel(a.roleName, *kind) : a.roleName;
}

Result<std::optional<Account>> loadAccount(const QSqlDatabase& db, const QString& login)
{
    SqlQuery q(db);
    q.prepare(
        // PostgreSQL keeps passwords in the login roles; the accounts cannot read password_hash there.
        QStringLiteral("SELECT u.id, u.login, u.name, u.role_id, r.name, r.kind, r.enabled, u.status, %1, "
                       "u.failed_logins, u.locked_until, u.must_change_password, u.db_role "
                       "FROM users u JOIN roles r ON r.id = u.role_id WHERE u.login = :login")
            .arg(DbRoles::applies(db) ? QStringLiteral("''") : QStringLiteral("u.password_hash")));
    q.bind(QStringLiteral(":login"), login);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Account>();
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.name = q.value(2).toString();
    a.roleId = q.value(3).toLongLong();
    a.roleName = q.value(4).toString();
    a.kind = q.value(5).toString();
    a.roleEnabled = q.value(6).toInt() == 1;
    a.active = q.value(7).toInt() == 1;
    a.passwordHash = q.value(8).toString();
    a.failedLogins = q.value(9).toInt();
    a.lockedUntil = SqlValue::toDateTime(q.value(10));
    a.mustChange = q.value(11).toInt() == 1;
    a.dbRole = q.value(12).toString();
    return std::optional<Account>(a);
}

Result<Session> buildSession(const QSqlDatabase& db, const Account& a)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT right_code FROM role_rights WHERE role_id = :role"));
    q.bind(QStringLiteral(":role"), a.roleId);
    if (auto s = q.exec(); !s)
        return s.error();
    QSet<QString> rights;
    while (q.next())
        rights.insert(q.value(0).toString());
    const auto kind = roleKindFromKey(a.kind);
    if (!kind)
        return Error(ErrorCode::Internal, QStringLiteral("unknown role kind %1").arg(a.kind));
    Session session(a.id, a.login, a.name, a.roleId, a.roleName, *kind, rights);
    session.setMustChangePassword(a.mustChange);
    return session;
}

/// PostgreSQL, connected as the account itself: the server has checked the password; the account's state
/// is checked here and ketong_login() stamps last_login_at and audits the login (the account cannot write users).
Result<Session> finishPostgresLogin(Transaction& tx, const Account& a, const QDateTime& now)
{
    if (a.lockedUntil.isValid() && a.lockedUntil > now)
        return Error(ErrorCode::AccountLocked,
                     AuthService::tr("Too many failed logins: the account is locked until %1")
                         .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!a.active)
        return Error(ErrorCode::AccountDisabled, AuthService::tr("This account is disabled; ask the administrator"));
    if (!a.roleEnabled)
        return Error(ErrorCode::AccountDisabled,
                     AuthService::tr("The role \"%1\" of this account is disabled").arg(roleLabelOf(a)));
    if (auto s =
            SqlQuery::run(tx.connection(), QStringLiteral("SELECT ketong_login(:now)"), {{QStringLiteral("now"), now}});
        !s)
        return s.error();
    auto session = buildSession(tx.connection(), a);
    if (!session)
        return session.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return session;
}

} // namespace

AuthService::AuthService(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<Session> AuthService::login(const QString& loginText, const QString& password) const
{
    const QString login = loginText.trimmed();
    const Error wrong(ErrorCode::AuthFailed, tr("Wrong login name or password"), QStringLiteral("password"));
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto found = loadAccount(tx.connection(), login);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        PasswordHasher::burnVerification(password);
        return wrong;
    }
    const Account a = **found;
    const Session actor = [&] {
        Session s(a.id, a.login, a.name, a.roleId, a.roleName, RoleKind::Manager, {});
        return s;
    }();

    if (a.lockedUntil.isValid() && a.lockedUntil > now) {
        return Error(ErrorCode::AccountLocked,
                     tr("Too many failed logins: the account is locked until %1")
                         .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    auto connected = DbRoles::connectedAccount(tx.connection());
    if (!connected)
        return connected.error();
    if (*connected != 0) {
        // PostgreSQL, connected as an account's own login role: the server has checked the password.
        if (*connected != a.id)
            return wrong;
        return finishPostgresLogin(tx, a, now);
    }
    // SQLite: the stored Argon2id hash. PostgreSQL through the owner's connection (ketongctl, tests): the
    // server checks the password of the account's login role on a short second connection.
    bool verified = false;
    if (DbRoles::applies(tx.connection())) {
        const auto check = DbRoles::checkPassword(m_db, a.dbRole, password);
        // A disabled account's login role is NOLOGIN: the server still tells a right password from a wrong one.
        if (check == DbRoles::PasswordCheck::LoginDisabled)
            return Error(ErrorCode::AccountDisabled, tr("This account is disabled; ask the administrator"));
        verified = check == DbRoles::PasswordCheck::Accepted;
    } else {
        verified = PasswordHasher::verify(password, a.passwordHash);
    }
    if (!verified) {
        const int failures = a.failedLogins + 1;
        const bool lock = failures >= MaxFailedLogins;
        SqlQuery q(tx.connection());
        q.prepare(QStringLiteral("UPDATE users SET failed_logins = :f, locked_until = :until WHERE id = :id"));
        q.bind(QStringLiteral(":f"), lock ? 0 : failures);
        q.bind(QStringLiteral(":until"), SqlValue::fromDateTime(lock ? now.addSecs(LockMinutes * 60) : QDateTime()));
        q.bind(QStringLiteral(":id"), a.id);
        if (auto s = q.exec(); !s)
            return s.error();
        AuditLog::Entry entry{QStringLiteral("login-failed"),
                              QStringLiteral("users"),
                              QString::number(a.id),
                              {},
                              QJsonObject{{QStringLiteral("failed_logins"), failures}}};
        if (auto s = AuditLog::append(tx.connection(), actor, now, entry); !s)
            return s.error();
        if (lock) {
            AuditLog::Entry lockEntry{QStringLiteral("lockout"),
                                      QStringLiteral("users"),
                                      QString::number(a.id),
                                      {},
                                      QJsonObject{{QStringLiteral("locked_minutes"), LockMinutes}}};
            if (auto s = AuditLog::append(tx.connection(), actor, now, lockEntry); !s)
                return s.error();
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        return wrong;
    }

    if (!a.active)
        return Error(ErrorCode::AccountDisabled, tr("This account is disabled; ask the administrator"));
    if (!a.roleEnabled)
        return Error(ErrorCode::AccountDisabled, tr("The role \"%1\" of this account is disabled").arg(roleLabelOf(a)));

    SqlQuery q(tx.connection());
    q.prepare(
        QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":now"), now);
    q.bind(QStringLiteral(":id"), a.id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (auto s = AuditLog::append(tx.connection(), actor, now,
                                  {QStringLiteral("login"), QStringLiteral("users"), QString::number(a.id), {}, {}});
        !s)
        return s.error();
    auto session = buildSession(tx.connection(), a);
    if (!session)
        return session.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return session;
}

QString AuthService::serverRole(const QString& login)
{
    QString prefix = qEnvironmentVariable("KETONG_ROLE_PREFIX");
    if (prefix.isEmpty())
        prefix = QStringLiteral("ketong_");
    return prefix + QStringLiteral("u_") + login.trimmed();
}

Result<AuthService::ServerLogin> AuthService::loginToServer(const DatabaseUrl& url, const Clock& clock,
                                                            const QString& login, const QString& password)
{
    const Error wrong(ErrorCode::AuthFailed, tr("Wrong login name or password"), QStringLiteral("password"));
    if (login.trimmed().isEmpty() || password.isEmpty())
        return wrong;
    OpenOptions options;
    options.password = password;
    auto db = Database::open(url.withUser(serverRole(login)), options);
    if (!db) {
        const Error& e = db.error();
        if (DbRoles::isLoginDisabledError(e.fullText() + e.detail()))
            return Error(ErrorCode::AccountDisabled, tr("This account is disabled; ask the administrator"));
        if (e.code() == ErrorCode::AuthFailed)
            return wrong;
        return e;
    }
    auto session = AuthService(**db, clock).login(login, password);
    if (!session)
        return session.error();
    return ServerLogin{*db, *session};
}

Result<Session> AuthService::sessionFor(const QString& login) const
{
    auto found = loadAccount(m_db.connection(), login.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("There is no account \"%1\"").arg(login));
    const Account a = **found;
    if (!a.active)
        return Error(ErrorCode::AccountDisabled, tr("This account is disabled; ask the administrator"));
    return buildSession(m_db.connection(), a);
}

} // namespace ketong
