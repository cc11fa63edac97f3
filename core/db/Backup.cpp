#include "Backup.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

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
} // namespace

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
        return {};
    }

    const QString pgDump = findPgTool(QStringLiteral("pg_dump"));
    if (pgDump.isEmpty())
        return Error(ErrorCode::Io, tr("pg_dump was not found; install the PostgreSQL client tools"));
    const auto& url = db.url();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!db.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), db.password());
    process.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                     QStringLiteral("--file"),          info.absoluteFilePath(),
                     QStringLiteral("--host"),          url.host(),
                     QStringLiteral("--port"),          QString::number(url.port()),
                     QStringLiteral("--dbname"),        url.databaseName()};
    if (!url.user().isEmpty())
        args << QStringLiteral("--username") << url.user();
    process.start(pgDump, args);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(ErrorCode::Io,
                     tr("pg_dump failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return {};
}

} // namespace ketong
