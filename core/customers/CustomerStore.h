#pragma once

#include "Customer.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include "db/BulkStatement.h"
#include <QSqlDatabase>

namespace ketong {

/// The rows of customers, written inside a caller's transaction. Checks nothing: the callers
/// (CustomerService, the importer, ChanceService's "development succeeded") check rights and validate
/// first. Every write appends its audit entry on the same connection.
class KETONG_CORE_EXPORT CustomerStore
{
public:
    /// Inserts `customer` (generating a KH code for the local date of `now` when its code is empty).
    /// Returns the stored customer with id, code, version and timestamps filled in.
    static Result<Customer> insert(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                   Customer customer);
    /// insert() for many customers at once (the importer): codes taken in one step, multi-row INSERTs and
    /// audit entries, no round trip per customer. Fills in each customer as insert() returns it.
    static Status insertMany(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                             QList<Customer>& customers);
    /// Writes `after` over the stored row of `before` (same id) if it still has `before.version`, and
    /// appends the audit entry `action` (update, delete, reassign) with the changed fields. Returns the
    /// stored customer (version + 1). Conflict when the row changed meanwhile; nothing is written when no
    /// field differs (then `before` is returned).
    static Result<Customer> update(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                   const Customer& before, Customer after, const QString& action);
    /// Loads one customer (any status) with its manager's name.
    static Result<Customer> load(const QSqlDatabase& connection, qint64 id);
    /// The column list `load` reads, for queries that build Customers themselves (see read()).
    static QString selectColumns();
    /// Builds a Customer from a row of selectColumns() starting at column `first`.
    static Customer read(const class SqlQuery& query, int first = 0);
    static Customer read(const BulkRow& row, int first = 0);

private:
    /// Gives each customer without a code the next free KH code of the day of `now`.
    static Status assignCodes(const QSqlDatabase& connection, const QDateTime& now, QList<Customer*> missing);
};

} // namespace ketong
