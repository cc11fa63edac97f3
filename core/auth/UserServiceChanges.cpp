// UserService: the version-checked changes of an account (edit, enable/disable, passwords, unlock).
#include "UserService.h"

#include "AccessControl.h"
#include "AdministratorGuard.h"
#include "DbRoles.h"
#include "PasswordHasher.h"
#include "audit/AuditLog.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

namespace ketong {

namespace {
QJsonValue jsonTime(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

Status UserService::change(qint64 id, int version, const QString& action, const Plan& plan)
{
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    auto guard = AdministratorGuard::begin(c, m_db.dialect(), m_session);
    if (!guard)
        return guard.error();
    auto found = fetch(c, QStringLiteral("id"), id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("The account no longer exists"));
    const UserRecord& user = **found;
    const QString what = tr("The account \"%1\"").arg(user.login);
    if (user.version != version)
        return staleRecordError(c, QStringLiteral("users"), id, what);
    auto write = plan(c, user);
    if (!write)
        return write.error();

    QVariantMap values = write->values;
    values.insert(QStringLiteral("now"), now);
    values.insert(QStringLiteral("by"), m_session.actor());
    values.insert(QStringLiteral("id"), id);
    values.insert(QStringLiteral("version"), version);
    // write->set is a fixed fragment of this file, never user input.
    auto changed = SqlQuery::run(c,
                                 QStringLiteral("UPDATE users SET %1, version = version + 1, updated_at = :now, "
                                                "updated_by = :by WHERE id = :id AND version = :version")
                                     .arg(write->set),
                                 values);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(c, QStringLiteral("users"), id, what);
    if (auto s = guard->check(c, write->field); !s)
        return s;
    if (auto s = AuditLog::append(c, m_session, now,
                                  {action, QStringLiteral("users"), QString::number(id), write->before, write->after});
        !s)
        return s;
    // PostgreSQL: the login role follows the row (group, LOGIN/NOLOGIN, password) in the same transaction.
    if (auto s = DbRoles::apply(c, id, write->password); !s)
        return s;
    return tx.commit();
}

Status UserService::update(qint64 id, const UserEdit& edit, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    const QString name = edit.name.trimmed();
    if (auto e = Validation::text(name, 50, QStringLiteral("name"), tr("Name"), true))
        return *e;
    if (edit.roleId <= 0)
        return Error(ErrorCode::Required, tr("Choose the account's role"), QStringLiteral("role"));
    return change(
        id, version, QStringLiteral("update"), [&](const QSqlDatabase& c, const UserRecord& user) -> Result<Write> {
            SqlQuery q(c);
            q.prepare(QStringLiteral("SELECT name, enabled FROM roles WHERE id = :id"));
            q.bind(QStringLiteral(":id"), edit.roleId);
            if (auto s = q.exec(); !s)
                return s.error();
            if (!q.next())
                return Error(ErrorCode::NotFound, tr("The chosen role does not exist"), QStringLiteral("role"));
            const QString roleName = q.value(0).toString();
            if (q.value(1).toInt() != 1 && edit.roleId != user.roleId)
                return Error(ErrorCode::Invalid, tr("The chosen role is disabled"), QStringLiteral("role"));
            const QJsonObject before{{QStringLiteral("name"), user.name},
                                     {QStringLiteral("role_id"), user.roleId},
                                     {QStringLiteral("role"), user.roleName}};
            const QJsonObject after{{QStringLiteral("name"), name},
                                    {QStringLiteral("role_id"), edit.roleId},
                                    {QStringLiteral("role"), roleName}};
            const auto [changedBefore, changedAfter] = AuditLog::diff(before, after);
            return Write{QStringLiteral("name = :name, role_id = :role"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("role"), edit.roleId}},
                         changedBefore,
                         changedAfter,
                         QStringLiteral("role"),
                         {}};
        });
}

Status UserService::setActive(qint64 id, bool active, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    if (!active && id == m_session.userId())
        return Error(ErrorCode::Invalid, tr("You cannot disable your own account"), QStringLiteral("status"));
    return change(id, version, active ? QStringLiteral("enable") : QStringLiteral("disable"),
                  [&](const QSqlDatabase&, const UserRecord& user) -> Result<Write> {
                      return Write{QStringLiteral("status = :status"),
                                   {{QStringLiteral("status"), active ? 1 : 0}},
                                   QJsonObject{{QStringLiteral("status"), user.active ? 1 : 0}},
                                   QJsonObject{{QStringLiteral("status"), active ? 1 : 0}},
                                   QStringLiteral("status"),
                                   {}};
                  });
}

Status UserService::unlock(qint64 id, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    return change(id, version, QStringLiteral("unlock"),
                  [](const QSqlDatabase&, const UserRecord& user) -> Result<Write> {
                      return Write{QStringLiteral("failed_logins = 0, locked_until = NULL"),
                                   {},
                                   QJsonObject{{QStringLiteral("locked_until"), jsonTime(user.lockedUntil)},
                                               {QStringLiteral("failed_logins"), user.failedLogins}},
                                   QJsonObject{{QStringLiteral("locked_until"), QJsonValue()},
                                               {QStringLiteral("failed_logins"), 0}},
                                   QStringLiteral("lockedUntil"),
                                   {}};
                  });
}

Status UserService::setPassword(qint64 id, int version, const QString& password, bool mustChange, const QString& action)
{
    // Hash before the transaction: Argon2id takes ~70 ms that no lock should wait for.
    auto login = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT login FROM users WHERE id = :id"),
                                  {{QStringLiteral("id"), id}});
    if (!login)
        return login.error();
    if (auto s = PasswordPolicy::check(password, login->toString()); !s)
        return s;
    if (m_db.dialect().isPostgres()) {
        // The server keeps the password (the login role's SCRAM verifier); the row keeps only the facts.
        return change(id, version, action, [&](const QSqlDatabase&, const UserRecord& user) -> Result<Write> {
            return Write{QStringLiteral("must_change_password = :must, password_changed_at = :now, failed_logins = "
                                        "0, locked_until = NULL"),
                         {{QStringLiteral("must"), mustChange ? 1 : 0}},
                         QJsonObject{{QStringLiteral("must_change_password"), user.mustChangePassword}},
                         QJsonObject{{QStringLiteral("must_change_password"), mustChange}},
                         QStringLiteral("password"),
                         password};
        });
    }
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    return change(id, version, action, [&](const QSqlDatabase&, const UserRecord& user) -> Result<Write> {
        // The clear password and its hash never reach the log: only the facts.
        return Write{QStringLiteral("password_hash = :hash, must_change_password = :must, password_changed_at = "
                                    ":now, failed_logins = 0, locked_until = NULL"),
                     {{QStringLiteral("hash"), *hash}, {QStringLiteral("must"), mustChange ? 1 : 0}},
                     QJsonObject{{QStringLiteral("must_change_password"), user.mustChangePassword}},
                     QJsonObject{{QStringLiteral("must_change_password"), mustChange}},
                     QStringLiteral("password"),
                     {}};
    });
}

Status UserService::resetPassword(qint64 id, const QString& password, bool mustChange, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    return setPassword(id, version, password, mustChange, QStringLiteral("password-reset"));
}

Status UserService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    if (m_session.isSystem() || m_session.userId() <= 0)
        return Error(ErrorCode::Forbidden, tr("Please log in first"));
    if (m_db.dialect().isPostgres())
        return changeOwnPostgresPassword(currentPassword, newPassword);
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT password_hash, version FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), m_session.userId());
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The account no longer exists"));
    const QString stored = q.value(0).toString();
    const int version = q.value(1).toInt();
    q.finish();
    if (!PasswordHasher::verify(currentPassword, stored))
        return Error(ErrorCode::AuthFailed, tr("The current password is wrong"), QStringLiteral("currentPassword"));
    if (currentPassword == newPassword)
        return Error(ErrorCode::Invalid, tr("The new password must differ from the current one"),
                     QStringLiteral("password"));
    return setPassword(m_session.userId(), version, newPassword, false, QStringLiteral("password-change"));
}

Status UserService::changeOwnPostgresPassword(const QString& currentPassword, const QString& newPassword)
{
    // The server checks the current password: a short second connection as the account's login role.
    auto role = DbRoles::roleOf(m_db.connection(), m_session.login());
    if (!role)
        return role.error();
    if (DbRoles::checkPassword(m_db, *role, currentPassword) != DbRoles::PasswordCheck::Accepted)
        return Error(ErrorCode::AuthFailed, tr("The current password is wrong"), QStringLiteral("currentPassword"));
    if (currentPassword == newPassword)
        return Error(ErrorCode::Invalid, tr("The new password must differ from the current one"),
                     QStringLiteral("password"));
    if (auto s = PasswordPolicy::check(newPassword, m_session.login()); !s)
        return s;
    auto connected = DbRoles::connectedAccount(m_db.connection());
    if (!connected)
        return connected.error();
    if (*connected == m_session.userId()) {
        // Logged in as the account itself: it may change its own role's password, and nothing else.
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s)
            return s;
        if (auto s = DbRoles::setOwnPassword(tx.connection(), newPassword, m_clock.now()); !s)
            return s;
        return tx.commit();
    }
    auto version = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT version FROM users WHERE id = :id"),
                                    {{QStringLiteral("id"), m_session.userId()}});
    if (!version)
        return version.error();
    return setPassword(m_session.userId(), version->toInt(), newPassword, false, QStringLiteral("password-change"));
}

Status UserService::resetPassword(const QString& login, const QString& password, bool mustChange)
{
    auto user = find(login);
    if (!user)
        return user.error();
    return resetPassword(user->id, password, mustChange, user->version);
}

Status UserService::setActive(const QString& login, bool active)
{
    auto user = find(login);
    if (!user)
        return user.error();
    return setActive(user->id, active, user->version);
}

} // namespace ketong
