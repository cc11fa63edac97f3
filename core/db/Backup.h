#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

class Database;

/// Consistent online copies of a database. SQLite: `VACUUM INTO` (a complete, compact file that can be
/// opened as is). PostgreSQL: `pg_dump --format=custom`.
class KETONG_CORE_EXPORT Backup
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Backup)
public:
    /// Writes a backup of `db` to `file`. Refuses to overwrite an existing file. SQLite backups are
    /// checked (integrity_check) after writing; a bad copy is removed and reported.
    static Status create(const Database& db, const QString& file);

    /// Restores `file` into the empty database `db`. Verifies the backup first (SQLite: opens a copy and
    /// runs integrity_check and the schema version check; PostgreSQL: pg_restore --list) and refuses a
    /// target that already holds tables, so nothing is replaced by a bad or unexpected file. SQLite
    /// restores by copying the verified file into place (the target must not be open elsewhere);
    /// PostgreSQL restores in one transaction.
    static Status restore(const Database& db, const QString& file);

    /// Checks a SQLite file: readable, integrity_check ok, a Ketong schema not newer than the program.
    static Status verifySqlite(const QString& file);

    /// Restores a SQLite backup to a new database file at `target` (which must not exist yet).
    static Status restoreSqliteFile(const QString& file, const QString& target);
};

} // namespace ketong
