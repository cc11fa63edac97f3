#pragma once

#include "SqlQuery.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QSqlDatabase>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace ketong {

namespace pg {
class Parameters;
}

/// Reads the rows of one SELECT whose columns are integers, texts or booleans, as fast as the connection allows:
/// for reports of hundreds of thousands of rows.
///
///     RowReader r(db.connection());
///     const Status s = r.exec(QStringLiteral("SELECT code, amount FROM t WHERE year = :year"),
///                             {{QStringLiteral("year"), 2025}});
///     if (!s)
///         return s.error();
///     while (r.next())
///         use(r.value(0), r.value(1));
///     if (auto s = r.status(); !s) // what ended the rows early (a lost connection)
///         return s.error();
///
/// On PostgreSQL through libpq on the handle of Qt's driver (same session, same transaction): the values go as
/// parameters, the rows come one at a time as the server sends them (single-row mode) and their values are made
/// as Qt's driver makes them (int4 as int, int8 as qint64, bool, texts as QString). A year of the contribution
/// report at a million customers (255 k rows) reads in half the time Qt's driver takes. A column of another type
/// is refused (ErrorCode::Internal) before any row is handed out. On SQLite, and when Qt's driver is still
/// reading a statement of its own on the connection, through SqlQuery (forward-only). Values are bound as
/// SqlQuery binds them (bindable()). While the rows are being read the connection runs nothing else: read them
/// to the end, or let the reader go, before the next statement.
class KETONG_CORE_EXPORT RowReader
{
public:
    explicit RowReader(const QSqlDatabase& db);
    /// Reads what the server still sends when the rows were not read to the end.
    ~RowReader();
    Q_DISABLE_COPY_MOVE(RowReader)

    /// Runs `sql` with `:name` placeholders and their values (keys with or without the colon).
    Status exec(const QString& sql, const QVariantMap& values = {});
    /// The next row; false at the end or on an error (status() says which).
    bool next();
    QVariant value(int column) const;
    /// Whether the rows ended normally.
    Status status() const;

private:
    Status execPg(pg_conn* connection, const QString& sql, const QVariantMap& values);
    Error failed(const Error& error);
    void finish();

    QSqlDatabase m_db;
    QString m_context;
    pg_conn* m_pg = nullptr; ///< while reading through libpq
    pg_result* m_row = nullptr;
    bool m_firstPending = false; ///< exec() read the first row already
    std::unique_ptr<pg::Parameters> m_parameters;
    std::optional<SqlQuery> m_query; ///< reading through Qt's driver
    std::optional<Error> m_error;
};

} // namespace ketong
