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

    void statisticsRefreshedWhenTheTableDoubles()
    {
        // After a bulk write the planner's statistics are made again only when the table has (at least) doubled
        // since they were made, or has none: SQLite's sqlite_stat1 row count, PostgreSQL's analyze count.
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QSqlDatabase c = t->connection();
        const bool sqlite = t.url().isSqlite();
        QVERIFY(SqlQuery::run(c, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)")));
        const auto add = [&c](int from, int to) {
            return SqlQuery::run(c, QStringLiteral("WITH RECURSIVE n (i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n "
                                                   "WHERE i < %2) INSERT INTO t (id, v) SELECT i, i % 7 FROM n")
                                        .arg(from)
                                        .arg(to));
        };
        const auto analyses = [&] {
            return SqlQuery::scalar(
                       c, sqlite ? QStringLiteral("SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl = 't' "
                                                  "AND idx IS NULL")
                                 : QStringLiteral("SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 't'"))
                ->toLongLong();
        };
        // SQLite: the rows now (the largest rowid) against twice those its statistics counted. PostgreSQL: the
        // write against the rows the table had (VACUUM, after every bulk write, counts them too).
        QVERIFY(add(1, 30000));
        t->refreshStatistics({{QStringLiteral("t"), 30000}});
        QCOMPARE(analyses(), sqlite ? 30000 : 1); // none yet
        QVERIFY(add(30001, 50000));
        t->refreshStatistics({{QStringLiteral("t"), 20000}});
        QCOMPARE(analyses(), sqlite ? 30000 : 1);
        QVERIFY(add(50001, 90000));
        t->refreshStatistics({{QStringLiteral("t"), 40000}});
        QCOMPARE(analyses(), sqlite ? 90000 : 1); // 90 k ≥ 2 × 30 k; 40 k < 50 k
        QVERIFY(add(90001, 200000));
        t->refreshStatistics({{QStringLiteral("t"), Database::BulkRows - 1}});
        QCOMPARE(analyses(), sqlite ? 90000 : 1); // not a bulk write
        t->refreshStatistics({{QStringLiteral("t"), 110000}});
        QCOMPARE(analyses(), sqlite ? 200000 : 2); // 200 k ≥ 2 × 90 k; 110 k ≥ 90 k
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
