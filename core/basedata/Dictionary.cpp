#include "Dictionary.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

namespace {
const QString kSelect = QStringLiteral("SELECT id, type, item, value, editable, sort_order, version FROM dict_items ");

DictItem read(const SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt() == 1, q.value(5).toInt(),    q.value(6).toInt()};
}
} // namespace

Result<QList<DictItem>> Dictionary::items(const Database& db, const QString& type)
{
    SqlQuery q(db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE type = :type ORDER BY sort_order, id"));
    q.bind(QStringLiteral(":type"), type);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<DictItem> list;
    while (q.next())
        list.append(read(q));
    return list;
}

Result<std::optional<DictItem>> Dictionary::resolve(const Database& db, const QString& type, const QString& text)
{
    SqlQuery q(db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE type = :type AND (value = :text OR item = :text) "
                                       "ORDER BY CASE WHEN value = :text THEN 0 ELSE 1 END LIMIT 1"));
    q.bind(QStringLiteral(":type"), type);
    q.bind(QStringLiteral(":text"), text.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<DictItem>();
    return std::optional<DictItem>(read(q));
}

Result<QString> Dictionary::label(const Database& db, const QString& type, const QString& value)
{
    auto item = SqlQuery::scalar(db.connection(),
                                 QStringLiteral("SELECT item FROM dict_items WHERE type = :type AND value = :value"),
                                 {{QStringLiteral("type"), type}, {QStringLiteral("value"), value}});
    if (!item)
        return item.error();
    return item->isNull() ? value : item->toString();
}

Result<QStringList> Dictionary::types(const Database& db)
{
    SqlQuery q(db.connection());
    if (auto s = q.exec(QStringLiteral("SELECT DISTINCT type FROM dict_items ORDER BY type")); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace ketong
