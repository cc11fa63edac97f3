#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace ketong::test {

/// The backend this test process runs against (KETONG_TEST_BACKEND: sqlite or postgresql).
Backend backend();
QString backendName();

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database on
/// the PostgreSQL server of scripts/test (dropped again when the object goes away).
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    /// Creates the empty database and opens it. Call QVERIFY(db.create()) at the start of a test.
    bool create();
    /// create() plus `init`: schema, roles, rights, dictionary; with `demo`, the demo company.
    bool createInitialized(bool demo = false, const Clock* clock = nullptr);

    const DatabasePtr& db() const { return m_db; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }
    /// The URL of the test database (for ketongctl and a second connection).
    const DatabaseUrl& url() const { return m_url; }
    /// Opens a second, independent Database object on the same database (a second client).
    DatabasePtr openAnother() const;
    /// PostgreSQL: the same database as the cluster's superuser, only to look at what the server alone may show
    /// (pg_authid's password verifiers). Tests never write through it.
    DatabasePtr asClusterAdmin() const;
    const QString& lastError() const { return m_error; }
    /// Leaves the database behind when the object goes away (the SQLite file, the PostgreSQL database and its
    /// roles): for looking at a benchmark's data afterwards.
    void keep();

    /// A session for a demo account by login (admin, director, manager1…).
    Session sessionFor(const QString& login) const;

private:
    bool createPostgres(const QString& templateName);
    /// PostgreSQL: the name of an initialised template database for `demo` (made once per server,
    /// under an advisory lock, keyed by the schema files and the day).
    QString postgresTemplate(bool demo);

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    DatabasePtr m_db;
    QString m_pgName;
    QString m_rolePrefix; ///< PostgreSQL: this database's own role names (dropped with it)
    QString m_error;
};

/// The URL of the PostgreSQL server's maintenance database (KETONG_TEST_PG_URL), as the cluster's superuser:
/// only for making and dropping test databases and roles.
QString postgresAdminUrl();
/// The role that owns every test database and runs the tests (KETONG_TEST_PG_OWNER, default ketong_owner): a
/// non-superuser with CREATEROLE, as docs/admin-guide makes it. TestDatabase::url() connects as it.
QString postgresOwner();

/// Runs ketongctl with `args`; returns exit code, stdout and stderr.
struct CtlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CtlResult runCtl(const QStringList& args, const QString& stdinText = {});

} // namespace ketong::test
