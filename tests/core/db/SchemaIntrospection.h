#pragma once

#include "db/Database.h"

#include <QMap>
#include <QSet>
#include <QStringList>

namespace ketong::test {

/// What a schema looks like, read back from the database's own catalogue, in a form that can be
/// compared between SQLite and PostgreSQL.
struct SchemaShape
{
    /// table → "column:int|other:null|notnull" entries, sorted
    QMap<QString, QStringList> columns;
    /// table → primary key columns
    QMap<QString, QStringList> primaryKeys;
    /// index name → "table(col,col) unique? partial?"
    QMap<QString, QString> indexes;
    /// "table.column → table.column" for every foreign key
    QSet<QString> foreignKeys;
    /// names of CHECK constraints (ck_…)
    QSet<QString> checks;
    /// names of triggers
    QSet<QString> triggers;
    /// view → its column names, sorted
    QMap<QString, QStringList> views;
};

SchemaShape readSchema(const Database& db);

} // namespace ketong::test
