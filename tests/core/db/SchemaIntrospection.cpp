#include "SchemaIntrospection.h"

#include "db/SqlQuery.h"

#include <QRegularExpression>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace ketong::test {

namespace {

QString family(const QString& type)
{
    const QString t = type.toLower();
    return (t.contains(u"int"_s)) ? u"int"_s : u"other"_s;
}

QList<QVariantList> rows(const QSqlDatabase& c, const QString& sql)
{
    SqlQuery q(c);
    QList<QVariantList> result;
    if (!q.exec(sql))
        return result;
    const int n = q.raw().record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < n; ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

SchemaShape readSqlite(const QSqlDatabase& c)
{
    SchemaShape shape;
    static const QRegularExpression checkRe(u"CONSTRAINT\\s+(ck_\\w+)\\s+CHECK"_s);
    for (const auto& table : rows(c, u"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                     u"'sqlite_%' ORDER BY name"_s)) {
        const QString name = table.at(0).toString();
        auto it = checkRe.globalMatch(table.at(1).toString());
        while (it.hasNext())
            shape.checks.insert(it.next().captured(1));
        QStringList cols;
        QStringList pk;
        for (const auto& col : rows(c, u"PRAGMA table_info(\""_s + name + u"\")"_s)) {
            const bool isPk = col.at(5).toInt() > 0;
            const bool notNull = col.at(3).toInt() == 1 || isPk;
            cols << u"%1:%2:%3"_s.arg(col.at(1).toString(), family(col.at(2).toString()),
                                      notNull ? u"notnull"_s : u"null"_s);
            if (isPk)
                pk << col.at(1).toString();
        }
        cols.sort();
        shape.columns.insert(name, cols);
        shape.primaryKeys.insert(name, pk);
        for (const auto& index : rows(c, u"PRAGMA index_list(\""_s + name + u"\")"_s)) {
            const QString origin = index.at(3).toString();
            if (origin == u"pk"_s)
                continue;
            QStringList indexCols;
            for (const auto& ic : rows(c, u"PRAGMA index_info(\""_s + index.at(1).toString() + u"\")"_s))
                indexCols << ic.at(2).toString();
            shape.indexes.insert(index.at(1).toString(),
                                 u"%1(%2)%3%4"_s.arg(name, indexCols.join(u','),
                                                     index.at(2).toInt() ? u" unique"_s : u""_s,
                                                     index.at(4).toInt() ? u" partial"_s : u""_s));
        }
        for (const auto& fk : rows(c, u"PRAGMA foreign_key_list(\""_s + name + u"\")"_s)) {
            QString to = fk.at(4).toString();
            if (to.isEmpty())
                to = u"id"_s;
            shape.foreignKeys.insert(u"%1.%2 → %3.%4"_s.arg(name, fk.at(3).toString(), fk.at(2).toString(), to));
        }
    }
    for (const auto& trigger : rows(c, u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s))
        shape.triggers.insert(trigger.at(0).toString());
    for (const auto& view : rows(c, u"SELECT name FROM sqlite_master WHERE type = 'view'"_s)) {
        QStringList cols;
        for (const auto& col : rows(c, u"PRAGMA table_info(\""_s + view.at(0).toString() + u"\")"_s))
            cols << col.at(1).toString();
        cols.sort();
        shape.views.insert(view.at(0).toString(), cols);
    }
    return shape;
}

SchemaShape readPostgres(const QSqlDatabase& c)
{
    SchemaShape shape;
    for (const auto& col : rows(c, u"SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, t.table_type "
                                   u"FROM information_schema.columns c JOIN information_schema.tables t ON "
                                   u"t.table_schema = c.table_schema AND t.table_name = c.table_name WHERE "
                                   u"c.table_schema = current_schema() ORDER BY c.table_name, c.column_name"_s)) {
        if (col.at(4).toString() == u"VIEW"_s) {
            shape.views[col.at(0).toString()] << col.at(1).toString();
            continue;
        }
        shape.columns[col.at(0).toString()]
            << u"%1:%2:%3"_s.arg(col.at(1).toString(), family(col.at(2).toString()),
                                 col.at(3).toString() == u"YES"_s ? u"null"_s : u"notnull"_s);
    }
    for (auto it = shape.views.begin(); it != shape.views.end(); ++it)
        it->sort();
    for (auto it = shape.columns.begin(); it != shape.columns.end(); ++it)
        it->sort();
    for (const auto& pk : rows(c, u"SELECT t.relname, a.attname FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
                                  u"JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = "
                                  u"t.oid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND n.nspname = "
                                  u"current_schema() ORDER BY t.relname, a.attnum"_s))
        shape.primaryKeys[pk.at(0).toString()] << pk.at(1).toString();
    for (const auto& index :
         rows(c, u"SELECT ic.relname, t.relname, i.indisunique, i.indpred IS NOT NULL, "
                 u"(SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, "
                 u"ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) FROM pg_index i JOIN "
                 u"pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON "
                 u"n.oid = t.relnamespace WHERE NOT i.indisprimary AND n.nspname = current_schema()"_s)) {
        shape.indexes.insert(index.at(0).toString(), u"%1(%2)%3%4"_s.arg(index.at(1).toString(), index.at(4).toString(),
                                                                         index.at(2).toBool() ? u" unique"_s : u""_s,
                                                                         index.at(3).toBool() ? u" partial"_s : u""_s));
    }
    for (const auto& fk : rows(c, u"SELECT t.relname, a.attname, rt.relname, ra.attname FROM pg_constraint k JOIN "
                                  u"pg_class t ON t.oid = k.conrelid JOIN pg_class rt ON rt.oid = k.confrelid JOIN "
                                  u"pg_namespace n ON n.oid = k.connamespace JOIN pg_attribute a ON a.attrelid = t.oid "
                                  u"AND a.attnum = k.conkey[1] JOIN pg_attribute ra ON ra.attrelid = rt.oid AND "
                                  u"ra.attnum = k.confkey[1] WHERE k.contype = 'f' AND n.nspname = current_schema()"_s))
        shape.foreignKeys.insert(
            u"%1.%2 → %3.%4"_s.arg(fk.at(0).toString(), fk.at(1).toString(), fk.at(2).toString(), fk.at(3).toString()));
    for (const auto& check : rows(c, u"SELECT k.conname FROM pg_constraint k JOIN pg_namespace n ON n.oid = "
                                     u"k.connamespace WHERE k.contype = 'c' AND n.nspname = current_schema()"_s))
        shape.checks.insert(check.at(0).toString());
    for (const auto& trigger : rows(c, u"SELECT g.tgname FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid JOIN "
                                       u"pg_namespace n ON n.oid = t.relnamespace WHERE NOT g.tgisinternal AND "
                                       u"n.nspname = current_schema()"_s))
        shape.triggers.insert(trigger.at(0).toString());
    return shape;
}

} // namespace

SchemaShape readSchema(const Database& db)
{
    SchemaShape shape = db.dialect().isSqlite() ? readSqlite(db.connection()) : readPostgres(db.connection());
    // Full-text search is per backend (SQLite: an FTS5 table, its shadow tables and triggers; PostgreSQL: a
    // pg_trgm index): objects named search_* are left out of the comparison.
    const auto isSearch = [](const QString& name) { return name.startsWith(u"search_"_s); };
    for (auto* map : {&shape.columns, &shape.primaryKeys})
        map->removeIf([&](const auto& it) { return isSearch(it.key()); });
    shape.indexes.removeIf([&](const auto& it) { return isSearch(it.key()); });
    shape.triggers.removeIf(isSearch);
    return shape;
}

} // namespace ketong::test
