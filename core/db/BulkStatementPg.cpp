#include "BulkEngine.h"
#include "PgWire.h"

#include <atomic>

namespace ketong {

namespace {

class PgEngine final : public BulkStatement::Engine, public BulkRow
{
public:
    explicit PgEngine(PGconn* connection)
        : m_connection(connection)
    {}

    ~PgEngine() override
    {
        // A prepared statement lives as long as the session: give its name back. (In a transaction that already
        // failed the server refuses this too; the name is never used again.)
        if (!m_name.isEmpty())
            pg::Owned(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    }
    Q_DISABLE_COPY_MOVE(PgEngine)

    Status prepare(const QString& sql) override
    {
        static std::atomic<quint64> statements{0};
        m_context = sql.simplified().left(200);
        const QByteArray name = "ketong_bulk_" + QByteArray::number(++statements);
        const pg::Owned r(PQprepare(m_connection, name.constData(),
                                    pg::statement(sql, pg::Placeholders::Positional).text.constData(), 0, nullptr));
        if (PQresultStatus(r.result) != PGRES_COMMAND_OK)
            return failure(r.result);
        m_name = name;
        return {};
    }

    bool readsRows() override
    {
        const pg::Owned r(PQdescribePrepared(m_connection, m_name.constData()));
        if (PQresultStatus(r.result) != PGRES_COMMAND_OK)
            return false;
        for (int c = 0; c < PQnfields(r.result); ++c) {
            if (!pg::readable(PQftype(r.result, c)))
                return false;
        }
        return true;
    }

    QVariant value(int column) const override { return pg::value(m_result, m_row, column); }

    Result<qint64> run(const QList<QVariant>& values, const std::function<void(const BulkRow&)>& row) override
    {
        m_parameters.set(values);
        const pg::Owned r(PQexecPrepared(m_connection, m_name.constData(), m_parameters.size(), m_parameters.data(),
                                         nullptr, nullptr, 0));
        switch (PQresultStatus(r.result)) {
        case PGRES_COMMAND_OK:
            return QByteArray(PQcmdTuples(r.result)).toLongLong();
        case PGRES_TUPLES_OK:
            if (row) {
                m_result = r.result;
                for (m_row = 0; m_row < PQntuples(r.result); ++m_row)
                    row(*this);
                m_result = nullptr;
            }
            return qint64(PQntuples(r.result));
        default:
            return failure(r.result);
        }
    }

private:
    Error failure(const PGresult* r) const { return pg::failure(r, m_connection, m_context); }

    PGconn* m_connection;
    const PGresult* m_result = nullptr; ///< the rows being handed out
    int m_row = 0;
    QByteArray m_name;
    QString m_context;
    pg::Parameters m_parameters;
};
} // namespace

std::unique_ptr<BulkStatement::Engine> makePgEngine(const QSqlDatabase& db)
{
    if (PGconn* connection = pg::connection(db))
        return std::make_unique<PgEngine>(connection);
    return nullptr;
}

} // namespace ketong
