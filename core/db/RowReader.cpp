#include "RowReader.h"

#include "Database.h"
#include "PgWire.h"

#include <QCoreApplication>

namespace ketong {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::RowReader)
};
} // namespace

RowReader::RowReader(const QSqlDatabase& db)
    : m_db(db)
{}

RowReader::~RowReader()
{
    finish();
}

Status RowReader::exec(const QString& sql, const QVariantMap& values)
{
    finish();
    m_query.reset();
    m_error.reset();
    m_context = sql.simplified().left(200);
    PGconn* connection = pg::connection(m_db);
    // A command in progress is a statement of Qt's driver still being read: Qt's driver finishes it first.
    if (connection && PQtransactionStatus(connection) != PQTRANS_ACTIVE)
        return execPg(connection, sql, values);
    m_query.emplace(m_db);
    return m_query->prepare(sql).bindAll(values).exec();
}

Status RowReader::execPg(pg_conn* connection, const QString& sql, const QVariantMap& values)
{
    const pg::Statement statement = pg::statement(sql, pg::Placeholders::Named);
    QVariantList parameters;
    for (const QString& name : statement.names) {
        const auto it = values.contains(name) ? values.find(name) : values.find(QLatin1Char(':') + name);
        if (it == values.end())
            return Error(ErrorCode::Internal, Tr::tr("The statement has no value for :%1").arg(name), {}, m_context);
        parameters << bindable(*it);
    }
    if (!m_parameters)
        m_parameters = std::make_unique<pg::Parameters>();
    m_parameters->set(parameters);
    if (!PQsendQueryParams(connection, statement.text.constData(), m_parameters->size(), nullptr, m_parameters->data(),
                           nullptr, nullptr, 0))
        return failed(pg::failure(nullptr, connection, m_context));
    m_pg = connection;
    if (!PQsetSingleRowMode(connection)) { // libpq refuses it only when not asked right after the send
        finish();
        return Error(ErrorCode::Internal, Tr::tr("The server would not send the rows one at a time"), {}, m_context);
    }
    m_row = PQgetResult(connection);
    const ExecStatusType state = PQresultStatus(m_row);
    if (state != PGRES_SINGLE_TUPLE && state != PGRES_TUPLES_OK) {
        const Error error = pg::failure(m_row, connection, m_context);
        finish();
        return failed(error);
    }
    for (int c = 0; c < PQnfields(m_row); ++c) {
        if (!pg::readable(PQftype(m_row, c))) {
            const Error error(ErrorCode::Internal,
                              Tr::tr("Column %1 of the statement has a type RowReader does not read (%2)")
                                  .arg(QString::fromUtf8(PQfname(m_row, c)))
                                  .arg(PQftype(m_row, c)),
                              {}, m_context);
            finish();
            return failed(error);
        }
    }
    m_firstPending = state == PGRES_SINGLE_TUPLE;
    if (!m_firstPending)
        finish(); // no rows
    return {};
}

bool RowReader::next()
{
    if (m_query) {
        if (m_query->next())
            return true;
        if (m_query->raw().lastError().isValid())
            m_error = failed(sqlError(m_query->raw().lastError(), m_context));
        return false;
    }
    if (m_firstPending) {
        m_firstPending = false;
        return true;
    }
    if (!m_pg)
        return false;
    PQclear(m_row);
    m_row = PQgetResult(m_pg);
    switch (PQresultStatus(m_row)) {
    case PGRES_SINGLE_TUPLE:
        return true;
    case PGRES_TUPLES_OK:
        break;
    default:
        m_error = failed(pg::failure(m_row, m_pg, m_context));
        break;
    }
    finish();
    return false;
}

QVariant RowReader::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_row || column < 0 || column >= PQnfields(m_row))
        return {};
    return pg::value(m_row, 0, column);
}

Status RowReader::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

Error RowReader::failed(const Error& error)
{
    if (error.code() == ErrorCode::Connection)
        Database::reportConnectionLost(m_db.connectionName());
    return error;
}

void RowReader::finish()
{
    PQclear(m_row);
    m_row = nullptr;
    m_firstPending = false;
    if (!m_pg)
        return;
    // The connection takes no other statement before the last result of this one was read.
    while (PGresult* rest = PQgetResult(m_pg))
        PQclear(rest);
    m_pg = nullptr;
}

} // namespace ketong
