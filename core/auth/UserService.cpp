// UserService: reads, the 用户管理 list and account creation (changes are in UserServiceChanges.cpp).
#include "UserService.h"

#include "AccessControl.h"
#include "DbRoles.h"
#include "PasswordHasher.h"
#include "audit/AuditLog.h"
#include "common/Validation.h"
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

QString UserService::statusLabel(bool active)
{
    return active ? tr("Active") : tr("Disabled");
}

Result<std::optional<UserRecord>> UserService::fetch(const QSqlDatabase& connection, const QString& column,
                                                     const QVariant& value)
{
    SqlQuery q(connection);
    // `column` is one of the two fixed names below, never user input.
    q.prepare(kUserSelect + QStringLiteral("WHERE u.%1 = :value").arg(column));
    q.bind(QStringLiteral(":value"), value);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<UserRecord>();
    return std::optional<UserRecord>(readUser(q));
}

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

Result<UserRecord> UserService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    auto user = fetch(m_db.connection(), QStringLiteral("id"), id);
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error(ErrorCode::NotFound, tr("The account no longer exists"));
    return **user;
}

Result<UserRecord> UserService::find(const QString& login) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    auto user = fetch(m_db.connection(), QStringLiteral("login"), login.trimmed());
    if (!user)
        return user.error();
    if (!user->has_value())
        return Error(ErrorCode::NotFound, tr("There is no account \"%1\"").arg(login), QStringLiteral("login"));
    return **user;
}

Result<ListQuery> UserService::listQuery(const UserFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::UserService";
    const auto status = [](const QVariant& v) { return statusLabel(v.toInt() == 1); };
    q.columns = {
        {QStringLiteral("login"),
         QStringLiteral("u.login"),
         QStringLiteral("u.login"),
         QT_TR_NOOP("Login"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("name"),
         QStringLiteral("u.name"),
         QStringLiteral("u.name"),
         QT_TR_NOOP("Name"),
         ColumnFormat::Text,
         {}},
        // "kind|name": a built-in role's name is shown in the current language (RightCatalog::roleLabel).
        {QStringLiteral("role"), QStringLiteral("r.kind || '|' || r.name"), QStringLiteral("r.name"),
         QT_TR_NOOP("Role"), ColumnFormat::Custom,
         [](const QVariant& v) {
             const QString text = v.toString();
             const qsizetype bar = text.indexOf(QLatin1Char('|'));
             const auto kind = roleKindFromKey(text.left(bar));
             const QString name = text.mid(bar + 1);
             return kind ? RightCatalog::roleLabel(name, *kind) : name;
         }},
        {QStringLiteral("status"), QStringLiteral("u.status"), QStringLiteral("u.status"), QT_TR_NOOP("Status"),
         ColumnFormat::Custom, status},
        {QStringLiteral("lastLogin"),
         QStringLiteral("u.last_login_at"),
         QString(),
         QT_TR_NOOP("Last login"),
         ColumnFormat::DateTime,
         {}},
        {QStringLiteral("lockedUntil"),
         QStringLiteral("u.locked_until"),
         QString(),
         QT_TR_NOOP("Locked until"),
         ColumnFormat::DateTime,
         {}},
    };
    q.from = QStringLiteral("users u JOIN roles r ON r.id = u.role_id");
    q.id = QStringLiteral("u.id");
    QStringList where;
    if (!filter.text.trimmed().isEmpty()) {
        where << QStringLiteral("(%1 OR %2)")
                     .arg(m_db.dialect().containsClause(QStringLiteral("u.login"), QStringLiteral(":text")),
                          m_db.dialect().containsClause(QStringLiteral("u.name"), QStringLiteral(":text")));
        q.values.insert(QStringLiteral("text"), SqlDialect::likePattern(filter.text.trimmed()));
    }
    if (filter.roleId > 0) {
        where << QStringLiteral("u.role_id = :role");
        q.values.insert(QStringLiteral("role"), filter.roleId);
    }
    if (filter.status == 0 || filter.status == 1) {
        where << QStringLiteral("u.status = :status");
        q.values.insert(QStringLiteral("status"), filter.status);
    }
    q.where = where.join(QStringLiteral(" AND "));
    return q;
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
    if (login.isEmpty())
        return Error(ErrorCode::Required, tr("The login name is required"), QStringLiteral("login"));
    if (!loginRe.match(login).hasMatch())
        return Error(ErrorCode::Invalid,
                     tr("The login name must be 1–50 letters, digits, '.', '_' or '-', starting with a letter or "
                        "digit"),
                     QStringLiteral("login"));
    const QString name = user.name.trimmed().isEmpty() ? login : user.name.trimmed();
    if (auto e = Validation::maxLength(name, 50, QStringLiteral("name"), tr("Name")))
        return *e;
    if (user.roleId <= 0)
        return Error(ErrorCode::Required, tr("Choose the account's role"), QStringLiteral("role"));
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
                            {login, name, user.roleId, user.password, user.mustChangePassword}, *hash);
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
    // PostgreSQL checks passwords itself (the login role's SCRAM verifier): no hash is stored there.
    const bool postgres = DbRoles::applies(connection);
    q.prepare(QStringLiteral("INSERT INTO users (login, name, role_id, status, %1must_change_password, "
                             "password_changed_at, created_at, updated_at, updated_by) VALUES (:login, :name, :role, "
                             "1, %2:must, :now, :now, :now, :by) RETURNING id")
                  .arg(postgres ? QString() : QStringLiteral("password_hash, "),
                       postgres ? QString() : QStringLiteral(":hash, ")));
    q.bind(QStringLiteral(":login"), user.login);
    q.bind(QStringLiteral(":name"), user.name);
    q.bind(QStringLiteral(":role"), user.roleId);
    if (!postgres)
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
    auto roleName = SqlQuery::scalar(connection, QStringLiteral("SELECT name FROM roles WHERE id = :id"),
                                     {{QStringLiteral("id"), user.roleId}});
    if (!roleName)
        return roleName.error();
    const QJsonObject after{{QStringLiteral("login"), user.login},
                            {QStringLiteral("name"), user.name},
                            {QStringLiteral("role_id"), user.roleId},
                            {QStringLiteral("role"), roleName->toString()},
                            {QStringLiteral("status"), 1},
                            {QStringLiteral("must_change_password"), user.mustChangePassword}};
    if (auto s = AuditLog::append(connection, actor, now,
                                  {QStringLiteral("create"), QStringLiteral("users"), QString::number(id), {}, after});
        !s)
        return s.error();
    if (auto s = DbRoles::apply(connection, id, user.password); !s)
        return s.error();
    return id;
}

} // namespace ketong
