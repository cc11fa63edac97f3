#include "DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace ketong {

namespace {
const QString kSqlite = QStringLiteral("sqlite:");
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& input)
{
    const QString text = input.trimmed();
    const auto bad = [&](const QString& why) {
        return Error(ErrorCode::Invalid, tr("Invalid database URL \"%1\": %2").arg(input, why), QStringLiteral("url"));
    };
    if (text.isEmpty())
        return bad(tr("it is empty"));

    if (text.startsWith(kSqlite, Qt::CaseInsensitive)) {
        QString path = text.mid(kSqlite.size());
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2); // sqlite:///abs → /abs
        else if (path.startsWith(QLatin1String("//")))
            return bad(tr("write sqlite:///absolute/path.db or sqlite:relative/path.db"));
        if (path.isEmpty())
            return bad(tr("the file path is missing"));
        if (path.endsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('\\')))
            return bad(tr("the file name is missing"));
        if (path.startsWith(QLatin1Char(':')))
            return bad(tr("the file path may not start with ':'")); // Qt reads ":…" as a built-in resource
        if (path.contains(QLatin1Char('?')) || path.contains(QChar(0)))
            return bad(tr("the file path may not contain '?'"));
        DatabaseUrl url;
        url.m_backend = Backend::Sqlite;
        url.m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (QFileInfo(url.m_path).fileName().isEmpty())
            return bad(tr("the file name is missing"));
        return url;
    }

    if (!text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) &&
        !text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return bad(tr("it must start with sqlite: or postgresql://"));

    const QUrl qurl(text, QUrl::StrictMode);
    if (!qurl.isValid())
        return bad(qurl.errorString());
    DatabaseUrl url;
    url.m_backend = Backend::PostgreSql;
    url.m_host = qurl.host();
    if (url.m_host.isEmpty())
        url.m_host = QStringLiteral("localhost");
    url.m_port = qurl.port(5432);
    if (url.m_port <= 0 || url.m_port > 65535)
        return bad(tr("the port must be between 1 and 65535"));
    url.m_user = qurl.userName();
    url.m_password = qurl.password();
    url.m_databaseName = qurl.path().mid(1);
    if (url.m_databaseName.isEmpty() || url.m_databaseName.contains(QLatin1Char('/')))
        return bad(tr("the database name is missing (postgresql://user@host:port/dbname)"));
    QStringList options;
    const QUrlQuery query(qurl);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.isEmpty() || key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';')))
            return bad(tr("bad option \"%1\"").arg(key));
        if (key == QLatin1String("password"))
            url.m_password = value;
        else
            options << key + QLatin1Char('=') + value;
    }
    url.m_options = options.join(QLatin1Char(';'));
    return url;
}

DatabaseUrl DatabaseUrl::sqlite(const QString& absolutePath)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_path = QDir::cleanPath(absolutePath);
    return url;
}

DatabaseUrl DatabaseUrl::withUser(const QString& user) const
{
    DatabaseUrl copy = *this;
    copy.m_user = user;
    copy.m_password.clear();
    return copy;
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString& name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

QString DatabaseUrl::toString() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite://") + (m_path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
               m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(QLatin1Char('/') + m_databaseName);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const QString& pair : m_options.split(QLatin1Char(';'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            query.addQueryItem(pair.left(eq), pair.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace ketong
