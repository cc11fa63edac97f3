#pragma once

#include "Database.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

/// Brings a database's schema to the version this program knows. Migrations are numbered SQL files
/// (`NNNN_name.sql`) per dialect, embedded as resources; each runs in its own transaction and is
/// recorded in `schema_migrations`. A database older than the program is backed up before it is
/// upgraded; a newer one is refused.
class KETONG_CORE_EXPORT Migrator
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Migrator)
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString path;
    };
    struct Outcome
    {
        int from = 0;
        int to = 0;
        QString backupPath; ///< where the pre-upgrade copy went (empty when none was needed)
    };

    /// `root` holds `sqlite/` and `postgres/` folders of migrations (tests point it elsewhere).
    explicit Migrator(const Database& db, QString root = QStringLiteral(":/ketong/migrations"));

    /// The newest schema version this program knows (the same for both dialects).
    static int programVersion();

    /// The steps this program knows for the database's dialect, in order.
    QList<Step> steps() const;
    /// The newest version this program knows.
    int latestVersion() const;
    /// The version recorded in the database; 0 when it has no Ketong schema.
    Result<int> currentVersion() const;
    /// True when the database holds any table (Ketong's or anything else).
    Result<bool> hasAnyTable() const;

    /// Applies every pending migration. When the database already had a schema older than the
    /// program, it is first backed up to `backupPath` (or a timestamped file beside a SQLite database).
    /// Refuses (SchemaTooNew) a database newer than the program.
    Result<Outcome> migrate(const QString& backupPath = {}) const;

    /// Creates the whole schema on an empty database inside the caller's transaction on `connection`
    /// (init runs it together with the seed data, so a failure leaves nothing behind).
    Status createSchema(const QSqlDatabase& connection) const;

    /// Ok when the schema is exactly the program's version; otherwise SchemaMissing, SchemaTooNew or
    /// Invalid (older: run the upgrade) with a message naming both versions.
    Status checkCurrent() const;

private:
    Status apply(const Step& step) const;
    Status runStep(const QSqlDatabase& connection, const Step& step) const;
    Status createMigrationsTable(const QSqlDatabase& connection) const;

    const Database& m_db;
    QString m_root;
};

} // namespace ketong
