#include "UserService.h"

#include "AccessControl.h"
#include "PasswordHasher.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QRegularExpression>

namespace ketong {

namespace {
const QString kUserSelect = QStringLiteral(
    "SELECT u.id, u.login, u.name, u.role_id, r.name, r.kind, u.status, u.must_change_password, u.last_login_at, "
    "u.locked_until, u.failed_logins, u.version FROM users u JOIN roles r ON r.id = u.role_id ");

UserRecord readUser(const SqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.name = q.value(2).toString();
    u.roleId = q.value(3).toLongLong();
    u.roleName = q.value(4).toString();
    u.kind = roleKindFromKey(q.value(5).toString()).value_or(RoleKind::Manager);
    u.active = q.value(6).toInt() == 1;
    u.mustChangePassword = q.value(7).toInt() == 1;
    u.lastLoginAt = SqlValue::toDateTime(q.value(8));
    u.lockedUntil = SqlValue::toDateTime(q.value(9));
    u.failedLogins = q.value(10).toInt();
    u.version = q.value(11).toInt();
    return u;
}
} // namespace

UserService::UserService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

Result<QList<UserRecord>> UserService::list() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(kUserSelect + QStringLiteral("ORDER BY u.login"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<UserRecord> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

Result<UserRecord> UserService::find(const QString& login) const
{
    SqlQuery q(m_db.connection());
    q.prepare(kUserSelect + QStringLiteral("WHERE u.login = :login"));
    q.bind(QStringLiteral(":login"), login.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no account \"%1\"").arg(login), QStringLiteral("login"));
    return readUser(q);
}

Result<qint64> UserService::builtinRoleId(RoleKind kind) const
{
    auto id = SqlQuery::scalar(m_db.connection(),
                               QStringLiteral("SELECT id FROM roles WHERE kind = :kind AND builtin = 1 ORDER BY id"),
                               {{QStringLiteral("kind"), roleKindKey(kind)}});
    if (!id)
        return id.error();
    if (id->isNull())
        return Error(ErrorCode::NotFound, tr("There is no built-in role of kind %1").arg(roleKindKey(kind)));
    return id->toLongLong();
}

Result<qint64> UserService::create(const NewUser& user)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    const QString login = user.login.trimmed();
    static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$"));
    if (!loginRe.match(login).hasMatch())
        return Error(ErrorCode::Invalid,
                     tr("The login name must be 1–50 letters, digits, '.', '_' or '-', starting with a letter or "
                        "digit"),
                     QStringLiteral("login"));
    const QString name = user.name.trimmed().isEmpty() ? login : user.name.trimmed();
    if (name.size() > 50)
        return Error(ErrorCode::Invalid, tr("The name may have at most 50 characters"), QStringLiteral("name"));
    if (auto s = PasswordPolicy::check(user.password, login); !s)
        return s.error();
    auto hash = PasswordHasher::hash(user.password);
    if (!hash)
        return hash.error();

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto role = SqlQuery::scalar(tx.connection(), QStringLiteral("SELECT enabled FROM roles WHERE id = :id"),
                                 {{QStringLiteral("id"), user.roleId}});
    if (!role)
        return role.error();
    if (role->isNull())
        return Error(ErrorCode::NotFound, tr("The chosen role does not exist"), QStringLiteral("role"));
    if (role->toInt() != 1)
        return Error(ErrorCode::Invalid, tr("The chosen role is disabled"), QStringLiteral("role"));
    auto taken = SqlQuery::scalar(tx.connection(), QStringLiteral("SELECT count(*) FROM users WHERE login = :login"),
                                  {{QStringLiteral("login"), login}});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error(ErrorCode::Duplicate, tr("The login name \"%1\" is already taken").arg(login),
                     QStringLiteral("login"));

    auto id = insertAccount(tx.connection(), m_session, m_clock.now(),
                            {login, name, user.roleId, {}, user.mustChangePassword}, *hash);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> UserService::insertAccount(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                          const NewUser& user, const QString& passwordHash)
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral(
        "INSERT INTO users (login, name, role_id, status, password_hash, must_change_password, password_changed_at, "
        "created_at, updated_at, updated_by) VALUES (:login, :name, :role, 1, :hash, :must, :now, :now, :now, :by) "
        "RETURNING id"));
    q.bind(QStringLiteral(":login"), user.login);
    q.bind(QStringLiteral(":name"), user.name);
    q.bind(QStringLiteral(":role"), user.roleId);
    q.bind(QStringLiteral(":hash"), passwordHash);
    q.bind(QStringLiteral(":must"), user.mustChangePassword ? 1 : 0);
    q.bind(QStringLiteral(":now"), now);
    q.bind(QStringLiteral(":by"), actor.actor());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT … RETURNING gave no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QJsonObject after{{QStringLiteral("login"), user.login},
                            {QStringLiteral("name"), user.name},
                            {QStringLiteral("role_id"), user.roleId},
                            {QStringLiteral("status"), 1}};
    if (auto s = AuditLog::append(connection, actor, now,
                                  {QStringLiteral("create"), QStringLiteral("users"), QString::number(id), {}, after});
        !s)
        return s.error();
    return id;
}

Status UserService::setPasswordHash(const UserRecord& user, const QString& password, bool mustChange,
                                    const QString& action)
{
    if (auto s = PasswordPolicy::check(password, user.login); !s)
        return s;
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    SqlQuery q(tx.connection());
    q.prepare(QStringLiteral(
        "UPDATE users SET password_hash = :hash, must_change_password = :must, password_changed_at = :now, "
        "failed_logins = 0, locked_until = NULL, version = version + 1, updated_at = :now, updated_by = :by "
        "WHERE id = :id"));
    q.bind(QStringLiteral(":hash"), *hash);
    q.bind(QStringLiteral(":must"), mustChange ? 1 : 0);
    q.bind(QStringLiteral(":now"), now);
    q.bind(QStringLiteral(":by"), m_session.actor());
    q.bind(QStringLiteral(":id"), user.id);
    if (auto s = q.exec(); !s)
        return s;
    const QJsonObject after{{QStringLiteral("must_change_password"), mustChange}};
    if (auto s = AuditLog::append(tx.connection(), m_session, now,
                                  {action, QStringLiteral("users"), QString::number(user.id), {}, after});
        !s)
        return s;
    return tx.commit();
}

Status UserService::resetPassword(const QString& login, const QString& password, bool mustChange)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    auto user = find(login);
    if (!user)
        return user.error();
    return setPasswordHash(*user, password, mustChange, QStringLiteral("password-reset"));
}

Status UserService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    if (m_session.isSystem() || m_session.userId() <= 0)
        return Error(ErrorCode::Forbidden, tr("Please log in first"));
    auto hash = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
                                 {{QStringLiteral("id"), m_session.userId()}});
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(currentPassword, hash->toString()))
        return Error(ErrorCode::AuthFailed, tr("The current password is wrong"), QStringLiteral("currentPassword"));
    if (currentPassword == newPassword)
        return Error(ErrorCode::Invalid, tr("The new password must differ from the current one"),
                     QStringLiteral("password"));
    auto user = find(m_session.login());
    if (!user)
        return user.error();
    return setPasswordHash(*user, newPassword, false, QStringLiteral("password-change"));
}

Status UserService::setActive(const QString& login, bool active)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    auto user = find(login);
    if (!user)
        return user.error();
    if (!active && user->id == m_session.userId())
        return Error(ErrorCode::Invalid, tr("You cannot disable your own account"), QStringLiteral("status"));
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (!active && user->kind == RoleKind::Admin) {
        auto admins = SqlQuery::scalar(tx.connection(),
                                       QStringLiteral("SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id "
                                                      "WHERE r.kind = 'admin' AND u.status = 1 AND u.id <> :id"),
                                       {{QStringLiteral("id"), user->id}});
        if (!admins)
            return admins.error();
        if (admins->toInt() == 0)
            return Error(ErrorCode::Invalid, tr("The last active administrator cannot be disabled"),
                         QStringLiteral("status"));
    }
    SqlQuery q(tx.connection());
    q.prepare(QStringLiteral("UPDATE users SET status = :status, version = version + 1, updated_at = :now, "
                             "updated_by = :by WHERE id = :id"));
    q.bind(QStringLiteral(":status"), active ? 1 : 0);
    q.bind(QStringLiteral(":now"), now);
    q.bind(QStringLiteral(":by"), m_session.actor());
    q.bind(QStringLiteral(":id"), user->id);
    if (auto s = q.exec(); !s)
        return s;
    const AuditLog::Entry entry{active ? QStringLiteral("enable") : QStringLiteral("disable"), QStringLiteral("users"),
                                QString::number(user->id),
                                QJsonObject{{QStringLiteral("status"), user->active ? 1 : 0}},
                                QJsonObject{{QStringLiteral("status"), active ? 1 : 0}}};
    if (auto s = AuditLog::append(tx.connection(), m_session, now, entry); !s)
        return s;
    return tx.commit();
}

} // namespace ketong
