// Opening databases: typed errors for every way it can fail, the SQLite pragmas, one connection per
// thread, and the transaction guard.
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ketong;

class DatabaseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFolderIsTypedError()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("SQLite only");
        OpenOptions options;
        options.create = true;
        auto db = Database::open(DatabaseUrl::sqlite(QStringLiteral("/nonexistent-folder-ketong/x.db")), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::Io);
        QVERIFY(db.error().message().contains(QLatin1String("nonexistent-folder-ketong")));
    }

    void missingFileWithoutCreate()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("SQLite only");
        QTemporaryDir dir;
        auto db = Database::open(DatabaseUrl::sqlite(dir.filePath(QStringLiteral("none.db"))));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::Io);
    }

    void sqlitePragmas()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("SQLite only");
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QSqlDatabase c = t->connection();
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("PRAGMA synchronous"))->toInt(),
                 2); // FULL: a commit survives power loss
        QVERIFY(SqlQuery::scalar(c, QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
    }

    void unreachableServer()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("PostgreSQL only");
        OpenOptions options;
        options.connectTimeoutSeconds = 2;
        // Port 1 on loopback: nothing listens there.
        auto db = Database::open(*DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/x")), options);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::Connection);
    }

    void wrongPassword()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("PostgreSQL only");
        auto url = DatabaseUrl::parse(test::postgresAdminUrl());
        QVERIFY(url);
        qputenv("PGPASSWORD_SAVED", qgetenv("PGPASSWORD"));
        qunsetenv("PGPASSWORD");
        OpenOptions options;
        options.password = QStringLiteral("definitely-wrong");
        auto db = Database::open(*url, options);
        qputenv("PGPASSWORD", qgetenv("PGPASSWORD_SAVED"));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::AuthFailed);
    }

    void noSuchDatabase()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("PostgreSQL only");
        auto url = DatabaseUrl::parse(test::postgresAdminUrl());
        auto db = Database::open(url->withDatabaseName(QStringLiteral("ketong_no_such_db")));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::Connection);
        QVERIFY(db.error().message().contains(QLatin1String("ketong_no_such_db")));
    }

    void oneConnectionPerThread()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QString mainName = t->connection().connectionName();
        QString workerName;
        bool workerOpen = false;
        QThread* worker = QThread::create([&] {
            const QSqlDatabase c = t->connection();
            workerName = c.connectionName();
            workerOpen = c.isOpen() && SqlQuery::scalar(c, QStringLiteral("SELECT 1"))->toInt() == 1;
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(workerOpen);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QCOMPARE(t->connection().connectionName(), mainName);
        QVERIFY(!QSqlDatabase::contains(workerName)); // forgotten when the thread finished
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QSqlDatabase c = t->connection();
        QVERIFY(SqlQuery::run(c, QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)")));
        {
            Transaction tx(*t);
            QVERIFY(tx.begin());
            QVERIFY(SqlQuery::run(tx.connection(), QStringLiteral("INSERT INTO t VALUES (1)")));
            // leaves scope without commit
        }
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM t"))->toInt(), 0);
        {
            Transaction tx(*t);
            QVERIFY(tx.begin());
            QVERIFY(SqlQuery::run(tx.connection(), QStringLiteral("INSERT INTO t VALUES (2)")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM t"))->toInt(), 1);
    }

    void emptyStringIsNotNull()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QSqlDatabase c = t->connection();
        QVERIFY(SqlQuery::run(c, QStringLiteral("CREATE TABLE t (x VARCHAR(10) NOT NULL, y VARCHAR(10))")));
        auto inserted =
            SqlQuery::run(c, QStringLiteral("INSERT INTO t (x, y) VALUES (:x, :y)"),
                          {{QStringLiteral("x"), QString()}, {QStringLiteral("y"), nullOf(QMetaType::QString)}});
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().fullText()));
        QCOMPARE(SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM t WHERE x = '' AND y IS NULL"))->toInt(), 1);
    }

    void uniqueViolationIsDuplicate()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QSqlDatabase c = t->connection();
        QVERIFY(SqlQuery::run(c, QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL)")));
        QVERIFY(SqlQuery::run(c, QStringLiteral("CREATE UNIQUE INDEX uq_t ON t (x)")));
        QVERIFY(SqlQuery::run(c, QStringLiteral("INSERT INTO t VALUES (1)")));
        auto again = SqlQuery::run(c, QStringLiteral("INSERT INTO t VALUES (1)"));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Duplicate);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
