// Office deployment on PostgreSQL: another client's change arrives by LISTEN/NOTIFY; a dropped connection
// is reported, reopened, and an interrupted transaction leaves nothing behind; a real server restart in the
// middle of a session is survived.
#include "PrivateServer.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class LiveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("PostgreSQL only: a SQLite database serves one PC");
    }

    void anotherClientsChangeArrives()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        QVERIFY(t->listen({u"customers"_s, u"dict_items"_s}));
        QSignalSpy changed(t->events(), &DatabaseEvents::changed);
        DatabasePtr other = t.openAnother();
        QVERIFY(
            SqlQuery::run(other->connection(),
                          u"INSERT INTO users (id, login, name, role_id, password_hash) SELECT 50, 'm', 'm', id, 'x' "
                          u"FROM roles WHERE kind = 'manager'"_s));
        const auto id = SqlQuery::scalar(other->connection(),
                                         u"INSERT INTO customers (code, name, region, manager_id) VALUES ('KH9', '甲', "
                                         u"'北京', 50) RETURNING id"_s);
        QVERIFY(id);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).toString(), u"customers"_s);
        QCOMPARE(changed.first().at(1).toLongLong(), id->toLongLong());
    }

    void droppedConnectionIsReportedAndReopened()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        QSignalSpy lost(t->events(), &DatabaseEvents::connectionLost);
        QSignalSpy back(t->events(), &DatabaseEvents::reconnected);
        const auto pid = SqlQuery::scalar(t->connection(), u"SELECT pg_backend_pid()"_s);
        // A transaction is under way when the server drops the connection.
        Transaction tx(*t);
        QVERIFY(tx.begin());
        QVERIFY(SqlQuery::run(tx.connection(), u"INSERT INTO settings (key, value) VALUES ('half', 'written')"_s));
        DatabasePtr admin = t.openAnother();
        QVERIFY(SqlQuery::run(admin->connection(), u"SELECT pg_terminate_backend(:pid)"_s, {{u"pid"_s, *pid}}));
        const auto commit = tx.commit();
        QVERIFY(!commit);
        QCOMPARE(commit.error().code(), ErrorCode::Connection);
        QVERIFY(lost.wait(2000) || lost.count() > 0);
        QVERIFY(t->reconnectAll());
        QCOMPARE(back.count(), 1);
        // Nothing half-written, and the next operation works.
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM settings WHERE key = 'half'"_s)->toInt(), 0);
    }

    void serverRestartMidSession()
    {
        test::PrivateServer server;
        QVERIFY(server.start());
        const QByteArray savedPassword = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "secret");
        auto url = DatabaseUrl::parse(server.url());
        auto db = Database::open(*url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().fullText()));
        QVERIFY(SqlQuery::run((*db)->connection(), u"CREATE TABLE t (x INTEGER)"_s));
        QVERIFY(server.control(u"restart"_s));
        // The first statement after the restart fails as a lost connection…
        const auto failed = SqlQuery::run((*db)->connection(), u"INSERT INTO t VALUES (1)"_s);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), ErrorCode::Connection);
        // … the client reconnects and goes on; worker threads reopen theirs on next use.
        QVERIFY((*db)->reconnectAll());
        QVERIFY(SqlQuery::run((*db)->connection(), u"INSERT INTO t VALUES (2)"_s));
        QCOMPARE(SqlQuery::scalar((*db)->connection(), u"SELECT count(*) FROM t"_s)->toInt(), 1);
        qputenv("PGPASSWORD", savedPassword);
    }
};

QTEST_GUILESS_MAIN(LiveTest)
#include "LiveTest.moc"
