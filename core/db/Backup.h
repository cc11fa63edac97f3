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
    /// Writes a backup of `db` to `file`. Refuses to overwrite an existing file.
    static Status create(const Database& db, const QString& file);
};

} // namespace ketong
