#include "BulkStatement.h"

#include "BulkEngine.h"
#include "SqlQuery.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ketong {

namespace {
constexpr int kMaxValues = 1000;

/// Through Qt's driver (PostgreSQL, for the rows read back: it converts their types).
class QtEngine final : public BulkStatement::Engine, public BulkRow
{
public:
    explicit QtEngine(const QSqlDatabase& db)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
    }

    Status prepare(const QString& sql) override
    {
        m_context = sql.simplified().left(200);
        if (!m_query.prepare(sql))
            return sqlError(m_query.lastError(), m_context);
        return {};
    }

    Result<qint64> run(const QList<QVariant>& values, const std::function<void(const BulkRow&)>& row) override
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec())
            return sqlError(m_query.lastError(), m_context);
        qint64 n = 0;
        if (m_query.isSelect()) {
            // RETURNING or SELECT: count the rows returned.
            while (m_query.next()) {
                ++n;
                if (row)
                    row(*this);
            }
        } else {
            n = qMax(0, m_query.numRowsAffected());
        }
        m_query.finish();
        return n;
    }

    QVariant value(int column) const override { return m_query.value(column); }

private:
    QSqlQuery m_query;
    QString m_context;
};

/// Through SQLite's API on the handle of the connection's driver: the values are bound by position,
/// converted as Qt's SQLite driver converts them (dates as ISO text with milliseconds).
class SqliteEngine final : public BulkStatement::Engine, public BulkRow
{
public:
    explicit SqliteEngine(sqlite3* handle)
        : m_handle(handle)
    {}
    ~SqliteEngine() override { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(SqliteEngine)

    Status prepare(const QString& sql) override
    {
        m_context = sql.simplified().left(200);
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
            return failure(sqlite3_extended_errcode(m_handle));
        return {};
    }

    Result<qint64> run(const QList<QVariant>& values, const std::function<void(const BulkRow&)>& row) override
    {
        sqlite3_reset(m_stmt);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (const int rc = bind(int(i) + 1, values.at(i)); rc != SQLITE_OK)
                return failure(rc);
        }
        qint64 returned = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
            ++returned;
            if (row)
                row(*this);
        }
        if (rc != SQLITE_DONE) {
            const int code = sqlite3_extended_errcode(m_handle);
            sqlite3_reset(m_stmt);
            return failure(code);
        }
        const bool returnsRows = sqlite3_column_count(m_stmt) > 0;
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        // sqlite3_changes: the rows of this statement itself, not those of its triggers.
        return returnsRows ? returned : qint64(sqlite3_changes(m_handle));
    }

    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, column));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                       sqlite3_column_bytes(m_stmt, column)));
        case SQLITE_NULL:
            return QVariant(QMetaType(QMetaType::QString));
        default:
            return QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                                              sqlite3_column_bytes(m_stmt, column)));
        }
    }

private:
    int bindText(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    int bind(int index, const QVariant& value)
    {
        if (value.isNull())
            return sqlite3_bind_null(m_stmt, index);
        switch (value.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
        case QMetaType::Char:
            return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        case QMetaType::ULongLong:
        case QMetaType::ULong:
            return sqlite3_bind_int64(m_stmt, index, sqlite3_int64(value.toULongLong()));
        case QMetaType::Double:
        case QMetaType::Float:
            return sqlite3_bind_double(m_stmt, index, value.toDouble());
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            return sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
        case QMetaType::QDateTime: {
            // A bulk write stamps every row with the same time: its text is made once.
            const QDateTime t = value.toDateTime();
            if (m_lastTimeText.isEmpty() || t != m_lastTime || t.timeSpec() != m_lastTime.timeSpec() ||
                t.offsetFromUtc() != m_lastTime.offsetFromUtc()) {
                m_lastTime = t;
                m_lastTimeText = t.toString(Qt::ISODateWithMs).toUtf8();
            }
            return sqlite3_bind_text(m_stmt, index, m_lastTimeText.constData(), int(m_lastTimeText.size()),
                                     SQLITE_TRANSIENT);
        }
        case QMetaType::QTime:
            return bindText(index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
        default:
            return bindText(index, value.toString());
        }
    }

    Error failure(int code) const
    {
        return sqlError(QSqlError(QStringLiteral("Unable to run the statement"),
                                  QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                                  QString::number(code)),
                        m_context);
    }

    sqlite3* m_handle;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_context;
    QDateTime m_lastTime;
    QByteArray m_lastTimeText;
};

std::unique_ptr<BulkStatement::Engine> makeEngine(const QSqlDatabase& db)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3* h = *static_cast<sqlite3* const*>(handle.data()))
                return std::make_unique<SqliteEngine>(h);
        }
    }
    if (auto pg = makePgEngine(db))
        return pg;
    return std::make_unique<QtEngine>(db);
}
} // namespace

BulkStatement::BulkStatement(const QSqlDatabase& connection, QString head, QString group, int valuesPerRow,
                             QString tail, int rowsPerStatement)
    : m_db(connection)
    , m_head(std::move(head))
    , m_group(std::move(group))
    , m_tail(std::move(tail))
    , m_valuesPerRow(valuesPerRow)
    , m_rowsPerStatement(qBound(1, rowsPerStatement, qMax(1, kMaxValues / qMax(1, valuesPerRow))))
{
    m_pending.reserve(qsizetype(m_valuesPerRow) * m_rowsPerStatement);
}

BulkStatement::~BulkStatement() = default;

QString BulkStatement::sql(int rows) const
{
    QString text;
    text.reserve(m_head.size() + m_tail.size() + rows * (m_group.size() + 2));
    text += m_head;
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            text += QLatin1String(", ");
        text += m_group;
    }
    text += m_tail;
    return text;
}

Status BulkStatement::add(const QVariant* values, qsizetype count)
{
    Q_ASSERT(count == m_valuesPerRow);
    for (qsizetype i = 0; i < count; ++i)
        m_pending.append(bindable(values[i]));
    if (m_pending.size() < qsizetype(m_valuesPerRow) * m_rowsPerStatement)
        return {};
    return run(true);
}

Status BulkStatement::finish()
{
    if (m_pending.isEmpty())
        return {};
    return run(false);
}

Status BulkStatement::run(bool full)
{
    std::unique_ptr<Engine> shorter;
    Engine* engine = nullptr;
    if (full && m_full) {
        engine = m_full.get();
    } else {
        const QString text = sql(int(m_pending.size() / m_valuesPerRow));
        std::unique_ptr<Engine> fresh = makeEngine(m_db);
        if (auto s = fresh->prepare(text); !s)
            return s;
        if (m_handler && !fresh->readsRows()) {
            fresh = std::make_unique<QtEngine>(m_db);
            if (auto s = fresh->prepare(text); !s)
                return s;
        }
        engine = fresh.get();
        (full ? m_full : shorter) = std::move(fresh);
    }
    const auto n = engine->run(m_pending, m_handler);
    m_pending.clear();
    if (!n)
        return n.error();
    m_affected += *n;
    return {};
}

} // namespace ketong
