#include "BusinessNumber.h"

#include "db/SqlQuery.h"

namespace ketong {

Result<QString> BusinessNumber::nextCustomerCode(const QSqlDatabase& connection, const QDate& day)
{
    return next(connection, QStringLiteral("KH"), day);
}

Result<QString> BusinessNumber::next(const QSqlDatabase& connection, const QString& prefix, const QDate& day)
{
    auto numbers = take(connection, prefix, day, 1);
    if (!numbers)
        return numbers.error();
    return numbers->constFirst();
}

Result<QStringList> BusinessNumber::nextCustomerCodes(const QSqlDatabase& connection, const QDate& day, int count)
{
    return take(connection, QStringLiteral("KH"), day, count);
}

Result<QStringList> BusinessNumber::take(const QSqlDatabase& connection, const QString& prefix, const QDate& day,
                                         int count)
{
    const QString name = prefix + day.toString(QStringLiteral("yyMMdd"));
    // The row lock of the upsert serialises concurrent writers on PostgreSQL; SQLite has one writer anyway.
    auto value = SqlQuery::scalar(connection,
                                  QStringLiteral("INSERT INTO code_sequences (name, last_value) VALUES (:n, :count) "
                                                 "ON CONFLICT (name) DO UPDATE SET last_value = "
                                                 "code_sequences.last_value + :count RETURNING last_value"),
                                  {{QStringLiteral("n"), name}, {QStringLiteral("count"), qMax(1, count)}});
    if (!value)
        return value.error();
    QStringList numbers;
    const qint64 last = value->toLongLong();
    for (qint64 n = last - qMax(1, count) + 1; n <= last; ++n)
        numbers << name + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
    return numbers;
}

} // namespace ketong
