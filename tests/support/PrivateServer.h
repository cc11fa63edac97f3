#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ketong::test {

/// A private PostgreSQL cluster a test may restart or stop (the shared server of scripts/test serves the
/// other tests meanwhile): initdb into a temporary folder, a free local port, user `ketong` with the
/// password `secret`, run as the postgres user when the test runs as root.
class PrivateServer
{
public:
    PrivateServer() = default;
    ~PrivateServer();
    Q_DISABLE_COPY_MOVE(PrivateServer)

    bool start();
    /// pg_ctl start|stop|restart (fast shutdown, waits).
    bool control(const QString& action);
    /// The maintenance database's URL (no password: PGPASSWORD=secret).
    QString url(const QString& database = QStringLiteral("postgres")) const;
    /// What docs/admin-guide asks of the server's administrator, with the server's own tools: `createuser
    /// --createrole OWNER` (password `secret`) and `createdb -O OWNER -E UTF8 --locale=C.UTF-8 -T template0
    /// DATABASE`. Returns the URL of DATABASE as OWNER.
    QString createOfficeDatabase(const QString& owner, const QString& database);
    static constexpr const char* Password = "secret";

private:
    bool run(const QString& program, QStringList args, bool asPostgres = false);

    QTemporaryDir m_dir;
    QString m_pgCtl;
    int m_port = 0;
    bool m_started = false;
};

} // namespace ketong::test
