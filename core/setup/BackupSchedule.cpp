#include "BackupSchedule.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "setup/JobRuns.h"
#include "setup/Settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ketong {

namespace {
const QString kJob = QStringLiteral("backup");
const QString kKey = QStringLiteral("backup.schedule");

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ketong-backup-\\d{8}-\\d{6}(-\\d+)?\\.db$"));
    return pattern;
}

/// Removes the oldest Ketong backups in `dir` beyond `keep`; the names sort by time.
QStringList prune(const QDir& dir, int keep)
{
    QStringList names;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        if (backupNamePattern().match(name).hasMatch())
            names << name;
    QStringList removed;
    while (keep > 0 && names.size() > keep) {
        const QString oldest = names.takeFirst();
        if (QFile::remove(dir.filePath(oldest)))
            removed << oldest;
    }
    return removed;
}

Status recordRun(const Database& db, const Session& session, const QDateTime& started, const QDateTime& finished,
                 qint64 ms, const Status& result, const QString& message)
{
    auto written =
        SqlQuery::run(db.connection(),
                      QStringLiteral("INSERT INTO job_runs (job, started_at, finished_at, duration_ms, result, "
                                     "message, actor) VALUES (:job, :started, :finished, :ms, :result, :message, "
                                     ":actor)"),
                      {{QStringLiteral("job"), kJob},
                       {QStringLiteral("started"), started},
                       {QStringLiteral("finished"), finished},
                       {QStringLiteral("ms"), ms},
                       {QStringLiteral("result"), result ? QStringLiteral("ok") : QStringLiteral("failed")},
                       {QStringLiteral("message"), message.left(2000)},
                       {QStringLiteral("actor"), session.actor()}});
    if (!written)
        return written.error();
    return {};
}
} // namespace

Status BackupSchedule::canRun(const Database& db, const Session& session)
{
    if (!db.dialect().isSqlite())
        return Error(ErrorCode::Invalid, tr("On a PostgreSQL server, backups are taken on the server (ketongctl "
                                            "backup as the database owner, or pg_dump); see the administrator's "
                                            "guide"));
    if (session.isSystem())
        return {};
    return AccessControl::requireKind(session, Rights::Permissions, {RoleKind::Admin}, tr("back up the database"));
}

Result<BackupSchedule::Config> BackupSchedule::config(const Database& db)
{
    auto text = Settings::value(db, kKey);
    if (!text)
        return text.error();
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    Config config;
    config.directory = json.value(QStringLiteral("directory")).toString();
    config.everyDays = qBound(0, json.value(QStringLiteral("everyDays")).toInt(0), MaxEveryDays);
    config.keep = qBound(1, json.value(QStringLiteral("keep")).toInt(7), MaxKeep);
    return config;
}

Status BackupSchedule::setConfig(const Database& db, const Clock& clock, const Session& session, const Config& config)
{
    if (auto s = canRun(db, session); !s)
        return s;
    if (config.everyDays < 0 || config.everyDays > MaxEveryDays)
        return Error(ErrorCode::Invalid, tr("Back up every 1 to %1 days (0: never)").arg(MaxEveryDays),
                     QStringLiteral("everyDays"));
    if (config.keep < 1 || config.keep > MaxKeep)
        return Error(ErrorCode::Invalid, tr("Keep between 1 and %1 copies").arg(MaxKeep), QStringLiteral("keep"));
    if (config.everyDays > 0) {
        const QFileInfo dir(config.directory);
        if (config.directory.isEmpty())
            return Error(ErrorCode::Required, tr("Choose the folder for the backups"), QStringLiteral("directory"));
        if (!dir.isDir())
            return Error(ErrorCode::Invalid, tr("The folder %1 does not exist").arg(config.directory),
                         QStringLiteral("directory"));
        if (!dir.isWritable())
            return Error(ErrorCode::Invalid, tr("The folder %1 cannot be written to").arg(config.directory),
                         QStringLiteral("directory"));
    }
    const QJsonObject json{{QStringLiteral("directory"), config.directory},
                           {QStringLiteral("everyDays"), config.everyDays},
                           {QStringLiteral("keep"), config.keep}};
    return Settings::setValue(db, clock, session, kKey,
                              QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

Result<QDateTime> BackupSchedule::lastSuccessfulRun(const Database& db)
{
    return JobRuns::lastSuccess(db, kJob);
}

bool BackupSchedule::isDue(const Config& config, const QDateTime& lastRun, const QDateTime& now)
{
    if (!config.enabled())
        return false;
    return !lastRun.isValid() || lastRun.addDays(config.everyDays) <= now;
}

QString BackupSchedule::fileName(const QDateTime& at)
{
    return QStringLiteral("ketong-backup-%1.db").arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Result<BackupSchedule::Outcome> BackupSchedule::run(const Database& db, const Clock& clock, const Session& session,
                                                    const QString& directory, int keep)
{
    if (auto s = canRun(db, session); !s)
        return s.error();
    if (directory.trimmed().isEmpty()) // QDir("") is the working directory: never back up there by accident
        return Error(ErrorCode::Required, tr("Choose the folder for the backups"), QStringLiteral("directory"));
    const QDateTime started = clock.now();
    QElapsedTimer timer;
    timer.start();
    const QDir dir(directory);
    Outcome outcome;
    // Two backups in the same second (a manual one right after the scheduled one) get a suffix.
    outcome.file = dir.filePath(fileName(started));
    for (int n = 2; QFileInfo::exists(outcome.file); ++n)
        outcome.file = dir.filePath(fileName(started).replace(QStringLiteral(".db"), QStringLiteral("-%1.db").arg(n)));
    Status status = dir.exists() ? Backup::create(db, outcome.file)
                                 : Status(Error(ErrorCode::Io, tr("The folder %1 does not exist").arg(directory),
                                                QStringLiteral("directory")));
    if (status) {
        outcome.bytes = QFileInfo(outcome.file).size();
        outcome.removed = prune(dir, keep);
    }
    const QString message = status ? outcome.file : status.error().message();
    if (auto s = recordRun(db, session, started, clock.now(), timer.elapsed(), status, message); !s && status)
        status = s;
    if (!status)
        return status.error();
    return outcome;
}

} // namespace ketong
