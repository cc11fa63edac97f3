#include "BusinessNumber.h"

#include "db/SqlQuery.h"

namespace ketong {

Result<QString> BusinessNumber::nextCustomerCode(const QSqlDatabase& connection, const QDate& day)
{
    return next(connection, QStringLiteral("KH"), day);
}

Result<QString> BusinessNumber::next(const QSqlDatabase& connection, const QString& prefix, const QDate& day)
{
    const QString name = prefix + day.toString(QStringLiteral("yyMMdd"));
    // The row lock of the upsert serialises concurrent writers on PostgreSQL; SQLite has one writer anyway.
    auto value = SqlQuery::scalar(connection,
                                  QStringLiteral("INSERT INTO code_sequences (name, last_value) VALUES (:n, 1) "
                                                 "ON CONFLICT (name) DO UPDATE SET last_value = "
                                                 "code_sequences.last_value + 1 RETURNING last_value"),
                                  {{QStringLiteral("n"), name}});
    if (!value)
        return value.error();
    return name + QStringLiteral("%1").arg(value->toLongLong(), 3, 10, QLatin1Char('0'));
}

} // namespace ketong
