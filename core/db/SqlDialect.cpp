#include "SqlDialect.h"

#include "DatabaseUrl.h"

namespace ketong {

SqlDialect::SqlDialect(Backend backend)
    : m_backend(backend)
{}

bool SqlDialect::isSqlite() const
{
    return m_backend == Backend::Sqlite;
}

QString SqlDialect::beginWrite() const
{
    return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::beginRead() const
{
    return isSqlite() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::ilike() const
{
    return isSqlite() ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString SqlDialect::containsClause(const QString& expr, const QString& param) const
{
    return QStringLiteral("%1 %2 %3 ESCAPE '\\'").arg(expr, ilike(), param);
}

QString SqlDialect::containsClause(const QString& expr, const QString& param, const QString& text) const
{
    if (text.toLower() == text.toUpper())
        return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(expr, param);
    return containsClause(expr, param);
}

QString SqlDialect::yearOf(const QString& expr) const
{
    if (isSqlite())
        return QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(expr);
    return QStringLiteral("CAST(EXTRACT(YEAR FROM %1) AS INTEGER)").arg(expr);
}

QString SqlDialect::likePattern(const QString& userText)
{
    QString escaped;
    escaped.reserve(userText.size() + 2);
    escaped.append(QLatin1Char('%'));
    for (const QChar c : userText) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    escaped.append(QLatin1Char('%'));
    return escaped;
}

} // namespace ketong
