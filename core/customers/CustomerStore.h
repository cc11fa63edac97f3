#pragma once

#include "Customer.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

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
    /// Loads one customer (any status) with its manager's name.
    static Result<Customer> load(const QSqlDatabase& connection, qint64 id);
    /// The column list `load` reads, for queries that build Customers themselves (see read()).
    static QString selectColumns();
    /// Builds a Customer from a row of selectColumns() starting at column `first`.
    static Customer read(const class SqlQuery& query, int first = 0);
};

} // namespace ketong
