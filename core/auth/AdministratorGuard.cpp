#include "AdministratorGuard.h"

#include "Rights.h"
#include "db/SqlDialect.h"
#include "db/SqlQuery.h"

namespace ketong {

namespace {
// An arbitrary constant naming the lock; only these transactions take it.
constexpr qint64 kAdministrationLock = 0x6b740024;

const QString kAdministrators = QStringLiteral(
    "SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id "
    "JOIN role_rights rr ON rr.role_id = r.id AND rr.right_code = :right WHERE u.status = 1 AND r.enabled = 1");
} // namespace

Result<int> AdministratorGuard::count(const QSqlDatabase& connection)
{
    auto n = SqlQuery::scalar(connection, kAdministrators, {{QStringLiteral("right"), QString(Rights::Permissions)}});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<bool> AdministratorGuard::isAdministrator(const QSqlDatabase& connection, qint64 userId)
{
    auto n =
        SqlQuery::scalar(connection, kAdministrators + QStringLiteral(" AND u.id = :id"),
                         {{QStringLiteral("right"), QString(Rights::Permissions)}, {QStringLiteral("id"), userId}});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Result<AdministratorGuard> AdministratorGuard::begin(const QSqlDatabase& connection, const SqlDialect& dialect,
                                                     const Session& actor)
{
    if (dialect.isPostgres()) {
        if (auto s = SqlQuery::scalar(connection, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"),
                                      {{QStringLiteral("key"), kAdministrationLock}});
            !s)
            return s.error();
    }
    AdministratorGuard guard;
    auto before = count(connection);
    if (!before)
        return before.error();
    guard.m_before = *before;
    if (!actor.isSystem() && actor.userId() > 0) {
        auto admin = isAdministrator(connection, actor.userId());
        if (!admin)
            return admin.error();
        guard.m_actorId = actor.userId();
        guard.m_actorWasAdministrator = *admin;
    }
    return guard;
}

Status AdministratorGuard::check(const QSqlDatabase& connection, const QString& field) const
{
    auto after = count(connection);
    if (!after)
        return after.error();
    // A database made without an administrator (`ketongctl init` without --admin) is not refused
    // every change; only taking the last one away is.
    if (m_before > 0 && *after == 0)
        return Error(ErrorCode::Invalid,
                     tr("This change would leave no active account that can manage users, roles and rights; at "
                        "least one administrator must remain"),
                     field);
    if (m_actorWasAdministrator) {
        auto still = isAdministrator(connection, m_actorId);
        if (!still)
            return still.error();
        if (!*still)
            return Error(ErrorCode::Invalid,
                         tr("You cannot take away your own right to manage users, roles and rights; ask another "
                            "administrator"),
                         field);
    }
    return {};
}

} // namespace ketong
