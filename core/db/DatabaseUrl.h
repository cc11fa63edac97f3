#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

enum class Backend { Sqlite, PostgreSql };

/// Where a Ketong database lives: `sqlite:///abs/path.db`, `sqlite:rel/path.db` or
/// `postgresql://user@host:port/dbname[?sslmode=require]`. A password written into a URL is taken out
/// on parsing and is never part of toString().
class KETONG_CORE_EXPORT DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(ketong::DatabaseUrl)
public:
    /// Parses a URL; relative SQLite paths are made absolute against the current directory.
    /// Refuses unknown schemes, empty paths, missing database names and bad ports.
    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqlite(const QString& absolutePath);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    /// SQLite: the absolute file path.
    const QString& path() const { return m_path; }
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& user() const { return m_user; }
    const QString& databaseName() const { return m_databaseName; }
    /// Connection options given after '?' (libpq keywords such as sslmode), as "k=v;k=v".
    const QString& options() const { return m_options; }
    /// A password that was written into the URL (discouraged); empty otherwise.
    const QString& embeddedPassword() const { return m_password; }

    DatabaseUrl withUser(const QString& user) const;
    DatabaseUrl withDatabaseName(const QString& name) const;

    /// The canonical URL without any password.
    QString toString() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_options;
    QString m_password;
};

} // namespace ketong
