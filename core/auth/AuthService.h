#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "db/Database.h"
#include "ketong_core_export.h"

#include <QCoreApplication>

namespace ketong {

class Database;

/// Logging in. Five failed attempts lock an account for 15 minutes (stored, so restarting the program
/// does not reset it); a disabled account or role cannot log in; an unknown login and a wrong password
/// get the same message. Every attempt is audited.
class KETONG_CORE_EXPORT AuthService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::AuthService)
public:
    static constexpr int MaxFailedLogins = 5;
    static constexpr int LockMinutes = 15;

    AuthService(const Database& db, const Clock& clock);
    AuthService(const Database& db, const Clock&& clock) = delete; // the service keeps a reference to the clock

    /// Checks the credentials and returns the session. Errors: AuthFailed, AccountLocked,
    /// AccountDisabled, or a database error.
    Result<Session> login(const QString& login, const QString& password) const;
    /// PostgreSQL: connects to `url`'s database as the account's own login role ("<prefix>u_<login>", prefix
    /// from KETONG_ROLE_PREFIX or "ketong_") with `password` — the server checks it — and logs in there.
    /// Returns the account's own database connection and the session. A wrong password, an unknown login and
    /// a disabled account read as on SQLite; no shared database password is involved.
    struct ServerLogin
    {
        DatabasePtr db;
        Session session;
    };
    static Result<ServerLogin> loginToServer(const DatabaseUrl& url, const Clock& clock, const QString& login,
                                             const QString& password);
    /// The login role of `login` on a PostgreSQL server.
    static QString serverRole(const QString& login);

    /// Builds the session of an account without a password (after the database itself authenticated
    /// the user, or for tests and the command line).
    Result<Session> sessionFor(const QString& login) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};

} // namespace ketong
