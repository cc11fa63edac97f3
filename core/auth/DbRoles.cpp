#include "DbRoles.h"

#include "ScramVerifier.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

namespace {
const QStringList kKinds{QStringLiteral("admin"), QStringLiteral("director"), QStringLiteral("manager"),
                         QStringLiteral("executive")};

/// True when the connection's current role may create roles itself (owner or superuser).
Result<bool> canCreateRoles(const QSqlDatabase& c)
{
    auto may = SqlQuery::scalar(
        c, QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!may)
        return may.error();
    return may->toBool();
}

Result<bool> roleExists(const QSqlDatabase& c, const QString& role)
{
    auto n = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :r"),
                              {{QStringLiteral("r"), role}});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}
} // namespace

bool DbRoles::applies(const QSqlDatabase& connection)
{
    return connection.driverName() == QLatin1String("QPSQL");
}

QString DbRoles::quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString DbRoles::quoteLiteral(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Status DbRoles::sync(const QSqlDatabase& connection)
{
    if (!applies(connection))
        return {};
    SqlQuery q(connection);
    return q.exec(QStringLiteral("SELECT ketong_security_sync()"));
}

Result<qint64> DbRoles::connectedAccount(const QSqlDatabase& connection)
{
    if (!applies(connection))
        return qint64(0);
    auto uid = SqlQuery::scalar(connection, QStringLiteral("SELECT ketong_uid()"));
    if (!uid)
        return uid.error();
    return uid->isNull() ? qint64(0) : uid->toLongLong();
}

Result<QString> DbRoles::prefix(const QSqlDatabase& connection)
{
    auto p = SqlQuery::scalar(connection, QStringLiteral("SELECT ketong_role_prefix()"));
    if (!p)
        return p.error();
    return p->isNull() ? QStringLiteral("ketong_") : p->toString();
}

Result<QString> DbRoles::roleOf(const QSqlDatabase& connection, const QString& login)
{
    auto role = SqlQuery::scalar(connection, QStringLiteral("SELECT db_role FROM users WHERE login = :l"),
                                 {{QStringLiteral("l"), login}});
    if (!role)
        return role.error();
    return role->toString();
}

Status DbRoles::apply(const QSqlDatabase& c, qint64 userId, const QString& password)
{
    if (!applies(c))
        return {};
    auto p = prefix(c);
    if (!p)
        return p.error();
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT u.login, u.status, u.db_role, r.kind FROM users u JOIN roles r ON r.id = "
                             "u.role_id WHERE u.id = :id"));
    q.bind(QStringLiteral(":id"), userId);
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The account no longer exists"));
    const QString login = q.value(0).toString();
    const bool active = q.value(1).toInt() == 1;
    const QString stored = q.value(2).toString();
    const QString kind = q.value(3).toString();
    q.finish();
    const QString role = stored.startsWith(*p) ? stored : *p + QStringLiteral("u_") + login;

    auto may = canCreateRoles(c);
    if (!may)
        return may.error();
    if (!*may) {
        // An administrator's own login role: act through the group role that holds CREATEROLE.
        if (auto s = SqlQuery::run(c, QStringLiteral("SET LOCAL ROLE %1").arg(quoteIdentifier(*p + kKinds.at(0)))); !s)
            return s.error();
    }
    auto exists = roleExists(c, role);
    if (!exists)
        return exists.error();
    const QString passwordClause =
        password.isEmpty() ? QString()
                           : QStringLiteral(" PASSWORD %1").arg(quoteLiteral(ScramVerifier::make(password)));
    const QString loginClause = active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN");
    QStringList statements;
    if (!*exists)
        statements << QStringLiteral("CREATE ROLE %1 %2%3").arg(quoteIdentifier(role), loginClause, passwordClause);
    else
        statements << QStringLiteral("ALTER ROLE %1 %2%3").arg(quoteIdentifier(role), loginClause, passwordClause);
    for (const QString& k : kKinds) {
        const QString group = quoteIdentifier(*p + k);
        statements << (k == kind ? QStringLiteral("GRANT %1 TO %2") : QStringLiteral("REVOKE %1 FROM %2"))
                          .arg(group, quoteIdentifier(role));
    }
    for (const QString& statement : std::as_const(statements)) {
        if (auto s = SqlQuery::run(c, statement); !s)
            return s.error();
    }
    if (!*may) {
        if (auto s = SqlQuery::run(c, QStringLiteral("RESET ROLE")); !s)
            return s.error();
    }
    if (stored != role) {
        if (auto s = SqlQuery::run(c, QStringLiteral("UPDATE users SET db_role = :r WHERE id = :id"),
                                   {{QStringLiteral("r"), role}, {QStringLiteral("id"), userId}});
            !s)
            return s.error();
    }
    return {};
}

Status DbRoles::setOwnPassword(const QSqlDatabase& c, const QString& password, const QDateTime& at)
{
    if (auto s = SqlQuery::run(
            c, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD %1").arg(quoteLiteral(ScramVerifier::make(password))));
        !s)
        return s.error();
    return statusOf(
        SqlQuery::run(c, QStringLiteral("SELECT ketong_password_changed(:at)"), {{QStringLiteral("at"), at}}));
}

DbRoles::PasswordCheck DbRoles::checkPassword(const Database& db, const QString& role, const QString& password)
{
    if (role.isEmpty() || password.isEmpty())
        return PasswordCheck::Refused;
    OpenOptions options;
    options.password = password;
    auto other = Database::open(db.url().withUser(role), options);
    if (other.ok())
        return PasswordCheck::Accepted;
    return isLoginDisabledError(other.error().fullText() + other.error().detail()) ? PasswordCheck::LoginDisabled
                                                                                   : PasswordCheck::Refused;
}

bool DbRoles::isLoginDisabledError(const QString& errorText)
{
    // PostgreSQL checks the password first and only then whether the role may log in (its message in the
    // server's language; in another language a disabled account reads as a refused password).
    return errorText.contains(QLatin1String("is not permitted to log in"));
}

} // namespace ketong
