// AuditQuery: what the values of a page of entries refer to — account, role and customer names and the
// words of the customer levels — looked up with one query per kind for the whole page, never per cell.
#include "AuditFormat.h"
#include "AuditQuery.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "setup/ReferenceData.h"

#include <QJsonValue>
#include <QSet>

namespace ketong {

namespace {
using AuditFormat::Kind;

struct Wanted
{
    QSet<qint64> users;
    QSet<qint64> roles;
    QSet<qint64> customers;
    bool levels = false;
};

void collect(const QString& entity, const QJsonObject& values, Wanted& wanted)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isDouble())
            continue;
        const auto id = static_cast<qint64>(it.value().toDouble());
        switch (AuditFormat::kindOf(entity, it.key())) {
        case Kind::Account:
            wanted.users.insert(id);
            break;
        case Kind::Role:
            wanted.roles.insert(id);
            break;
        case Kind::Customer:
            wanted.customers.insert(id);
            break;
        case Kind::Level:
            wanted.levels = true;
            break;
        default:
            break;
        }
    }
}

/// id → text for the ids of `ids`: `sql` selects (id, text) from a table, `%1` stands for the id list.
/// The ids are numbers from the log, bound one by one; chunks keep each statement small.
Status fetchNames(const QSqlDatabase& connection, const QString& sql, const QSet<qint64>& ids,
                  QHash<qint64, QString>& names)
{
    const QList<qint64> all(ids.begin(), ids.end());
    constexpr qsizetype chunk = 500;
    for (qsizetype first = 0; first < all.size(); first += chunk) {
        QStringList marks;
        QVariantMap values;
        for (qsizetype i = first; i < qMin(all.size(), first + chunk); ++i) {
            const QString key = QStringLiteral("i%1").arg(i, 6, 10, QLatin1Char('0')); // none a prefix of another
            marks << QLatin1Char(':') + key;
            values.insert(key, all.at(i));
        }
        SqlQuery q(connection);
        q.prepare(sql.arg(marks.join(QStringLiteral(", "))));
        q.bindAll(values);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return {};
}
} // namespace

Status AuditQuery::lookUpNames(QList<AuditEntry>& list) const
{
    Wanted wanted;
    for (const AuditEntry& e : std::as_const(list)) {
        collect(e.entity, e.before, wanted);
        collect(e.entity, e.after, wanted);
    }
    AuditNames names;
    const QSqlDatabase c = m_db.connection();
    if (auto s =
            fetchNames(c, QStringLiteral("SELECT id, name FROM users WHERE id IN (%1)"), wanted.users, names.users);
        !s)
        return s;
    if (auto s =
            fetchNames(c, QStringLiteral("SELECT id, name FROM roles WHERE id IN (%1)"), wanted.roles, names.roles);
        !s)
        return s;
    // Customer names are business data: only for sessions that work with customers (the administrator reads
    // who changed which record, not the customers' data).
    const bool readsCustomers = m_session.isSystem() || m_session.kind() != RoleKind::Admin;
    if (readsCustomers) {
        if (auto s = fetchNames(c, QStringLiteral("SELECT id, name FROM customers WHERE id IN (%1)"), wanted.customers,
                                names.customers);
            !s)
            return s;
    }
    if (wanted.levels) {
        SqlQuery q(c);
        q.prepare(QStringLiteral("SELECT value, item FROM dict_items WHERE type = :type"));
        q.bind(QStringLiteral(":type"), DictType::CustomerLevel);
        if (auto s = q.exec(); !s)
            return s;
        while (q.next())
            names.levels.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    for (AuditEntry& e : list)
        e.names = names; // implicitly shared: one copy for the page
    return {};
}

} // namespace ketong
