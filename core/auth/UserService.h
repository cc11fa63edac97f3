#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// An account as the administration pages and `ketongctl user list` show it.
struct KETONG_CORE_EXPORT UserRecord
{
    qint64 id = 0;
    QString login;
    QString name;
    qint64 roleId = 0;
    QString roleName;
    RoleKind kind = RoleKind::Manager;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime lastLoginAt;
    QDateTime lockedUntil;
    int failedLogins = 0;
    int version = 1;
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

/// Accounts: create, change password, enable/disable, list. Needs the 权限管理 right (024), except
/// changing one's own password.
class KETONG_CORE_EXPORT UserService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::UserService)
public:
    UserService(const Database& db, const Clock& clock, Session session);
    UserService(const Database& db, const Clock&& clock,
                Session session) = delete; // the service keeps a reference to the clock

    /// Creates an account. Refuses a taken or malformed login, an unknown or disabled role and a
    /// password that fails PasswordPolicy.
    Result<qint64> create(const NewUser& user);
    /// Sets a new password (administrator reset); the account must change it at next login when asked.
    Status resetPassword(const QString& login, const QString& password, bool mustChange);
    /// Changes the session's own password; requires the current one.
    Status changeOwnPassword(const QString& currentPassword, const QString& newPassword);
    /// Disables (never deletes) or re-enables an account. Refuses to disable oneself or the last
    /// active administrator.
    Status setActive(const QString& login, bool active);
    Result<QList<UserRecord>> list() const;
    Result<UserRecord> find(const QString& login) const;
    /// The id of the built-in role of `kind`.
    Result<qint64> builtinRoleId(RoleKind kind) const;

    /// Inserts an account row and its audit entry on `connection` (inside the caller's transaction).
    /// Checks nothing: callers validate first.
    static Result<qint64> insertAccount(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                        const NewUser& user, const QString& passwordHash);

private:
    Status setPasswordHash(const UserRecord& user, const QString& password, bool mustChange, const QString& action);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
