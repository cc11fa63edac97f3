#include "Database.h"

#include "NetworkDrive.h"
#include "SqlQuery.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

namespace ketong {

namespace {
QAtomicInteger<quint32> g_instance = 0;

Error classifyOpenError(const DatabaseUrl& url, const QSqlError& error)
{
    const QString text = error.text().trimmed();
    const QString where = url.toString();
    if (url.isSqlite())
        return Error(ErrorCode::Io, Database::tr("Cannot open the database file %1: %2").arg(url.path(), text), {},
                     text);
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) || text.contains(QLatin1String("fe_sendauth")))
        return Error(ErrorCode::AuthFailed,
                     Database::tr("The server %1 refused the user name or password").arg(url.host()), {}, text);
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return Error(ErrorCode::Connection,
                     Database::tr("The server has no database named \"%1\"").arg(url.databaseName()), {}, text);
    if (text.contains(QLatin1String("role")) && text.contains(QLatin1String("does not exist")))
        return Error(ErrorCode::AuthFailed,
                     Database::tr("The server %1 refused the user name or password").arg(url.host()), {}, text);
    return Error(ErrorCode::Connection,
                 Database::tr("Cannot reach the database server %1:%2 (%3)").arg(url.host()).arg(url.port()).arg(where),
                 {}, text);
}
} // namespace

namespace {
/// Open databases by connection-name prefix, so a failing statement can be traced to its Database.
QMutex g_registryMutex;
QHash<QString, std::weak_ptr<Database>> g_registry;
} // namespace

Database::Database(DatabaseUrl url, OpenOptions options)
    : m_url(std::move(url))
    , m_options(std::move(options))
    , m_dialect(m_url.backend())
    , m_prefix(QStringLiteral("ketong-%1").arg(g_instance.fetchAndAddRelaxed(1)))
    , m_events(std::make_unique<DatabaseEvents>())
{}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, const OpenOptions& options)
{
    if (url.isSqlite()) {
        const QFileInfo file(url.path());
        if (!file.absoluteDir().exists())
            return Error(ErrorCode::Io,
                         tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(file.absolutePath())),
                         QStringLiteral("url"));
        if (!options.create && !file.exists())
            return Error(ErrorCode::Io,
                         tr("There is no database file at %1").arg(QDir::toNativeSeparators(file.absoluteFilePath())),
                         QStringLiteral("url"));
        if (file.exists() && file.isDir())
            return Error(ErrorCode::Io, tr("%1 is a folder, not a database file").arg(file.absoluteFilePath()),
                         QStringLiteral("url"));
        if (auto s = checkSqliteLocation(file); !s)
            return s.error();
    }
    std::shared_ptr<Database> db(new Database(url, options));
    if (db->m_options.password.isEmpty())
        db->m_options.password = url.embeddedPassword();
    QSqlDatabase first = db->connection();
    if (!first.isOpen()) {
        // connection() left the failed connection registered; report why it failed.
        Error error = classifyOpenError(url, first.lastError());
        db->releaseThreadConnection();
        return error;
    }
    QMutexLocker lock(&g_registryMutex);
    g_registry.insert(db->m_prefix, db);
    return db;
}

Database::~Database()
{
    {
        QMutexLocker lock(&g_registryMutex);
        g_registry.remove(m_prefix);
    }
    // The last DatabasePtr may die in a worker thread (a finished background task), even while the
    // application shuts down. A connection is closed only by the thread it belongs to: the calling thread's
    // own now; the application thread's (and the listening one, whose socket notifier its event loop
    // watches) on the application thread; a connection of any other thread is dropped without touching it.
    const QThread* here = QThread::currentThread();
    QCoreApplication* app = QCoreApplication::instance();
    const QThread* main = app ? app->thread() : here;
    QStringList mine;
    QStringList mainThread;
    QStringList others;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
            (it.key() == here ? mine : it.key() == main ? mainThread : others) << it->name;
        m_connections.clear();
    }
    if (!m_listening.isEmpty())
        (here == main ? mine : mainThread) << m_prefix + QStringLiteral("-listen");
    const auto closeAll = [](const QStringList& names) {
        for (const QString& name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    };
    closeAll(mine);
    if (!mainThread.isEmpty() && app)
        QMetaObject::invokeMethod(
            app, [closeAll, mainThread] { closeAll(mainThread); }, Qt::QueuedConnection);
    for (const QString& name : std::as_const(others))
        QSqlDatabase::removeDatabase(name);
}

Status Database::checkSqliteLocation(const QFileInfo& file)
{
    const QString path = QDir::toNativeSeparators(file.absoluteFilePath());
    if (const QString kind = NetworkDrive::kindOf(file.absoluteFilePath()); !kind.isEmpty())
        return Error(ErrorCode::Io,
                     tr("The database file %1 is on a network drive (%2). A Ketong database file must be on a disk "
                        "of this PC: over a network share its write-ahead log does not work and it can be "
                        "damaged. To share data between PCs, use the office server (PostgreSQL).")
                         .arg(path, kind),
                     QStringLiteral("url"));
    // Every change writes the file and, beside it, the write-ahead log: both must be writable.
    if (file.exists() && !file.isWritable())
        return Error(ErrorCode::Io,
                     tr("The database file %1 is read-only. Ketong saves every change in it: make the file "
                        "writable for your account (or open a copy) and try again.")
                         .arg(path),
                     QStringLiteral("url"));
    if (!QFileInfo(file.absolutePath()).isWritable())
        return Error(ErrorCode::Io,
                     tr("The folder %1 is read-only. Ketong keeps its write-ahead log next to the database file: "
                        "make the folder writable for your account and try again.")
                         .arg(QDir::toNativeSeparators(file.absolutePath())),
                     QStringLiteral("url"));
    return {};
}

QString Database::connectionName(const QThread* thread) const
{
    return QStringLiteral("%1-%2").arg(m_prefix).arg(reinterpret_cast<quintptr>(thread), 0, 16);
}

Status Database::openConnection(QSqlDatabase& db) const
{
    if (m_url.isSqlite()) {
        db.setDatabaseName(m_url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(db.lastError());
        SqlQuery q(db);
        for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA busy_timeout = 5000"}) {
            if (auto s = q.exec(QString::fromLatin1(pragma)); !s)
                return s;
        }
        return {};
    }
    db.setHostName(m_url.host());
    db.setPort(m_url.port());
    db.setDatabaseName(m_url.databaseName());
    db.setUserName(m_url.user());
    if (!m_options.password.isEmpty())
        db.setPassword(m_options.password);
    QString options = QStringLiteral("connect_timeout=%1;application_name=ketong").arg(m_options.connectTimeoutSeconds);
    if (!m_url.options().isEmpty())
        options += QLatin1Char(';') + m_url.options();
    db.setConnectOptions(options);
    if (!db.open())
        return sqlError(db.lastError());
    SqlQuery q(db);
    return q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
}

QSqlDatabase Database::connection() const
{
    const QThread* thread = QThread::currentThread();
    const int generation = m_generation.load();
    QString name;
    bool known = false;
    bool stale = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_connections.find(thread);
        known = it != m_connections.end();
        if (known) {
            name = it->name;
            stale = it->generation != generation;
            it->generation = generation;
        } else {
            name = connectionName(thread);
            m_connections.insert(thread, {name, generation});
        }
    }
    if (known) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (stale)
            db.close(); // the server restarted since this thread last used its connection
        if (!db.isOpen())
            (void)openConnection(db);
        return db;
    }
    QSqlDatabase db =
        QSqlDatabase::addDatabase(m_url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    (void)openConnection(db);
    QThread* current = QThread::currentThread();
    const QCoreApplication* app = QCoreApplication::instance();
    bool watch = false;
    if (app && current != app->thread()) {
        QMutexLocker lock(&m_mutex);
        watch = !m_watchedThreads.contains(thread);
        m_watchedThreads.insert(thread);
    }
    if (watch) {
        // Forget the connection when a worker thread ends, so no connection outlives its thread (once per
        // thread, even when the thread releases and reopens its connection many times).
        std::weak_ptr<const Database> self = weak_from_this();
        QObject::connect(
            current, &QThread::finished, current,
            [self, thread] {
                if (auto database = self.lock()) {
                    QMutexLocker lock(&database->m_mutex);
                    database->m_watchedThreads.remove(thread);
                    const QString gone = database->m_connections.take(thread).name;
                    lock.unlock();
                    if (!gone.isEmpty())
                        QSqlDatabase::removeDatabase(gone);
                }
            },
            Qt::DirectConnection);
    }
    return db;
}

void Database::releaseThreadConnection() const
{
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThread()).name;
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::reconnect() const
{
    QSqlDatabase db = connection();
    db.close();
    if (auto s = openConnection(db); !s)
        return s.error();
    return db;
}

Status Database::reconnectAll()
{
    auto db = reconnect();
    if (!db)
        return db.error();
    ++m_generation;
    (void)connection(); // the calling thread's connection is fresh: mark it current
    if (!m_listening.isEmpty()) {
        const QStringList tables = m_listening;
        m_listening.clear();
        if (auto s = listen(tables); !s)
            return s;
    }
    Q_EMIT m_events->reconnected();
    return {};
}

void Database::refreshStatistics(const QList<TableWrite>& writes) const
{
    for (const TableWrite& w : writes) {
        if (w.rows < BulkRows)
            continue;
        if (m_url.isSqlite()) {
            // Only when the table has grown to twice the rows the statistics know. SQLite's planner weighs its
            // estimates on a logarithmic scale (a doubling is one step of its LogEst), and its own PRAGMA optimize
            // waits longer still; PostgreSQL's tenth would mean a full read of every index after each tenth
            // (ANALYZE samples there, here it does not), while the analyses of a table that doubles add up to
            // twice its final size at most.
            auto known = SqlQuery::scalar(
                connection(), QStringLiteral("SELECT MAX(CAST(stat AS INTEGER)) FROM sqlite_stat1 WHERE tbl = :t"),
                {{QStringLiteral("t"), w.table}});
            if (known && !known->isNull()) {
                // The rows now, without counting them: the largest rowid (deleted rows make it larger, which only
                // brings the analysis forward). A table without rowid has its write alone to go by.
                auto largest = SqlQuery::scalar(connection(), QStringLiteral("SELECT MAX(rowid) FROM %1").arg(w.table));
                const qint64 rows = largest && !largest->isNull() ? largest->toLongLong() : w.rows;
                if (rows < 2 * known->toLongLong())
                    continue;
            }
            (void)SqlQuery::run(connection(), QStringLiteral("ANALYZE %1").arg(w.table));
            continue;
        }
        // PostgreSQL: VACUUM, which marks the new pages all-visible, so that index-only scans (the contribution
        // report's) read no table page; autovacuum waits for a fifth of the table to be new. ANALYZE with it
        // only when the write is at least the rows the table had (it doubled, or was never counted: -1; the
        // count is the last VACUUM's or ANALYZE's): ANALYZE samples 30 k rows at random, half a second and
        // more at a million customers, while the planner scales its row estimates by the table's current size
        // anyway and autovacuum analyzes a table a tenth of which changed within a minute. The callers have
        // committed their write (VACUUM cannot run in a transaction); should it be refused anyway, ANALYZE alone.
        auto known = SqlQuery::scalar(connection(),
                                      QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = CAST(:t AS regclass)"),
                                      {{QStringLiteral("t"), w.table}});
        const bool analyze = !known || known->isNull() || double(w.rows) >= known->toDouble();
        const QString vacuum = analyze ? QStringLiteral("VACUUM (ANALYZE) %1") : QStringLiteral("VACUUM %1");
        if (!SqlQuery::run(connection(), vacuum.arg(w.table)) && analyze)
            (void)SqlQuery::run(connection(), QStringLiteral("ANALYZE %1").arg(w.table));
    }
}

void Database::reportConnectionLost(const QString& connectionName)
{
    std::shared_ptr<Database> db;
    {
        QMutexLocker lock(&g_registryMutex);
        for (auto it = g_registry.cbegin(); it != g_registry.cend(); ++it) {
            if (connectionName.startsWith(it.key() + QLatin1Char('-'))) {
                db = it.value().lock();
                break;
            }
        }
    }
    if (db)
        QMetaObject::invokeMethod(db->m_events.get(), &DatabaseEvents::connectionLost, Qt::QueuedConnection);
}

Status Database::listen(const QStringList& tables)
{
    if (m_url.isSqlite()) {
        m_polled = tables;
        m_dataVersion = -1;
        pollChanges(); // the starting point
        return {};
    }
    const QString name = m_prefix + QStringLiteral("-listen");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (db.isOpen())
        db.close();
    if (auto s = openConnection(db); !s)
        return s;
    QSqlDriver* driver = db.driver();
    QObject::disconnect(driver, nullptr, m_events.get(), nullptr);
    QObject::connect(
        driver, &QSqlDriver::notification, m_events.get(),
        [events = m_events.get()](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
            Q_EMIT events->changed(channel.mid(7), payload.toString().toLongLong());
        });
    for (const QString& table : tables) {
        if (!driver->subscribeToNotification(QStringLiteral("ketong_") + table))
            return Error(ErrorCode::Database, tr("Cannot listen for changes of %1").arg(table));
    }
    m_listening = tables;
    return {};
}

void Database::pollChanges()
{
    if (!m_url.isSqlite() || m_polled.isEmpty())
        return;
    auto version = SqlQuery::scalar(connection(), QStringLiteral("PRAGMA data_version"));
    if (!version)
        return; // a failing connection reports itself to the next real statement
    const qint64 now = version->toLongLong();
    const bool changed = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    if (changed) {
        for (const QString& table : std::as_const(m_polled))
            Q_EMIT m_events->changed(table, 0);
    }
}

QString Database::connectedUser() const
{
    if (m_url.isSqlite())
        return QStringLiteral("system");
    auto user = SqlQuery::scalar(connection(), QStringLiteral("SELECT session_user"));
    return user ? user->toString() : m_url.user();
}

} // namespace ketong

namespace {
/// Work still running in the global thread pool when the application object goes away (a list page's loader, a
/// catch-up scan) uses its thread's database connection, and libpq's crypto state is torn down by an exit handler:
/// a process that left such work running could crash in OPENSSL_cleanup on its way out. Finish it first.
void finishPoolWorkBeforeExit()
{
    qAddPostRoutine([] { QThreadPool::globalInstance()->waitForDone(); });
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(finishPoolWorkBeforeExit)
