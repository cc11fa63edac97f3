#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ketong {

class Database;

/// Backups taken by the program itself: the administrator's 立即备份 and, on the single-PC SQLite set-up,
/// the scheduled backup that keeps the last N copies in a folder. The schedule is one setting
/// (backup.schedule, a JSON object: folder, every N days, keep N copies); the client runs a due backup in a
/// worker after login and once an hour. Every run is recorded in job_runs (job "backup"). On PostgreSQL
/// backups are the server's business (ketongctl backup as the database owner, or pg_dump on the server):
/// the accounts' login roles cannot read every column, so the schedule is refused there.
class KETONG_CORE_EXPORT BackupSchedule
{
    Q_DECLARE_TR_FUNCTIONS(ketong::BackupSchedule)
public:
    static constexpr int MaxEveryDays = 30;
    static constexpr int MaxKeep = 365;

    struct Config
    {
        QString directory;
        int everyDays = 0; ///< 0: no scheduled backup
        int keep = 7;
        bool enabled() const { return everyDays > 0 && !directory.isEmpty(); }
    };
    struct Outcome
    {
        QString file;
        qint64 bytes = 0;
        QStringList removed; ///< older copies removed to keep `keep`
    };

    /// Whether `session` may back up from the program: the administrator (or the system actor) on SQLite.
    static Status canRun(const Database& db, const Session& session);

    static Result<Config> config(const Database& db);
    /// Validates and stores the schedule (the administrator; audited). An enabled schedule needs an existing,
    /// writable folder, 1–MaxEveryDays days and 1–MaxKeep copies.
    static Status setConfig(const Database& db, const Clock& clock, const Session& session, const Config& config);

    /// When the last successful backup finished (invalid when never).
    static Result<QDateTime> lastSuccessfulRun(const Database& db);
    /// True when a scheduled backup is due at `now`.
    static bool isDue(const Config& config, const QDateTime& lastRun, const QDateTime& now);

    /// The file name of a backup taken at `at`: ketong-backup-yyyyMMdd-HHmmss.db (local time).
    static QString fileName(const QDateTime& at);

    /// Writes a verified backup into `directory` and removes the oldest Ketong backups there beyond
    /// `keep` (0: keep all). Only files named like fileName() are ever removed. Recorded in job_runs.
    static Result<Outcome> run(const Database& db, const Clock& clock, const Session& session, const QString& directory,
                               int keep);
};

} // namespace ketong
