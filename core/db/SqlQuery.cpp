#include "SqlQuery.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace ketong {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::SqlQuery)
};

bool isConnectionLoss(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        state == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("could not connect")) || text.contains(QLatin1String("Connection refused")) ||
           (error.type() != QSqlError::NoError && text.trimmed().isEmpty());
}
} // namespace

Error sqlError(const QSqlError& error, const QString& context)
{
    const QString native = error.nativeErrorCode();
    QString detail = error.text().trimmed();
    if (!context.isEmpty())
        detail = context + QStringLiteral(": ") + detail;
    // SQLite reports its (extended) result code, at most 4 digits; PostgreSQL a 5-character SQLSTATE.
    // SQLite primary result codes are the low byte of the extended code.
    bool numeric = false;
    const int sqliteCode = native.toInt(&numeric);
    if (numeric && native.size() < 5) {
        const int primary = sqliteCode & 0xff;
        if (primary == 5 || primary == 6)
            return Error(ErrorCode::Busy, Tr::tr("The database is busy with another user's change; try again"), {},
                         detail);
        if (sqliteCode == 2067 || sqliteCode == 1555)
            return Error(ErrorCode::Duplicate, Tr::tr("This value is already in use"), {}, detail);
        if (primary == 19)
            return Error(ErrorCode::Invalid, Tr::tr("The database refused the change: %1").arg(error.databaseText()),
                         {}, detail);
        if (primary == 13)
            return Error(ErrorCode::Io,
                         Tr::tr("The disk holding the database is full: the change was not saved. Free some space "
                                "on it and try again."),
                         {}, detail);
        if (primary == 8)
            return Error(ErrorCode::Io,
                         Tr::tr("The database file is read-only: the change was not saved. Make the file and its "
                                "folder writable and try again."),
                         {}, detail);
        if (primary == 10 || primary == 11 || primary == 26)
            return Error(ErrorCode::Io,
                         Tr::tr("The database file cannot be read or written (a disk or file system error): the "
                                "change was not saved."),
                         {}, detail);
        return Error(ErrorCode::Database, Tr::tr("Database error: %1").arg(error.databaseText()), {}, detail);
    }
    if (native == QLatin1String("23505"))
        return Error(ErrorCode::Duplicate, Tr::tr("This value is already in use"), {}, detail);
    if (native.startsWith(QLatin1String("23")))
        return Error(ErrorCode::Invalid, Tr::tr("The database refused the change: %1").arg(error.databaseText()), {},
                     detail);
    if (native == QLatin1String("42501"))
        return Error(ErrorCode::Forbidden, Tr::tr("The database refused access: %1").arg(error.databaseText()), {},
                     detail);
    if (native == QLatin1String("40001") || native == QLatin1String("40P01") || native == QLatin1String("55P03"))
        return Error(ErrorCode::Busy, Tr::tr("The database is busy with another user's change; try again"), {}, detail);
    if (native == QLatin1String("53100"))
        return Error(ErrorCode::Io, Tr::tr("The database server's disk is full"), {}, detail);
    if (isConnectionLoss(error))
        return Error(
            ErrorCode::Connection,
            Tr::tr("The connection to the database was lost; what was being done was not kept. Try again when the "
                   "connection is back."),
            {}, detail);
    return Error(ErrorCode::Database, Tr::tr("Database error: %1").arg(error.text().trimmed()), {}, detail);
}

SqlQuery::SqlQuery(const QSqlDatabase& db, bool forwardOnly)
    : m_query(db)
    , m_connectionName(db.connectionName())
{
    m_query.setForwardOnly(forwardOnly);
}

SqlQuery& SqlQuery::prepare(const QString& sql)
{
    m_sql = sql;
    m_prepareError.reset();
    if (!m_query.prepare(sql))
        m_prepareError = failure(m_query.lastError());
    return *this;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, bindable(value));
    return *this;
}

SqlQuery& SqlQuery::bindAll(const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        bind(it.key().startsWith(QLatin1Char(':')) ? it.key() : QLatin1Char(':') + it.key(), it.value());
    return *this;
}

Status SqlQuery::exec()
{
    if (m_prepareError)
        return *m_prepareError;
    if (!m_query.exec())
        return failure(m_query.lastError());
    return {};
}

Error SqlQuery::failure(const QSqlError& error) const
{
    // A connection that was dropped (and is being reopened) makes Qt refuse the statement with no error at
    // all ("QSqlQuery::prepare: database not open"): that is a lost connection too.
    const QSqlDriver* driver = m_query.driver();
    const bool notOpen = error.type() == QSqlError::NoError && (!driver || !driver->isOpen());
    Error e = sqlError(
        notOpen ? QSqlError(QStringLiteral("no connection to the server"), {}, QSqlError::ConnectionError) : error,
        m_sql.simplified().left(200));
    if (e.code() == ErrorCode::Connection)
        Database::reportConnectionLost(m_connectionName);
    return e;
}

Status SqlQuery::exec(const QString& sql)
{
    m_sql = sql;
    if (!m_query.exec(sql))
        return failure(m_query.lastError());
    return {};
}

Result<QVariant> SqlQuery::scalar(const QSqlDatabase& db, const QString& sql, const QVariantMap& values)
{
    SqlQuery q(db);
    // Without values the statement runs unprepared: PostgreSQL cannot PREPARE utility statements.
    if (auto s = values.isEmpty() ? q.exec(sql) : q.prepare(sql).bindAll(values).exec(); !s)
        return s.error();
    QVariant value = q.next() ? q.value(0) : QVariant();
    // Step to the end: SQLite runs an INSERT … RETURNING in autocommit to completion (and commits) only
    // then, so a failed commit (a full disk) shows after the first row was already handed out.
    while (q.next()) {
    }
    if (q.m_query.lastError().isValid())
        return q.failure(q.m_query.lastError());
    return value;
}

Result<int> SqlQuery::run(const QSqlDatabase& db, const QString& sql, const QVariantMap& values)
{
    SqlQuery q(db);
    if (auto s = values.isEmpty() ? q.exec(sql) : q.prepare(sql).bindAll(values).exec(); !s)
        return s.error();
    return q.rowsAffected();
}

QVariant bindable(const QVariant& value)
{
    if (!value.isNull() && value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QVariant nullOf(QMetaType::Type type)
{
    return QVariant(QMetaType(type));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? nullOf(QMetaType::QString) : QVariant(text);
}

} // namespace ketong
