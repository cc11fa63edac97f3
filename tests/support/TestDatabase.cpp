#include "TestDatabase.h"

#include "auth/AuthService.h"
#include "auth/DbRoles.h"
#include "db/SqlQuery.h"
#include "setup/Setup.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace ketong::test {

namespace {
QAtomicInt g_counter = 0;

/// Drops the cluster-wide roles of a dropped test database (login roles and group roles of its prefix).
void dropRoles(const QSqlDatabase& c, const QString& prefix)
{
    if (prefix.isEmpty())
        return;
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE left(rolname, length(:p)) = :p"));
    q.bind(QStringLiteral(":p"), prefix);
    if (!q.exec())
        return;
    QStringList roles;
    while (q.next())
        roles << q.value(0).toString();
    q.finish();
    for (const QString& role : std::as_const(roles))
        (void)SqlQuery::run(c, QStringLiteral("DROP ROLE IF EXISTS %1").arg(DbRoles::quoteIdentifier(role)));
}

QString env(const char* name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

/// Makes the owner role when the server has none yet, as the admin guide does (`createuser --createrole`): a
/// login with CREATEROLE and nothing else, with the password of PGPASSWORD. scripts/test makes it up front;
/// this covers the other ways in (scripts/crash, the benchmark).
Status ensureOwner(const QSqlDatabase& c)
{
    const QString sql = QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                                       "CREATE ROLE %2 LOGIN CREATEROLE PASSWORD %3; END IF; "
                                       "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                            .arg(DbRoles::quoteLiteral(postgresOwner()), DbRoles::quoteIdentifier(postgresOwner()),
                                 DbRoles::quoteLiteral(env("PGPASSWORD")));
    return statusOf(SqlQuery::run(c, sql));
}
} // namespace

Backend backend()
{
    return env("KETONG_TEST_BACKEND") == QLatin1String("postgresql") ? Backend::PostgreSql : Backend::Sqlite;
}

QString backendName()
{
    return backend() == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

QString postgresAdminUrl()
{
    return env("KETONG_TEST_PG_URL");
}

QString postgresOwner()
{
    const QString owner = env("KETONG_TEST_PG_OWNER");
    return owner.isEmpty() ? QStringLiteral("ketong_owner") : owner;
}

TestDatabase::TestDatabase() = default;

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        auto adminUrl = DatabaseUrl::parse(postgresAdminUrl());
        if (adminUrl) {
            auto admin = Database::open(*adminUrl);
            if (admin) {
                const QSqlDatabase c = (*admin)->connection();
                (void)SqlQuery::run(c, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_pgName));
                dropRoles(c, m_rolePrefix);
            }
        }
    }
}

void TestDatabase::keep()
{
    m_dir.setAutoRemove(false);
    m_pgName.clear();
}

bool TestDatabase::create()
{
    if (backend() == Backend::Sqlite) {
        m_url = DatabaseUrl::sqlite(m_dir.filePath(QStringLiteral("test.db")));
        OpenOptions options;
        options.create = true;
        auto db = Database::open(m_url, options);
        if (!db) {
            m_error = db.error().fullText();
            return false;
        }
        m_db = *db;
        return true;
    }
    return createPostgres(QStringLiteral("template0"));
}

bool TestDatabase::createPostgres(const QString& templateName)
{
    const QString adminText = postgresAdminUrl();
    if (adminText.isEmpty()) {
        m_error = QStringLiteral("KETONG_TEST_PG_URL is not set: run the tests through scripts/test, which starts "
                                 "a PostgreSQL server");
        return false;
    }
    auto adminUrl = DatabaseUrl::parse(adminText);
    if (!adminUrl) {
        m_error = adminUrl.error().fullText();
        return false;
    }
    m_pgName = QStringLiteral("kt_%1_%2_%3")
                   .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')).left(20))
                   .arg(QCoreApplication::applicationPid())
                   .arg(g_counter.fetchAndAddRelaxed(1));
    {
        auto admin = Database::open(*adminUrl);
        if (!admin) {
            m_error = admin.error().fullText();
            return false;
        }
        if (auto s = ensureOwner((*admin)->connection()); !s) {
            m_error = s.error().fullText();
            m_pgName.clear();
            return false;
        }
        // The database belongs to the owner, who initialises it and runs every test: a non-superuser with
        // CREATEROLE, as the admin guide makes it, so that grants, policies and role changes meet the privileges
        // an office really has. The cluster's superuser only makes and drops databases and roles.
        auto made = SqlQuery::run((*admin)->connection(),
                                  QStringLiteral("CREATE DATABASE \"%1\" OWNER %2 TEMPLATE \"%3\" ENCODING 'UTF8' "
                                                 "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                                      .arg(m_pgName, DbRoles::quoteIdentifier(postgresOwner()), templateName));
        if (!made) {
            m_error = made.error().fullText();
            m_pgName.clear();
            return false;
        }
        // Role names are cluster-wide: this database gets its own prefix (0003_security.sql reads it).
        m_rolePrefix = QStringLiteral("k%1x%2_").arg(QCoreApplication::applicationPid()).arg(g_counter.loadRelaxed());
        // The app's login (AuthService::loginToServer) finds the login roles of the newest test database.
        qputenv("KETONG_ROLE_PREFIX", m_rolePrefix.toUtf8());
        (void)SqlQuery::run(
            (*admin)->connection(),
            QStringLiteral("ALTER DATABASE \"%1\" SET ketong.role_prefix = '%2'").arg(m_pgName, m_rolePrefix));
    }
    m_url = adminUrl->withUser(postgresOwner()).withDatabaseName(m_pgName);
    auto db = Database::open(m_url);
    if (!db) {
        m_error = db.error().fullText();
        return false;
    }
    m_db = *db;
    if (templateName != QLatin1String("template0")) {
        // A copy of an initialised template: its own group and login roles (demo accounts: demo password).
        if (auto s = Setup::securePostgres(m_db->connection(), true); !s) {
            m_error = s.error().fullText();
            return false;
        }
    }
    return true;
}

QString TestDatabase::postgresTemplate(bool demo)
{
    // The key: every migration file, the demo flag and today's date (the demo is dated from today).
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QDirIterator it(QStringLiteral(":/ketong/migrations/postgres"), QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    hash.addData(QDate::currentDate().toString(Qt::ISODate).toUtf8());
    const QString name = QStringLiteral("kt_tpl_%1_%2")
                             .arg(demo ? QStringLiteral("demo") : QStringLiteral("base"),
                                  QString::fromLatin1(hash.result().toHex().left(12)));
    auto adminUrl = DatabaseUrl::parse(postgresAdminUrl());
    if (!adminUrl)
        return {};
    auto admin = Database::open(*adminUrl);
    if (!admin)
        return {};
    const QSqlDatabase c = (*admin)->connection();
    // One process builds the template; the others wait for it.
    if (!SqlQuery::run(c, QStringLiteral("SELECT pg_advisory_lock(4242)")))
        return {};
    const auto exists = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = :n"),
                                         {{QStringLiteral("n"), name}});
    QString result = name;
    if (exists && exists->toInt() == 0) {
        TestDatabase builder;
        if (builder.createPostgres(QStringLiteral("template0"))) {
            SystemClock clock;
            Setup::Options options;
            options.demo = demo;
            const QString built = builder.m_pgName;
            if (Setup::initialize(*builder.m_db, clock, options)) {
                builder.m_db.reset();
                builder.m_pgName.clear(); // keep it: it becomes the template
                builder.m_rolePrefix.clear();
                if (!SqlQuery::run(c, QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"").arg(built, name)))
                    result.clear();
            } else {
                result.clear();
            }
        } else {
            result.clear();
        }
    }
    (void)SqlQuery::run(c, QStringLiteral("SELECT pg_advisory_unlock(4242)"));
    return result;
}

bool TestDatabase::createInitialized(bool demo, const Clock* clock)
{
    if (backend() == Backend::PostgreSql && demo && !clock) {
        // Copying an initialised demo template is much faster than loading the demo company each time.
        const QString tpl = postgresTemplate(demo);
        if (!tpl.isEmpty())
            return createPostgres(tpl);
    }
    if (!create())
        return false;
    SystemClock system;
    Setup::Options options;
    options.demo = demo;
    if (auto s = Setup::initialize(*m_db, clock ? *clock : system, options); !s) {
        m_error = s.error().fullText();
        return false;
    }
    return true;
}

DatabasePtr TestDatabase::openAnother() const
{
    auto db = Database::open(m_url);
    return db ? *db : nullptr;
}

DatabasePtr TestDatabase::asClusterAdmin() const
{
    auto adminUrl = DatabaseUrl::parse(postgresAdminUrl());
    if (!adminUrl || m_pgName.isEmpty())
        return nullptr;
    auto db = Database::open(adminUrl->withDatabaseName(m_pgName));
    return db ? *db : nullptr;
}

Session TestDatabase::sessionFor(const QString& login) const
{
    SystemClock clock;
    auto session = AuthService(*m_db, clock).sessionFor(login);
    return session ? *session : Session();
}

CtlResult runCtl(const QStringList& args, const QString& stdinText)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KETONGCTL_PATH), args);
    if (!stdinText.isEmpty())
        process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    CtlResult result;
    if (!process.waitForFinished(300000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ketong::test
