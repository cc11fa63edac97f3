#pragma once

#include "Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class SqlDialect;

/// Keeps the program administrable. An administrator is an active account whose role is usable and
/// holds 权限管理 (024). A change to accounts, roles or rights may not take the last administrator away,
/// and an administrator cannot take their own administration away (disable or demote themselves,
/// disable or strip their own role).
///
///     auto guard = AdministratorGuard::begin(c, db.dialect(), session);   // right after tx.begin()
///     … write …
///     if (auto s = guard->check(c, QStringLiteral("role")); !s) return s; // the transaction rolls back
///
/// begin() takes a transaction-scoped lock on PostgreSQL, so two administrators demoting each other at
/// the same moment cannot both succeed (SQLite serialises writers anyway).
class KETONG_CORE_EXPORT AdministratorGuard
{
    Q_DECLARE_TR_FUNCTIONS(ketong::AdministratorGuard)
public:
    /// Takes the lock and notes how things stand before the change.
    static Result<AdministratorGuard> begin(const QSqlDatabase& connection, const SqlDialect& dialect,
                                            const Session& actor);
    /// After the change (same transaction): Ok unless it removed the last administrator or the acting
    /// administrator's own administration; then an Invalid error naming `field`.
    Status check(const QSqlDatabase& connection, const QString& field) const;

    /// The number of administrators as the database is now.
    static Result<int> count(const QSqlDatabase& connection);
    /// True when the account `userId` is an administrator now.
    static Result<bool> isAdministrator(const QSqlDatabase& connection, qint64 userId);

private:
    AdministratorGuard() = default;
    int m_before = 0;
    qint64 m_actorId = 0;
    bool m_actorWasAdministrator = false;
};

} // namespace ketong
