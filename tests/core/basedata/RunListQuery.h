#pragma once

// Runs a ListQuery the way the list model does (without paging), for core tests of list queries.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "models/ListQuery.h"

#include <QList>
#include <QStringList>

namespace ketong::test {

/// Every row of `query` as the raw values of its columns' keys listed in `keys`.
inline QList<QStringList> runListQuery(const Database& db, const ListQuery& query, const QStringList& keys)
{
    QStringList select;
    for (const ListColumn& c : query.columns)
        select << c.select;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), query.from);
    if (!query.where.isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    const ListColumn& sort = query.columns.at(query.sortColumn);
    sql += QStringLiteral(" ORDER BY %1 %3, %2")
               .arg(sort.sortBy, query.id, query.descending ? QStringLiteral("DESC") : QString());
    SqlQuery q(db.connection());
    q.prepare(sql).bindAll(query.values);
    QList<QStringList> rows;
    if (auto s = q.exec(); !s) {
        rows.append({QStringLiteral("error"), s.error().fullText()});
        return rows;
    }
    while (q.next()) {
        QStringList row;
        for (const QString& key : keys) {
            for (int i = 0; i < query.columns.size(); ++i) {
                if (query.columns.at(i).key == key)
                    row << q.value(i).toString();
            }
        }
        rows.append(row);
    }
    return rows;
}

} // namespace ketong::test
