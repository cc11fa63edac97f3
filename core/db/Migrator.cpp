#include "Migrator.h"

#include "Backup.h"
#include "SqlQuery.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ketong {

Migrator::Migrator(const Database& db, QString root)
    : m_db(db)
    , m_root(std::move(root))
{}

QList<Migrator::Step> Migrator::steps() const
{
    const QDir dir(m_root + (m_db.dialect().isSqlite() ? QStringLiteral("/sqlite") : QStringLiteral("/postgres")));
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Step> result;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            continue;
        result.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    return result;
}

int Migrator::programVersion()
{
    const QStringList files = QDir(QStringLiteral(":/ketong/migrations/sqlite"))
                                  .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? 0 : files.constLast().left(4).toInt();
}

int Migrator::latestVersion() const
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<bool> Migrator::hasAnyTable() const
{
    const QString sql = m_db.dialect().isSqlite()
                            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
                            : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                             "WHERE table_schema = current_schema()");
    auto count = SqlQuery::scalar(m_db.connection(), sql);
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<int> Migrator::currentVersion() const
{
    const QString exists = m_db.dialect().isSqlite()
                               ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                "AND name = 'schema_migrations'")
                               : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                                "WHERE table_schema = current_schema() "
                                                "AND table_name = 'schema_migrations'");
    auto found = SqlQuery::scalar(m_db.connection(), exists);
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return 0;
    auto version = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT max(version) FROM schema_migrations"));
    if (!version)
        return version.error();
    return version->isNull() ? 0 : version->toInt();
}

Status Migrator::checkCurrent() const
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current == 0)
        return Error(ErrorCode::SchemaMissing,
                     tr("The database has no Ketong data yet; create it first (ketongctl init)"));
    if (*current > latest)
        return Error(ErrorCode::SchemaTooNew,
                     tr("The database has schema version %1, but this program knows only up to version %2; "
                        "install a newer Ketong")
                         .arg(*current)
                         .arg(latest));
    if (*current < latest)
        return Error(ErrorCode::Invalid,
                     tr("The database has schema version %1 and this program needs version %2; upgrade it first "
                        "(ketongctl migrate)")
                         .arg(*current)
                         .arg(latest));
    return {};
}

Result<Migrator::Outcome> Migrator::migrate(const QString& backupPath) const
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    Outcome outcome{*current, *current, {}};
    if (*current > latest)
        return Error(ErrorCode::SchemaTooNew,
                     tr("The database has schema version %1, but this program knows only up to version %2; "
                        "install a newer Ketong")
                         .arg(*current)
                         .arg(latest));
    if (*current == latest)
        return outcome;

    if (*current > 0) {
        QString target = backupPath;
        if (target.isEmpty() && m_db.dialect().isSqlite()) {
            const QFileInfo file(m_db.url().path());
            target = file.absoluteDir().filePath(
                QStringLiteral("%1.v%2-%3.bak")
                    .arg(file.fileName())
                    .arg(*current)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        }
        if (!target.isEmpty()) {
            if (auto s = Backup::create(m_db, target); !s)
                return Error(ErrorCode::Io,
                             tr("Backup before the upgrade failed, nothing was changed: %1").arg(s.error().message()));
            outcome.backupPath = target;
        }
    } else if (auto s = createMigrationsTable(m_db.connection()); !s) {
        return s.error();
    }

    for (const Step& step : steps()) {
        if (step.version <= outcome.to)
            continue;
        if (auto s = apply(step); !s)
            return s.error();
        outcome.to = step.version;
    }
    return outcome;
}

Status Migrator::createMigrationsTable(const QSqlDatabase& connection) const
{
    SqlQuery q(connection);
    return q.exec(
        m_db.dialect().isSqlite()
            ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name "
                             "TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT")
            : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name "
                             "VARCHAR(100) NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"));
}

Status Migrator::createSchema(const QSqlDatabase& connection) const
{
    if (auto s = createMigrationsTable(connection); !s)
        return s;
    for (const Step& step : steps()) {
        if (auto s = runStep(connection, step); !s)
            return s;
    }
    return {};
}

Status Migrator::apply(const Step& step) const
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = runStep(tx.connection(), step); !s)
        return s;
    return tx.commit();
}

Status Migrator::runStep(const QSqlDatabase& connection, const Step& step) const
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read migration %1").arg(step.path));
    const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    for (const QString& statement : statements) {
        SqlQuery q(connection);
        if (auto s = q.exec(statement); !s)
            return Error(ErrorCode::Database,
                         tr("Migration %1 (%2) failed: %3").arg(step.version).arg(step.name, s.error().detail()));
    }
    SqlQuery record(connection);
    record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :at)"));
    record.bind(QStringLiteral(":v"), step.version);
    record.bind(QStringLiteral(":n"), step.name);
    record.bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc());
    return record.exec();
}

} // namespace ketong
