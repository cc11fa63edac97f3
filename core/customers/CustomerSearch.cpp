#include "CustomerSearch.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

QString CustomerSearch::ftsPhrase(const QString& text)
{
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString CustomerSearch::nameContains(const Database& db, const QString& alias, const QString& text,
                                     const QString& param, QVariantMap& values, int manyHits)
{
    const SqlDialect& dialect = db.dialect();
    if (dialect.isSqlite() && text.toUcs4().size() >= MinTrigramLength) {
        const QString phrase = ftsPhrase(text);
        auto hits = SqlQuery::scalar(db.connection(),
                                     QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_customers WHERE "
                                                    "search_customers MATCH :q LIMIT %1)")
                                         .arg(manyHits),
                                     {{QStringLiteral("q"), phrase}});
        if (hits && hits->toInt() < manyHits) {
            values.insert(param, phrase);
            return QStringLiteral("%1.id IN (SELECT rowid FROM search_customers WHERE search_customers MATCH :%2)")
                .arg(alias, param);
        }
    }
    values.insert(param, SqlDialect::likePattern(text));
    return dialect.containsClause(alias + QStringLiteral(".name"), QLatin1Char(':') + param, text);
}

} // namespace ketong
