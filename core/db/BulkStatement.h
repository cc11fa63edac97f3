#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace ketong {

/// Runs one statement over many rows in chunks, with bound values and no round trip per row:
///
///     head + group, group, … (rowsPerStatement times) + tail
///
/// e.g. head `INSERT INTO t (a, b) VALUES `, group `(?, ?)`, tail ` ON CONFLICT (a) DO UPDATE …`, or head
/// `SELECT id, no FROM t WHERE no IN (`, group `?`, tail `)`. The full-size statement is prepared once and
/// reused; the last, shorter chunk gets its own. Rows a statement returns (RETURNING, SELECT) go to the
/// row handler. A null QString is bound as '' (Ketong stores optional text as '').
class KETONG_CORE_EXPORT BulkStatement
{
public:
    BulkStatement(const QSqlDatabase& connection, QString head, QString group, int valuesPerRow, QString tail = {},
                  int rowsPerStatement = 500);
    ~BulkStatement();
    Q_DISABLE_COPY_MOVE(BulkStatement)

    /// Called for each row a chunk's statement returns.
    void setRowHandler(std::function<void(const QSqlQuery&)> handler) { m_handler = std::move(handler); }
    /// Adds one row (valuesPerRow values); runs a chunk when it is full.
    Status add(std::initializer_list<QVariant> values);
    /// Runs the rows still pending.
    Status finish();
    /// Rows changed by the statements run so far (INSERT/UPDATE/DELETE); for statements returning rows
    /// (RETURNING, SELECT), the rows returned.
    qint64 rowsAffected() const { return m_affected; }

private:
    Status run(QSqlQuery& query, int rows);
    QString sql(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    QString m_group;
    QString m_tail;
    int m_valuesPerRow;
    int m_rowsPerStatement;
    QList<QVariant> m_pending;
    std::unique_ptr<QSqlQuery> m_full;
    std::function<void(const QSqlQuery&)> m_handler;
    qint64 m_affected = 0;
};

} // namespace ketong
