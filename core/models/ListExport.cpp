#include "ListExport.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

namespace {
ReportTable::Kind kindOf(ColumnFormat format)
{
    switch (format) {
    case ColumnFormat::Integer:
        return ReportTable::Kind::Integer;
    case ColumnFormat::Money:
        return ReportTable::Kind::Money;
    default:
        return ReportTable::Kind::Text;
    }
}
} // namespace

Result<ReportTable> ListExport::table(const Database& db, const ListQuery& query, const QString& title,
                                      const QStringList& filters)
{
    ReportTable table;
    table.context = query.context;
    table.id = QStringLiteral("list");
    table.title = title;
    table.filters = filters;
    QStringList select;
    for (int i = 0; i < query.columns.size(); ++i) {
        const ListColumn& column = query.columns.at(i);
        table.columns.append({column.key, column.title, kindOf(column.format)});
        select << QStringLiteral("%1 AS kt_c%2").arg(column.select).arg(i);
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString sort = query.isSortable(query.sortColumn) ? query.columns.at(query.sortColumn).sortBy : query.id;
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), query.from);
    if (!query.where.trimmed().isEmpty())
        sql += QStringLiteral(" WHERE ") + query.where;
    sql += QStringLiteral(" ORDER BY %1%2, %3%2 LIMIT %4").arg(sort, direction, query.id).arg(MaxRows);
    SqlQuery q(db.connection());
    q.prepare(sql).bindAll(query.values);
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < query.columns.size(); ++i) {
            const ListColumn& column = query.columns.at(i);
            const QVariant raw = q.value(i);
            row << (kindOf(column.format) == ReportTable::Kind::Text ? QVariant(column.text(raw)) : raw);
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace ketong
