#pragma once
// Shared set-up of the customer tests: accounts of every kind, customers made through the service, and a
// runner that executes a ListQuery the way the list model does (so its SQL is proved on both backends).

#include "TestDatabase.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "models/ListQuery.h"

#include <QTest>

namespace ketong::test {

using namespace Qt::StringLiterals;

/// m1, m2: account managers; boss: the sales director; exec: executive; root: administrator; gone: a
/// disabled account manager.
inline bool addAccounts(const TestDatabase& t)
{
    const QSqlDatabase c = t->connection();
    for (const auto& [login, kind, status] :
         {std::tuple{"m1", "manager", 1}, std::tuple{"m2", "manager", 1}, std::tuple{"boss", "director", 1},
          std::tuple{"exec", "executive", 1}, std::tuple{"root", "admin", 1}, std::tuple{"gone", "manager", 0}}) {
        if (!SqlQuery::run(c,
                           u"INSERT INTO users (login, name, role_id, status, password_hash) SELECT :l, :n, id, :s, "
                           u"'x' FROM roles WHERE kind = :k AND builtin = 1"_s,
                           {{u"l"_s, QString::fromLatin1(login)},
                            {u"n"_s, u"用户"_s + QString::fromLatin1(login)},
                            {u"s"_s, status},
                            {u"k"_s, QString::fromLatin1(kind)}}))
            return false;
    }
    return true;
}

inline qint64 userId(const TestDatabase& t, const QString& login)
{
    return SqlQuery::scalar(t->connection(), u"SELECT id FROM users WHERE login = :l"_s, {{u"l"_s, login}})
        ->toLongLong();
}

inline Customer sampleCustomer(const TestDatabase& t, const QString& name, const QString& manager = u"m1"_s)
{
    Customer c;
    c.name = name;
    c.region = u"北京"_s;
    c.managerId = userId(t, manager);
    c.level = 2;
    c.satisfaction = 4;
    c.credit = 3;
    c.tel = u"010-62345678"_s;
    return c;
}

/// Runs `q` as the list model does (sorted, keyset tie-breaker) and returns the rows' ids.
inline QList<qint64> idsOf(const TestDatabase& t, const ListQuery& q)
{
    QStringList select{q.id};
    for (const ListColumn& c : q.columns)
        select << c.select;
    const ListColumn& sort = q.columns.at(q.sortColumn);
    const QString dir = q.descending ? u" DESC"_s : QString();
    SqlQuery s(t->connection());
    s.prepare(u"SELECT %1 FROM %2%3 ORDER BY %4%5, %6%5"_s.arg(
        select.join(u", "_s), q.from, q.where.isEmpty() ? QString() : u" WHERE "_s + q.where, sort.sortBy, dir, q.id));
    s.bindAll(q.values);
    QList<qint64> ids;
    if (auto r = s.exec(); !r) {
        qWarning() << r.error().fullText();
        return {-1};
    }
    while (s.next())
        ids << s.value(0).toLongLong();
    return ids;
}

/// The value of one column (by key) of the row `id` in `q`.
inline QVariant cellOf(const TestDatabase& t, const ListQuery& q, qint64 id, const QString& key)
{
    for (const ListColumn& c : q.columns) {
        if (c.key != key)
            continue;
        SqlQuery s(t->connection());
        s.prepare(u"SELECT %1 FROM %2 WHERE %3 = :rowid%4"_s.arg(c.select, q.from, q.id,
                                                                 q.where.isEmpty() ? QString() : u" AND "_s + q.where));
        QVariantMap values = q.values;
        values.insert(u"rowid"_s, id);
        s.bindAll(values);
        if (!s.exec() || !s.next())
            return {};
        return s.value(0);
    }
    return {};
}

} // namespace ketong::test
