#include "RoleService.h"

#include "AccessControl.h"
#include "AdministratorGuard.h"
#include "RightsService.h"
#include "audit/AuditLog.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QJsonArray>

namespace ketong {

namespace {
const QString kRoleSelect =
    QStringLiteral("SELECT r.id, r.name, r.description, r.kind, r.enabled, r.builtin, r.version, "
                   "(SELECT count(*) FROM users u WHERE u.role_id = r.id) FROM roles r ");

RoleRecord readRole(const SqlQuery& q)
{
    RoleRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.description = q.value(2).toString();
    r.kind = roleKindFromKey(q.value(3).toString()).value_or(RoleKind::Executive);
    r.enabled = q.value(4).toInt() == 1;
    r.builtin = q.value(5).toInt() == 1;
    r.version = q.value(6).toInt();
    r.accounts = q.value(7).toInt();
    return r;
}

QJsonObject snapshot(const QString& name, const QString& description, RoleKind kind, bool enabled)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("kind"), roleKindKey(kind)},
            {QStringLiteral("enabled"), enabled ? 1 : 0}};
}
} // namespace

RoleService::RoleService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QString RoleService::enabledLabel(bool enabled)
{
    return enabled ? tr("Usable") : tr("Disabled");
}

Result<std::optional<RoleRecord>> RoleService::fetch(const QSqlDatabase& connection, qint64 id)
{
    SqlQuery q(connection);
    q.prepare(kRoleSelect + QStringLiteral("WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<RoleRecord>();
    return std::optional<RoleRecord>(readRole(q));
}

Result<QList<RoleRecord>> RoleService::list() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(kRoleSelect + QStringLiteral("ORDER BY r.builtin DESC, r.id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<RoleRecord> roles;
    while (q.next())
        roles.append(readRole(q));
    return roles;
}

Result<RoleRecord> RoleService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    auto role = fetch(m_db.connection(), id);
    if (!role)
        return role.error();
    if (!role->has_value())
        return Error(ErrorCode::NotFound, tr("The role no longer exists"));
    return **role;
}

Status RoleService::validate(const RoleInput& input) const
{
    if (auto e = Validation::text(input.name.trimmed(), 50, QStringLiteral("name"), tr("Role name"), true))
        return *e;
    if (auto e =
            Validation::maxLength(input.description.trimmed(), 200, QStringLiteral("description"), tr("Description")))
        return *e;
    return {};
}

Status RoleService::checkNameFree(const QSqlDatabase& connection, const QString& name, qint64 exceptId) const
{
    auto taken =
        SqlQuery::scalar(connection, QStringLiteral("SELECT count(*) FROM roles WHERE name = :name AND id <> :id"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("id"), exceptId}});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error(ErrorCode::Duplicate, tr("There is already a role named \"%1\"").arg(name),
                     QStringLiteral("name"));
    return {};
}

Result<qint64> RoleService::create(const RoleInput& input)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    if (auto s = validate(input); !s)
        return s.error();
    const QString name = input.name.trimmed();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QSqlDatabase c = tx.connection();
    if (auto s = checkNameFree(c, name, 0); !s)
        return s.error();
    SqlQuery q(c);
    q.prepare(QStringLiteral("INSERT INTO roles (name, kind, description, enabled, builtin, created_at, updated_at, "
                             "updated_by) VALUES (:name, :kind, :desc, :enabled, 0, :now, :now, :by) RETURNING id"));
    q.bind(QStringLiteral(":name"), name);
    q.bind(QStringLiteral(":kind"), roleKindKey(input.kind));
    q.bind(QStringLiteral(":desc"), input.description.trimmed());
    q.bind(QStringLiteral(":enabled"), input.enabled ? 1 : 0);
    q.bind(QStringLiteral(":now"), now);
    q.bind(QStringLiteral(":by"), m_session.actor());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT … RETURNING gave no id"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QJsonArray rights;
    for (const QLatin1String code : RightCatalog::defaultRights(input.kind)) {
        if (auto s = SqlQuery::run(c, QStringLiteral("INSERT INTO role_rights (role_id, right_code) VALUES (:r, :c)"),
                                   {{QStringLiteral("r"), id}, {QStringLiteral("c"), QString(code)}});
            !s)
            return s.error();
        rights.append(QString(code));
    }
    QJsonObject after = snapshot(name, input.description.trimmed(), input.kind, input.enabled);
    after.insert(QStringLiteral("rights"), rights);
    if (auto s = AuditLog::append(c, m_session, now,
                                  {QStringLiteral("create"), QStringLiteral("roles"), QString::number(id), {}, after});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status RoleService::update(qint64 id, const RoleInput& input, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    if (auto s = validate(input); !s)
        return s;
    const QString name = input.name.trimmed();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    auto guard = AdministratorGuard::begin(c, m_db.dialect(), m_session);
    if (!guard)
        return guard.error();
    auto found = fetch(c, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("The role no longer exists"));
    const RoleRecord& role = **found;
    const QString what = tr("The role \"%1\"").arg(role.label());
    if (role.version != version)
        return staleRecordError(c, QStringLiteral("roles"), id, what);
    if (role.builtin && role.kind != input.kind)
        return Error(ErrorCode::Invalid, tr("The kind of a built-in role cannot be changed"), QStringLiteral("kind"));
    if (auto s = checkNameFree(c, name, id); !s)
        return s;
    if (role.kind != input.kind) {
        // The rights the role holds must suit its new kind (an administrator role holds no business right).
        auto held = RightsService::roleRightCodes(c, id);
        if (!held)
            return held.error();
        for (const QString& code : std::as_const(*held)) {
            if (!RightCatalog::allowedFor(input.kind, code))
                return Error(ErrorCode::Invalid,
                             tr("%1 holds \"%2\", which a role of the kind \"%3\" cannot hold; take the right away "
                                "first")
                                 .arg(what, RightCatalog::label(code), RightCatalog::kindLabel(input.kind)),
                             QStringLiteral("kind"));
        }
    }
    auto changed = SqlQuery::run(c,
                                 QStringLiteral("UPDATE roles SET name = :name, description = :desc, kind = :kind, "
                                                "enabled = :enabled, version = version + 1, updated_at = :now, "
                                                "updated_by = :by WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("name"), name},
                                  {QStringLiteral("desc"), input.description.trimmed()},
                                  {QStringLiteral("kind"), roleKindKey(input.kind)},
                                  {QStringLiteral("enabled"), input.enabled ? 1 : 0},
                                  {QStringLiteral("now"), now},
                                  {QStringLiteral("by"), m_session.actor()},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("version"), version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(c, QStringLiteral("roles"), id, what);
    if (auto s = guard->check(c, input.enabled == role.enabled ? QStringLiteral("kind") : QStringLiteral("enabled"));
        !s)
        return s;
    const auto [before, after] = AuditLog::diff(snapshot(role.name, role.description, role.kind, role.enabled),
                                                snapshot(name, input.description.trimmed(), input.kind, input.enabled));
    if (auto s = AuditLog::append(
            c, m_session, now, {QStringLiteral("update"), QStringLiteral("roles"), QString::number(id), before, after});
        !s)
        return s;
    return tx.commit();
}

Status RoleService::remove(qint64 id, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    auto found = fetch(c, id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(ErrorCode::NotFound, tr("The role no longer exists"));
    const RoleRecord& role = **found;
    if (role.version != version)
        return staleRecordError(c, QStringLiteral("roles"), id, tr("The role \"%1\"").arg(role.label()));
    if (role.builtin)
        return Error(ErrorCode::StateRefused, tr("The built-in role \"%1\" cannot be deleted").arg(role.label()));
    if (role.accounts > 0)
        return Error(ErrorCode::StateRefused,
                     tr("The role \"%1\" cannot be deleted: %n account(s) hold it. Give them another role first.",
                        nullptr, role.accounts)
                         .arg(role.label()));
    auto rights = RightsService::roleRightCodes(c, id);
    if (!rights)
        return rights.error();
    QJsonObject before = snapshot(role.name, role.description, role.kind, role.enabled);
    before.insert(QStringLiteral("rights"), QJsonArray::fromStringList(*rights));
    if (auto s = SqlQuery::run(c, QStringLiteral("DELETE FROM role_rights WHERE role_id = :id"),
                               {{QStringLiteral("id"), id}});
        !s)
        return s.error();
    auto deleted = SqlQuery::run(c, QStringLiteral("DELETE FROM roles WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!deleted)
        return deleted.error();
    if (*deleted == 0)
        return staleRecordError(c, QStringLiteral("roles"), id, tr("The role \"%1\"").arg(role.label()));
    if (auto s = AuditLog::append(c, m_session, now,
                                  {QStringLiteral("delete"), QStringLiteral("roles"), QString::number(id), before, {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ketong
