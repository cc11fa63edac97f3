#pragma once

#include "Result.h"
#include "ketong_core_export.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace ketong {

/// Business numbers people read and type (SPEC §9 item 8): customers are `KH` + yyMMdd + a daily sequence
/// of at least three digits (KH261122001, … KH261122999, KH2611221000). The sequence is taken inside the
/// caller's transaction with one atomic upsert, so concurrent inserts on PostgreSQL never get the same number.
class KETONG_CORE_EXPORT BusinessNumber
{
public:
    /// The next customer code for `day` (the local date of creation).
    static Result<QString> nextCustomerCode(const QSqlDatabase& connection, const QDate& day);
    /// The next number of any prefix: prefix + yyMMdd + sequence.
    static Result<QString> next(const QSqlDatabase& connection, const QString& prefix, const QDate& day);
    /// `count` consecutive customer codes for `day`, taken with one upsert (the bulk writers).
    static Result<QStringList> nextCustomerCodes(const QSqlDatabase& connection, const QDate& day, int count);

private:
    static Result<QStringList> take(const QSqlDatabase& connection, const QString& prefix, const QDate& day, int count);
};

} // namespace ketong
