// Office deployment on PostgreSQL: another client's change arrives by LISTEN/NOTIFY; a dropped connection
// is reported, reopened, and an interrupted transaction leaves nothing behind; a real server restart in the
// middle of a session is survived.
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// A private PostgreSQL cluster this test may restart (the shared one serves other tests meanwhile).
class PrivateServer
{
public:
    bool start()
    {
        const QString bin = qEnvironmentVariable("KETONG_TEST_PG_BIN", u"/usr/lib/postgresql/15/bin"_s);
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_pgCtl = bin + u"/pg_ctl"_s;
        QFile pw(m_dir.filePath(u"pw"_s));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write("secret\n");
        pw.close();
        if (geteuid() == 0)
            run(u"chown"_s, {u"-R"_s, u"postgres:"_s, m_dir.path()});
        return run(bin + u"/initdb"_s,
                   {u"-D"_s, m_dir.filePath(u"data"_s), u"-U"_s, u"ketong"_s, u"-A"_s, u"scram-sha-256"_s,
                    u"--pwfile="_s + pw.fileName(), u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s},
                   true) &&
               control(u"start"_s);
    }
    bool control(const QString& action)
    {
        return run(m_pgCtl,
                   {u"-D"_s, m_dir.filePath(u"data"_s), u"-l"_s, m_dir.filePath(u"log"_s), u"-w"_s, u"-m"_s, u"fast"_s,
                    u"-o"_s, u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"_s.arg(m_port).arg(m_dir.path()),
                    action},
                   true);
    }
    ~PrivateServer() { control(u"stop"_s); }
    QString url() const { return u"postgresql://ketong@127.0.0.1:%1/postgres"_s.arg(m_port); }

private:
    bool run(const QString& program, QStringList args, bool asPostgres = false)
    {
        QProcess p;
        if (asPostgres && geteuid() == 0) {
            args.prepend(program);
            args.prepend(u"--"_s);
            args.prepend(u"postgres"_s);
            args.prepend(u"-u"_s);
            p.start(u"runuser"_s, args);
        } else {
            p.start(program, args);
        }
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    QTemporaryDir m_dir{QDir::tempPath() + u"/ketong-live-XXXXXX"_s};
    QString m_pgCtl;
    int m_port = 0;
};
} // namespace

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
        PrivateServer server;
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
