#include "DbRoles.h"

#include "ScramVerifier.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QRegularExpression>

namespace ketong {

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

Status DbRoles::requireFreePrefix(const QSqlDatabase& c)
{
    if (!applies(c))
        return {};
    SqlQuery q(c);
    q.prepare(QStringLiteral(
        "SELECT p.prefix, current_database(), current_user, (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE "
        "rolname = current_user), (SELECT string_agg(rolname, ', ' ORDER BY rolname) FROM pg_roles WHERE rolname IN "
        "(p.prefix || 'admin', p.prefix || 'director', p.prefix || 'manager', p.prefix || 'executive')) "
        "FROM (SELECT COALESCE(NULLIF(current_setting('ketong.role_prefix', true), ''), 'ketong_') AS prefix) p"));
    if (auto s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("no answer about the role prefix"));
    const QString prefix = q.value(0).toString();
    const QString database = q.value(1).toString();
    if (!q.value(3).toBool())
        return Error(ErrorCode::Forbidden,
                     tr("The role %1 may not create roles. Run init as the database owner made as the admin guide "
                        "says (createuser --createrole ketong_owner; createdb -O ketong_owner …)")
                         .arg(q.value(2).toString()));
    const QString taken = q.value(4).toString();
    if (taken.isEmpty())
        return {};
    QString suggestion = database.toLower();
    suggestion.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    suggestion = suggestion.left(30) + QLatin1Char('_');
    if (suggestion == prefix)
        suggestion = QStringLiteral("kt2_") + suggestion;
    return Error(ErrorCode::AlreadyExists,
                 tr("This PostgreSQL server already has the roles %1, which belong to another Ketong database (role "
                    "names are shared by every database of a server). Give the database %2 its own role prefix: run "
                    "init again with --role-prefix %3, and set KETONG_ROLE_PREFIX=%3 on the PCs that use it")
                     .arg(taken, database, suggestion));
}

Status DbRoles::usePrefix(const QSqlDatabase& c, const QString& prefix)
{
    static const QRegularExpression form(QStringLiteral("^[a-z][a-z0-9_]{0,28}_$"));
    if (!form.match(prefix).hasMatch())
        return Error(ErrorCode::Invalid,
                     tr("A role prefix has lower-case letters, digits and _, starts with a letter, ends with _ and "
                        "has at most 30 characters (e.g. kttrain_)"),
                     QStringLiteral("rolePrefix"));
    if (!applies(c))
        return {};
    return statusOf(SqlQuery::scalar(c, QStringLiteral("SELECT set_config('ketong.role_prefix', :p, false)"),
                                     {{QStringLiteral("p"), prefix}}));
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
    // The owner's SECURITY DEFINER function does it (postgres/0009): no account holds CREATEROLE itself.
    const QVariant verifier = password.isEmpty() ? nullOf(QMetaType::QString) : QVariant(ScramVerifier::make(password));
    return statusOf(SqlQuery::scalar(c, QStringLiteral("SELECT ketong_account_apply(:id, :verifier)"),
                                     {{QStringLiteral("id"), userId}, {QStringLiteral("verifier"), verifier}}));
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
