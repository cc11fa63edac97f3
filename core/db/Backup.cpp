#include "Backup.h"

#include "Database.h"
#include "Migrator.h"
#include "SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ketong {

namespace {
QString findPgTool(const QString& name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (!found.isEmpty())
        return found;
    // Debian keeps the versioned binaries off PATH.
    for (int major = 17; major >= 13; --major) {
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/%1/bin").arg(major)});
        if (!found.isEmpty())
            return found;
    }
    return {};
}
QProcessEnvironment pgEnvironment(const Database& db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!db.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), db.password());
    return env;
}

QStringList pgConnectionArgs(const DatabaseUrl& url)
{
    QStringList args{QStringLiteral("--host"),   url.host(),
                     QStringLiteral("--port"),   QString::number(url.port()),
                     QStringLiteral("--dbname"), url.databaseName()};
    if (!url.user().isEmpty())
        args << QStringLiteral("--username") << url.user();
    return args;
}

/// Runs a PostgreSQL tool; on failure the error carries its standard error.
Status runTool(const QString& tool, const QStringList& args, const QProcessEnvironment& env, QByteArray* output)
{
    const QString path = findPgTool(tool);
    if (path.isEmpty())
        return Error(ErrorCode::Io, Backup::tr("%1 was not found; install the PostgreSQL client tools").arg(tool));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(path, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(
            ErrorCode::Io,
            Backup::tr("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    if (output)
        *output = process.readAllStandardOutput();
    return {};
}
} // namespace

Status Backup::verifySqlite(const QString& file)
{
    auto copy = Database::open(DatabaseUrl::sqlite(file));
    if (!copy)
        return Error(ErrorCode::Io, tr("%1 is not a readable database: %2").arg(file, copy.error().message()));
    auto check = SqlQuery::scalar((*copy)->connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        return Error(ErrorCode::Io,
                     tr("%1 is damaged: %2").arg(file, check ? check->toString() : check.error().message()));
    Migrator migrator(**copy);
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    if (*version == 0)
        return Error(ErrorCode::Invalid, tr("%1 holds no Ketong data").arg(file));
    if (*version > Migrator::programVersion())
        return Error(ErrorCode::SchemaTooNew,
                     tr("%1 was written by a newer Ketong (schema version %2)").arg(file).arg(*version));
    return {};
}

Status Backup::restoreSqliteFile(const QString& file, const QString& target)
{
    if (QFileInfo::exists(target))
        return Error(ErrorCode::Io, tr("%1 already exists; restore needs a new file").arg(target),
                     QStringLiteral("file"));
    if (!QFileInfo(target).absoluteDir().exists())
        return Error(ErrorCode::Io, tr("The folder %1 does not exist").arg(QFileInfo(target).absolutePath()),
                     QStringLiteral("file"));
    // Verify a private copy, then move it into place: the target appears whole or not at all.
    const QString staging = target + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(file, staging))
        return Error(ErrorCode::Io, tr("Cannot read %1").arg(file), QStringLiteral("file"));
    if (auto s = verifySqlite(staging); !s) {
        QFile::remove(staging);
        QFile::remove(staging + QStringLiteral("-wal"));
        QFile::remove(staging + QStringLiteral("-shm"));
        return s;
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!QFile::rename(staging, target))
        return Error(ErrorCode::Io, tr("Cannot create %1").arg(target));
    return {};
}

Status Backup::restore(const Database& db, const QString& file)
{
    if (!QFileInfo::exists(file))
        return Error(ErrorCode::Io, tr("There is no backup file %1").arg(file), QStringLiteral("file"));
    auto anyTable = Migrator(db).hasAnyTable();
    if (!anyTable)
        return anyTable.error();
    if (*anyTable)
        return Error(ErrorCode::AlreadyExists, tr("The target database is not empty; restore needs an empty database"));
    if (db.dialect().isSqlite())
        return Error(ErrorCode::Invalid, tr("Restore a SQLite backup to a new file (ketongctl restore FILE --database "
                                            "sqlite:NEW.db)"));
    const QProcessEnvironment env = pgEnvironment(db);
    QByteArray listing;
    if (auto s = runTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, env, &listing); !s)
        return Error(ErrorCode::Invalid, tr("%1 is not a readable backup: %2").arg(file, s.error().message()));
    if (!listing.contains("TABLE public schema_migrations") && !listing.contains("TABLE schema_migrations"))
        return Error(ErrorCode::Invalid, tr("%1 holds no Ketong data").arg(file));
    QStringList args{QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                     QStringLiteral("--single-transaction")};
    args << pgConnectionArgs(db.url()) << file;
    return runTool(QStringLiteral("pg_restore"), args, env, nullptr);
}

Status Backup::create(const Database& db, const QString& file)
{
    const QFileInfo info(file);
    if (info.exists())
        return Error(ErrorCode::Io, tr("The backup file %1 already exists").arg(file), QStringLiteral("file"));
    if (!info.absoluteDir().exists())
        return Error(ErrorCode::Io, tr("The folder %1 does not exist").arg(info.absolutePath()),
                     QStringLiteral("file"));

    if (db.dialect().isSqlite()) {
        SqlQuery q(db.connection());
        q.prepare(QStringLiteral("VACUUM INTO :file"));
        q.bind(QStringLiteral(":file"), info.absoluteFilePath());
        if (auto s = q.exec(); !s)
            return Error(ErrorCode::Io, tr("Backup to %1 failed: %2").arg(file, s.error().message()), {},
                         s.error().detail());
        if (auto s = verifySqlite(info.absoluteFilePath()); !s) {
            QFile::remove(info.absoluteFilePath());
            return s;
        }
        return {};
    }

    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--file"),
                     info.absoluteFilePath()};
    args << pgConnectionArgs(db.url());
    if (auto s = runTool(QStringLiteral("pg_dump"), args, pgEnvironment(db), nullptr); !s)
        return s;
    return {};
}

} // namespace ketong
