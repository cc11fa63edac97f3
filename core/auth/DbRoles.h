#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ketong {

class Database;

/// PostgreSQL's side of the accounts (postgres/0003_security.sql): every account is a login role
/// "<prefix>u_<login>" in one group role "<prefix><kind>". The statements run inside the caller's
/// transaction, so a role and its users row change together or not at all. On SQLite every function is a
/// no-op that succeeds. Passwords travel only as SCRAM verifiers computed here (ScramVerifier).
class KETONG_CORE_EXPORT DbRoles
{
    Q_DECLARE_TR_FUNCTIONS(ketong::DbRoles)
public:
    /// True on a PostgreSQL connection (the only backend with database roles).
    static bool applies(const QSqlDatabase& connection);
    /// "name" with embedded quotes doubled (role names cannot be bound as values).
    static QString quoteIdentifier(const QString& name);
    /// 'text' with embedded quotes doubled.
    static QString quoteLiteral(const QString& text);

    /// (Re)creates the group roles, grants and every account's login role (ketong_security_sync(); the
    /// database owner runs it: init, migrate).
    static Status sync(const QSqlDatabase& connection);
    /// The account the connection is logged in as (its own login role); 0 for the owner or another role.
    static Result<qint64> connectedAccount(const QSqlDatabase& connection);
    /// Before `init` on PostgreSQL: refuses (with what to do) a server where this database's group roles already
    /// exist — role names are cluster-wide, so they belong to another Ketong database — and a connection that
    /// may not create roles (the owner needs CREATEROLE). Succeeds on SQLite.
    static Status requireFreePrefix(const QSqlDatabase& connection);
    /// For `init --role-prefix`: this connection's session uses `prefix` (lower-case letters, digits and _,
    /// ending in _, at most 30 characters), which init then stores with the database. Refuses another form.
    static Status usePrefix(const QSqlDatabase& connection, const QString& prefix);
    /// The prefix of this database's role names.
    static Result<QString> prefix(const QSqlDatabase& connection);

    /// Brings the login role of account `userId` in line with its row: created when missing, LOGIN when
    /// active and NOLOGIN when disabled, a member of exactly the group of its role's kind; with a
    /// `password`, sets its verifier. Runs ketong_account_apply(), which only the owner and an
    /// administrator may call (no account holds CREATEROLE).
    static Status apply(const QSqlDatabase& connection, qint64 userId, const QString& password = {});
    /// The connected account sets its own password (ALTER ROLE CURRENT_USER) and records the change.
    static Status setOwnPassword(const QSqlDatabase& connection, const QString& password, const QDateTime& at);
    enum class PasswordCheck {
        Accepted,     ///< the server accepted the password
        Refused,      ///< wrong password, unknown role or no server
        LoginDisabled ///< the password is right but the role is NOLOGIN (a disabled account)
    };
    /// Whether `role` can log in to `db`'s database with `password` (a separate, short connection).
    static PasswordCheck checkPassword(const Database& db, const QString& role, const QString& password);
    /// True when a failed connection's error says the password was right but the role may not log in.
    static bool isLoginDisabledError(const QString& errorText);
    /// The login role of the account `login` ('' when it has none yet).
    static Result<QString> roleOf(const QSqlDatabase& connection, const QString& login);
};

} // namespace ketong
