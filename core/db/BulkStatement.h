#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace ketong {

/// One row a bulk statement returned (RETURNING, SELECT), read by column as QSqlQuery::value() reads it.
class KETONG_CORE_EXPORT BulkRow
{
public:
    virtual ~BulkRow() = default;
    virtual QVariant value(int column) const = 0;
};

/// Runs one statement over many rows in chunks, with bound values and no round trip per row:
///
///     head + group, group, … (rowsPerStatement times) + tail
///
/// e.g. head `INSERT INTO t (a, b) VALUES `, group `(?, ?)`, tail ` ON CONFLICT (a) DO UPDATE …`, or head
/// `SELECT id, no FROM t WHERE no IN (`, group `?`, tail `)`. The full-size statement is prepared once and
/// reused; the last, shorter chunk gets its own. Rows a statement returns (RETURNING, SELECT) go to the
/// row handler. Values are bound as SqlQuery binds them (bindable(): a null QString is '', nullOf() is
/// NULL). A statement holds at most 1,000 values: more rows per statement stop paying off.
///
/// On SQLite the statements run through SQLite's own API on the connection's handle (same transaction):
/// Qt's driver turns every `?` into a named placeholder and binding a thousand of them costs more than
/// the insert itself. On PostgreSQL a statement runs through libpq on the connection's handle, its values as
/// parameters (Qt's driver writes them into the text of an EXECUTE the server parses again); one whose rows a
/// handler reads only when they hold integers, texts and booleans, else through QSqlQuery, which converts them.
class KETONG_CORE_EXPORT BulkStatement
{
public:
    BulkStatement(const QSqlDatabase& connection, QString head, QString group, int valuesPerRow, QString tail = {},
                  int rowsPerStatement = 500);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    /// Called for each row a chunk's statement returns.
    void setRowHandler(std::function<void(const BulkRow&)> handler) { m_handler = std::move(handler); }
    /// Adds one row (valuesPerRow values); runs a chunk when it is full.
    Status add(std::initializer_list<QVariant> values) { return add(values.begin(), qsizetype(values.size())); }
    Status add(const QVariantList& values) { return add(values.constData(), values.size()); }
    Status add(const QVariant* values, qsizetype count);
    /// Runs the rows still pending.
    Status finish();
    /// Rows changed by the statements run so far (INSERT/UPDATE/DELETE); for statements returning rows
    /// (RETURNING, SELECT), the rows returned.
    qint64 rowsAffected() const { return m_affected; }

    class Engine;

private:
    Status run(bool full);
    QString sql(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_group;
    QString m_tail;
    int m_valuesPerRow;
    int m_rowsPerStatement;
    QList<QVariant> m_pending;
    std::unique_ptr<Engine> m_full;
    std::function<void(const BulkRow&)> m_handler;
    qint64 m_affected = 0;
};

} // namespace ketong
