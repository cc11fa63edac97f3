#include "BulkEngine.h"
#include "SqlQuery.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <atomic>
#include <vector>

namespace ketong {

namespace {
/// A PGresult that is cleared when it goes out of scope.
struct PgResult
{
    explicit PgResult(PGresult* r)
        : result(r)
    {}
    ~PgResult() { PQclear(result); }
    Q_DISABLE_COPY_MOVE(PgResult)
    PGresult* result;
};

/// `sql` with its `?` placeholders numbered `$1`, `$2` … as PostgreSQL's protocol wants them (none inside quoted
/// literals or identifiers).
QByteArray numberedPlaceholders(const QString& sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + in.count('?') * 4);
    int n = 0;
    char quote = 0; // the quote of the literal or identifier we are in
    for (const char c : in) {
        if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote leaves and enters again
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

// The types whose text PgEngine turns into values (pg_type OIDs, fixed since PostgreSQL 7).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kName = 19, kChar = 1042, kVarchar = 1043;

bool readable(Oid type)
{
    return type == kBool || type == kInt8 || type == kInt2 || type == kInt4 || type == kText || type == kName ||
           type == kChar || type == kVarchar;
}

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
            PgResult(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    }
    Q_DISABLE_COPY_MOVE(PgEngine)

    Status prepare(const QString& sql) override
    {
        static std::atomic<quint64> statements{0};
        m_context = sql.simplified().left(200);
        const QByteArray name = "ketong_bulk_" + QByteArray::number(++statements);
        const PgResult r(PQprepare(m_connection, name.constData(), numberedPlaceholders(sql).constData(), 0, nullptr));
        if (PQresultStatus(r.result) != PGRES_COMMAND_OK)
            return failure(r.result);
        m_name = name;
        return {};
    }

    bool readsRows() override
    {
        const PgResult r(PQdescribePrepared(m_connection, m_name.constData()));
        if (PQresultStatus(r.result) != PGRES_COMMAND_OK)
            return false;
        for (int c = 0; c < PQnfields(r.result); ++c) {
            if (!readable(PQftype(r.result, c)))
                return false;
        }
        return true;
    }

    /// As Qt's driver makes them: int4 and int2 as int, int8 as a 64-bit integer, texts as QString.
    QVariant value(int column) const override
    {
        const Oid type = PQftype(m_result, column);
        const QMetaType meta(type == kBool                    ? QMetaType::Bool
                             : type == kInt8                  ? QMetaType::LongLong
                             : type == kInt2 || type == kInt4 ? QMetaType::Int
                                                              : QMetaType::QString);
        if (PQgetisnull(m_result, m_row, column))
            return QVariant(meta, nullptr);
        const char* text = PQgetvalue(m_result, m_row, column);
        const int length = PQgetlength(m_result, m_row, column);
        switch (meta.id()) {
        case QMetaType::Bool:
            return QVariant(text[0] == 't');
        case QMetaType::LongLong:
            return QVariant(qlonglong(QByteArray::fromRawData(text, length).toLongLong()));
        case QMetaType::Int:
            return QVariant(QByteArray::fromRawData(text, length).toInt());
        default:
            return QVariant(QString::fromUtf8(text, length));
        }
    }

    Result<qint64> run(const QList<QVariant>& values, const std::function<void(const BulkRow&)>& row) override
    {
        m_texts.resize(size_t(values.size()));
        m_pointers.resize(size_t(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            if (v.isNull()) {
                m_pointers[size_t(i)] = nullptr;
                continue;
            }
            m_texts[size_t(i)] = text(v);
            m_pointers[size_t(i)] = m_texts[size_t(i)].constData();
        }
        const PgResult r(PQexecPrepared(m_connection, m_name.constData(), int(values.size()), m_pointers.data(),
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
    /// A value as PostgreSQL's text input reads it (as Qt's driver writes it into SQL, without the quotes).
    QByteArray text(const QVariant& v)
    {
        switch (v.metaType().id()) {
        case QMetaType::Bool:
            return v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
            return QByteArray::number(v.toLongLong());
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            return QByteArray::number(v.toULongLong());
        case QMetaType::Double:
        case QMetaType::Float:
            return QByteArray::number(v.toDouble(), 'g', 17);
        case QMetaType::QByteArray:
            return "\\x" + v.toByteArray().toHex();
        case QMetaType::QDateTime: {
            // A bulk write stamps every row with the same time: its text is made once.
            const QDateTime t = v.toDateTime();
            if (m_lastTimeText.isEmpty() || t != m_lastTime) {
                m_lastTime = t;
                m_lastTimeText = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
            }
            return m_lastTimeText;
        }
        case QMetaType::QDate:
            return v.toDate().toString(Qt::ISODate).toLatin1();
        case QMetaType::QTime:
            return v.toTime().toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
        default:
            return v.toString().toUtf8();
        }
    }

    Error failure(const PGresult* r) const
    {
        const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_connection)).trimmed();
        return sqlError(QSqlError(QStringLiteral("Unable to run the statement"), message, QSqlError::StatementError,
                                  state ? QString::fromLatin1(state) : QString()),
                        m_context);
    }

    PGconn* m_connection;
    const PGresult* m_result = nullptr; ///< the rows being handed out
    int m_row = 0;
    QByteArray m_name;
    QString m_context;
    std::vector<QByteArray> m_texts;
    std::vector<const char*> m_pointers;
    QDateTime m_lastTime;
    QByteArray m_lastTimeText;
};
} // namespace

std::unique_ptr<BulkStatement::Engine> makePgEngine(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's meta-type system names the handle by the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    PGconn* connection = *static_cast<PGconn* const*>(handle.data());
    if (!connection)
        return nullptr;
    return std::make_unique<PgEngine>(connection);
}

} // namespace ketong
