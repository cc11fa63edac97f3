#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ketong {

class Database;

/// Creating a Ketong database: schema, the four built-in roles with the rights of SPEC §2.2, the rights
/// tree of SPEC §2.3, the dictionary defaults of SPEC §3.3, default settings and (optionally) the first
/// administrator and the demo company.
class KETONG_CORE_EXPORT Setup
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Setup)
public:
    struct Options
    {
        QString adminLogin; ///< empty: create no administrator (add one later with `ketongctl user add`)
        QString adminName;
        QString adminPassword; ///< must meet PasswordPolicy
        bool demo = false;     ///< also load the demo company (accounts with the password "demo")
        /// PostgreSQL: the prefix of this database's role names (default: the database's ketong.role_prefix
        /// setting, else "ketong_"); another Ketong database on the same server needs its own.
        QString rolePrefix;
    };

    /// Initialises an empty database in one transaction: if anything fails, nothing is left behind.
    /// Refuses (AlreadyExists) a database that already holds tables.
    static Status initialize(const Database& db, const Clock& clock, const Options& options);

    /// Writes the built-in roles, rights, role rights, dictionary and settings (inside the caller's
    /// transaction on `connection`).
    static Status seedReferenceData(const QSqlDatabase& connection, const QDateTime& now);
    /// PostgreSQL: login roles for the seeded accounts (the demo ones with the demo password).
    static Status securePostgres(const QSqlDatabase& connection, bool demo);
};

} // namespace ketong
