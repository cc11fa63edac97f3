#pragma once

#include "ketong_core_export.h"

#include <QString>
#include <QVariantMap>

namespace ketong {

class Database;

/// "The customer's name contains this text" (case-insensitive), written for the search index of each
/// backend (migration 0004). On SQLite, text of 3 or more characters that few customers match goes
/// through the FTS5 trigram table (search_customers); text that many match (a quick, capped count in the
/// index decides: "有限公司" is in every other name) and text of 1–2 characters, which trigrams cannot
/// answer, go through LIKE on the base table, where the list's sort order and LIMIT stop the scan after a
/// page of hits. On PostgreSQL `ILIKE` uses the pg_trgm GIN index when the planner finds it cheaper.
class KETONG_CORE_EXPORT CustomerSearch
{
public:
    /// Characters (code points) the trigram index needs at least.
    static constexpr int MinTrigramLength = 3;
    /// From this many index hits on, a scan of the base table in list order finds a page sooner.
    static constexpr int ManyHits = 20000;

    /// A condition on the customers row aliased `alias`, binding its value as `:param` into `values`.
    /// `manyHits` is the count from which the base table is scanned instead (tests lower it).
    static QString nameContains(const Database& db, const QString& alias, const QString& text, const QString& param,
                                QVariantMap& values, int manyHits = ManyHits);
    /// The FTS5 query for `text`: one phrase (double quotes doubled), so every character is literal.
    static QString ftsPhrase(const QString& text);
};

} // namespace ketong
