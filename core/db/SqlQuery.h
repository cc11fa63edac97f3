#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

namespace ketong {

/// Turns a Qt SQL error into a typed Error: unique violations become Duplicate, a locked SQLite file
/// Busy, a dropped server connection Connection, other constraint failures Invalid, the rest Database.
KETONG_CORE_EXPORT Error sqlError(const QSqlError& error, const QString& context = {});

/// A prepared statement with bound values. The prepare error, if any, is reported by exec(), so call
/// sites stay short:
///
///     SqlQuery q(db);
///     q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = :id"));
///     q.bind(QStringLiteral(":id"), id);
///     if (auto s = q.exec(); !s) return s.error();
///
/// Queries are forward-only (streamed) unless told otherwise.
class KETONG_CORE_EXPORT SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase& db, bool forwardOnly = true);

    SqlQuery& prepare(const QString& sql);
    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bindAll(const QVariantMap& values);
    Status exec();
    /// Runs a statement without bound values (DDL, PRAGMA, BEGIN…).
    Status exec(const QString& sql);

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    QSqlQuery& raw() { return m_query; }

    /// Runs a statement and returns the first column of the first row (null QVariant when no row).
    static Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantMap& values = {});
    /// Runs a statement and returns the number of rows it changed.
    static Result<int> run(const QSqlDatabase& db, const QString& sql, const QVariantMap& values = {});

private:
    Error failure(const QSqlError& error) const;

    QSqlQuery m_query;
    QString m_connectionName;
    QString m_sql;
    std::optional<Error> m_prepareError;
};

/// A typed null for binding (QPSQL needs the type to infer parameters in some positions).
KETONG_CORE_EXPORT QVariant nullOf(QMetaType::Type type);
/// Qt SQL binds a null QString as SQL NULL. Ketong stores optional text as '', so an empty string stays a
/// string; a real NULL is asked for with nullOf() (a null QVariant). Every bound value goes through this.
KETONG_CORE_EXPORT QVariant bindable(const QVariant& value);
/// An empty string becomes a NULL text value; anything else is bound as is.
KETONG_CORE_EXPORT QVariant textOrNull(const QString& text);

} // namespace ketong
