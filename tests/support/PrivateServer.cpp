#include "PrivateServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace ketong::test {

PrivateServer::~PrivateServer()
{
    if (m_started)
        control(QStringLiteral("stop"));
}

bool PrivateServer::start()
{
    if (!m_dir.isValid())
        return false;
    const QString bin = qEnvironmentVariable("KETONG_TEST_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return false;
    m_port = probe.serverPort();
    probe.close();
    m_pgCtl = bin + QStringLiteral("/pg_ctl");
    QFile pw(m_dir.filePath(QStringLiteral("pw")));
    if (!pw.open(QIODevice::WriteOnly))
        return false;
    pw.write(Password);
    pw.write("\n");
    pw.close();
    if (geteuid() == 0)
        run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir.path()});
    m_started = run(bin + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                     QStringLiteral("ketong"), QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                     QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8")},
                    true) &&
                control(QStringLiteral("start"));
    return m_started;
}

bool PrivateServer::control(const QString& action)
{
    return run(m_pgCtl,
               {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off").arg(m_port).arg(m_dir.path()),
                action},
               true);
}

QString PrivateServer::url(const QString& database) const
{
    return QStringLiteral("postgresql://ketong@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PrivateServer::createOfficeDatabase(const QString& owner, const QString& database)
{
    const QString bin = qEnvironmentVariable("KETONG_TEST_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    const QStringList server{QStringLiteral("-h"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                             QString::number(m_port), QStringLiteral("-U"),        QStringLiteral("ketong")};
    qputenv("PGPASSWORD", Password);
    const bool made =
        run(bin + QStringLiteral("/createuser"), server + QStringList{QStringLiteral("--createrole"), owner}) &&
        run(bin + QStringLiteral("/psql"),
            server +
                QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                            QStringLiteral("postgres"), QStringLiteral("-c"),
                            QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(owner, QLatin1String(Password))}) &&
        run(bin + QStringLiteral("/createdb"),
            server + QStringList{QStringLiteral("-O"), owner, QStringLiteral("-E"), QStringLiteral("UTF8"),
                                 QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-T"), QStringLiteral("template0"),
                                 database});
    return made ? QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(owner).arg(m_port).arg(database) : QString();
}

bool PrivateServer::run(const QString& program, QStringList args, bool asPostgres)
{
    QProcess p;
    if (asPostgres && geteuid() == 0) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        p.start(QStringLiteral("runuser"), args);
    } else {
        p.start(program, args);
    }
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace ketong::test
