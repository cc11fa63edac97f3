#pragma once

#include "DatabaseEvents.h"
#include "DatabaseUrl.h"
#include "SqlDialect.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

class QFileInfo;
class QThread;

namespace ketong {

/// How to open a database.
struct OpenOptions
{
    /// SQLite: create the file when it does not exist (init, first run). Otherwise a missing file is an error.
    bool create = false;
    /// PostgreSQL: the password; when empty libpq looks in PGPASSWORD and ~/.pgpass.
    QString password;
    /// Seconds to wait for a PostgreSQL server before giving up.
    int connectTimeoutSeconds = 5;
};

/// One Ketong database (a SQLite file or a PostgreSQL database). Hands out one Qt SQL connection per
/// thread, so a worker thread can query while the GUI thread stays free. Thread-safe.
class KETONG_CORE_EXPORT Database : public std::enable_shared_from_this<Database>
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Database)
public:
    /// Opens (and checks) the first connection. Errors: Invalid (bad URL), Io (missing directory or file),
    /// Connection (server unreachable, no such database), AuthFailed (wrong password).
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, const OpenOptions& options = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const DatabaseUrl& url() const { return m_url; }
    Backend backend() const { return m_url.backend(); }
    const SqlDialect& dialect() const { return m_dialect; }

    /// The connection of the calling thread, opened on first use and closed when the thread finishes.
    /// A connection found broken (server restart) is reopened.
    QSqlDatabase connection() const;

    /// Closes and forgets the calling thread's connection (worker threads call this before they end).
    void releaseThreadConnection() const;

    /// Closes and reopens the calling thread's connection (after the server dropped it).
    Result<QSqlDatabase> reconnect() const;
    /// After the server came back: reopens the calling thread's connection, marks every other thread's
    /// connection to be reopened on its next use, subscribes the notifications again and emits
    /// events()->reconnected(). Fails (Connection) while the server is still away.
    Status reconnectAll();
    /// The rows a bulk write (an import, a feed) wrote into one table.
    struct TableWrite
    {
        QString table;
        qint64 rows = 0;
    };
    /// After a bulk write: refreshes the planner's statistics (ANALYZE) of each table that took at least BulkRows
    /// rows. PostgreSQL: VACUUM at once (new pages marked all-visible, for index-only scans), with ANALYZE when the
    /// write at least doubled the table (or it was never counted), as autovacuum would take up to a minute, with slow
    /// plans meanwhile; only the owner may (for an account the server skips it with a warning, and autovacuum does it).
    /// SQLite keeps no statistics by itself: without them it guesses that `status IN (1, 2)` picks a few rows and sorts
    /// the whole customer table for the list's first screen (0.4 s at a million customers instead of 2 ms). But its
    /// ANALYZE reads every index of the table whole (1.3-5 s for a million customers, more than a 100 k-row import's
    /// own writing), so SQLite analyzes a table only when it has grown to twice the rows its statistics know.
    void refreshStatistics(const QList<TableWrite>& writes) const;
    static constexpr qint64 BulkRows = 10000;

    /// Connection lost/regained and change notifications.
    DatabaseEvents* events() const { return m_events.get(); }
    /// PostgreSQL: LISTEN for changes of these tables (triggers NOTIFY "ketong_<table>" with the row id) on
    /// a dedicated connection of the calling thread, which must run an event loop; events()->changed() fires
    /// within a second of another client's commit. SQLite: remembers the tables for pollChanges().
    Status listen(const QStringList& tables);
    /// SQLite's own change counter (PRAGMA data_version on the calling thread's connection): when another
    /// connection — another program on the file (ketongctl from cron, a second window), or a worker thread of
    /// this one (the churn scan, an import, the feed) — committed since the last call, events()->changed(table,
    /// 0) fires for every table given to listen(): SQLite cannot say which table changed. The calling thread's
    /// own commits do not count. The main window calls it every second. PostgreSQL: does nothing.
    void pollChanges();
    /// Called by SqlQuery when a statement on `connectionName` failed for a lost connection.
    static void reportConnectionLost(const QString& connectionName);

    /// The password the database was opened with (PostgreSQL tools such as pg_dump need it).
    const QString& password() const { return m_options.password; }

    /// The user name the connection authenticated as (PostgreSQL role; "system" for SQLite).
    QString connectedUser() const;

    /// SQLite: refuses a file on a network drive (NetworkDrive), a read-only file and a read-only folder
    /// (the write-ahead log lives beside the file), each with a message saying what to do.
    static Status checkSqliteLocation(const QFileInfo& file);

private:
    Database(DatabaseUrl url, OpenOptions options);
    Status openConnection(QSqlDatabase& db) const;
    QString connectionName(const QThread* thread) const;

    struct ThreadConnection
    {
        QString name;
        int generation = 0;
    };

    DatabaseUrl m_url;
    OpenOptions m_options;
    SqlDialect m_dialect;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QHash<const QThread*, ThreadConnection> m_connections;
    mutable QSet<const QThread*> m_watchedThreads; ///< threads whose end already forgets their connection
    std::atomic<int> m_generation = 0;
    std::unique_ptr<DatabaseEvents> m_events;
    QStringList m_listening;
    QStringList m_polled;      ///< SQLite: the tables pollChanges() reports
    qint64 m_dataVersion = -1; ///< SQLite: PRAGMA data_version at the last pollChanges() (-1: not read yet)
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace ketong
