#include "DuplicateFinder.h"

#include "common/Validation.h"
#include "db/BulkStatement.h"

#include <QSet>

#include <algorithm>

namespace ketong {

namespace {
QString phoneKey(const QString& tel)
{
    return Validation::normalizeWidth(tel).trimmed();
}
} // namespace

DuplicateFinder::DuplicateFinder(const QSqlDatabase& connection)
    : m_connection(connection)
{}

Status DuplicateFinder::load(const QList<const Customer*>& customers)
{
    QSet<QString> keys;
    QSet<QString> tels;
    m_keyOf.reserve(customers.size());
    for (const Customer* c : customers) {
        const QString key = Customer::nameKey(c->name);
        m_keyOf.insert(c, key);
        if (!key.isEmpty())
            keys.insert(key);
        if (const QString tel = phoneKey(c->tel); !tel.isEmpty())
            tels.insert(tel);
    }
    const QString select = QStringLiteral(
        "SELECT c.id, c.code, c.name, c.tel, COALESCE(u.name, ''), c.name_key FROM customers c LEFT JOIN users u ON "
        "u.id = c.manager_id WHERE c.status <> 3 AND ");
    // keyColumn: the column of the select list the index is keyed by (5 name_key, 3 tel).
    const auto run = [this, &select](const QString& column, int keyColumn, const QSet<QString>& values,
                                     QHash<QString, QList<qint64>>& index) -> Status {
        BulkStatement lookup(m_connection, select + column + QStringLiteral(" IN ("), QStringLiteral("?"), 1,
                             QStringLiteral(")"));
        lookup.setRowHandler([this, &index, keyColumn](const BulkRow& q) {
            const qint64 id = q.value(0).toLongLong();
            index[q.value(keyColumn).toString()].append(id);
            m_rows.insert(
                id, {{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()},
                     q.value(5).toString()});
        });
        for (const QString& v : values) {
            if (auto s = lookup.add({v}); !s)
                return s;
        }
        return lookup.finish();
    };
    if (auto s = run(QStringLiteral("c.name_key"), 5, keys, m_byKey); !s)
        return s;
    return run(QStringLiteral("c.tel"), 3, tels, m_byTel);
}

QString DuplicateFinder::keyOf(const Customer& customer) const
{
    const auto it = m_keyOf.constFind(&customer);
    return it != m_keyOf.cend() ? *it : Customer::nameKey(customer.name);
}

QList<DuplicateHint> DuplicateFinder::hints(const Customer& customer) const
{
    const QString key = keyOf(customer);
    const QString tel = phoneKey(customer.tel);
    QList<qint64> ids;
    if (!key.isEmpty())
        ids += m_byKey.value(key);
    if (!tel.isEmpty())
        ids += m_byTel.value(tel);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QList<DuplicateHint> out;
    for (const qint64 id : std::as_const(ids)) {
        if (id == customer.id)
            continue;
        const Row row = m_rows.value(id);
        DuplicateHint h = row.hint;
        h.sameName = !key.isEmpty() && row.nameKey == key;
        h.samePhone = !tel.isEmpty() && h.tel == tel;
        out.append(h);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateHint& a, const DuplicateHint& b) { return a.code < b.code; });
    if (out.size() > kMaxHints)
        out.resize(kMaxHints);
    return out;
}

} // namespace ketong
