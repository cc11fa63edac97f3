#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace ketong {

class Database;

/// An account as the administration pages and `ketongctl user list` show it.
struct KETONG_CORE_EXPORT UserRecord
{
    qint64 id = 0;
    QString login;
    QString name;
    qint64 roleId = 0;
    QString roleName; ///< as stored
    RoleKind kind = RoleKind::Manager;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime lastLoginAt;
    QDateTime lockedUntil;
    int failedLogins = 0;
    int version = 1;

    /// The role's name in the current language (built-in roles are translated).
    QString roleLabel() const { return RightCatalog::roleLabel(roleName, kind); }
    /// True when the account is locked out at `now` (too many failed logins).
    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

/// A new account.
struct KETONG_CORE_EXPORT NewUser
{
    QString login;
    QString name;
    qint64 roleId = 0;
    QString password;
    bool mustChangePassword = true;
};

/// What 编辑用户 changes: the person's name and the account's role.
struct KETONG_CORE_EXPORT UserEdit
{
    QString name;
    qint64 roleId = 0;
};

/// The filter of the 用户管理 list.
struct KETONG_CORE_EXPORT UserFilter
{
    QString text;      ///< part of the login or the name (empty: any)
    qint64 roleId = 0; ///< 0: any role
    int status = -1;   ///< 1 active, 0 disabled, -1 any
};

/// Accounts (用户管理): create, edit name and role, disable/enable (never delete: history refers to
/// accounts), reset password, unlock, list. Every method needs 权限管理 (024) and is refused with a
/// Forbidden error otherwise — except changing one's own password. Changes are version-checked and
/// audited; none may leave the program without an administrator (AdministratorGuard).
class KETONG_CORE_EXPORT UserService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::UserService)
public:
    UserService(const Database& db, const Clock& clock, Session session);
    UserService(const Database& db, const Clock&& clock,
                Session session) = delete; // the service keeps a reference to the clock

    /// Creates an account. Refuses a taken or malformed login, a name over 50 characters, an unknown or
    /// disabled role and a password that fails PasswordPolicy.
    Result<qint64> create(const NewUser& user);
    /// Changes the name and the role. Refuses an empty name, an unknown or disabled role, and a change
    /// that demotes the last administrator or the acting administrator.
    Status update(qint64 id, const UserEdit& edit, int version);
    /// Disables (never deletes) or re-enables an account. Refuses to disable oneself or the last
    /// administrator.
    Status setActive(qint64 id, bool active, int version);
    /// Sets a new password (administrator reset) and lifts a lock-out; with `mustChange` the account
    /// must choose its own at the next login.
    Status resetPassword(qint64 id, const QString& password, bool mustChange, int version);
    /// Lifts a lock-out after too many failed logins.
    Status unlock(qint64 id, int version);
    /// Changes the session's own password; requires the current one. Needs no right.
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);

    /// `ketongctl user …`: the same operations by login on the account as it is now.
    Status resetPassword(const QString& login, const QString& password, bool mustChange);
    Status setActive(const QString& login, bool active);

    Result<UserRecord> load(qint64 id) const;
    Result<UserRecord> find(const QString& login) const;
    Result<QList<UserRecord>> list() const;
    /// The 用户管理 list: login, name, role, status, last login, locked until.
    Result<ListQuery> listQuery(const UserFilter& filter) const;
    /// The id of the built-in role of `kind`.
    Result<qint64> builtinRoleId(RoleKind kind) const;

    /// The status word of an account ("Active" / "Disabled"), translated.
    static QString statusLabel(bool active);

    /// Inserts an account row and its audit entry on `connection` (inside the caller's transaction).
    /// Checks nothing: callers validate first.
    static Result<qint64> insertAccount(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                        const NewUser& user, const QString& passwordHash);

private:
    /// One version-checked change of an account row: the SET clause, its values and what the audit shows.
    struct Write
    {
        QString set;
        QVariantMap values;
        QJsonObject before;
        QJsonObject after;
        QString field;    ///< the field a refusal by AdministratorGuard names
        QString password; ///< PostgreSQL: the new password of the account's login role (empty: unchanged)
    };
    using Plan = std::function<Result<Write>(const QSqlDatabase&, const UserRecord&)>;
    /// Loads the row as it is now (refusing a stale version), asks `plan` what to write, writes it, checks
    /// that an administrator remains, appends the audit entry and commits.
    Status change(qint64 id, int version, const QString& action, const Plan& plan);
    Status changeOwnPostgresPassword(const QString& currentPassword, const QString& newPassword);
    Status setPassword(qint64 id, int version, const QString& password, bool mustChange, const QString& action);
    static Result<std::optional<UserRecord>> fetch(const QSqlDatabase& connection, const QString& column,
                                                   const QVariant& value);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
