#include "ListLoader.h"

#include "db/SqlQuery.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ketong {

namespace {
// Placeholder names of the keyset bound; unlikely to clash with a service's own :placeholders.
const QString kSortParam = u":kt_key_sort"_s;
const QString kIdParam = u":kt_key_id"_s;

// Every selected column gets an alias of its own. Otherwise ORDER BY born could name an output column:
// PostgreSQL calls CAST(born AS text) "born" too (an ambiguity error, or worse, ordering by the text).
const QString kIdAlias = u" AS kt_id"_s;
const QString kKeyAlias = u" AS kt_key"_s;

/// How many scanned rows pass between two checks whether the model still wants the scan.
constexpr int kStaleCheckInterval = 1024;

int pageSizeOf(const ListQuery& query)
{
    return qMax(1, query.pageSize);
}

/// The sort expression; a list without a sortable sort column is ordered by id alone.
QString sortExpression(const ListQuery& query)
{
    return query.isSortable(query.sortColumn) ? query.columns.at(query.sortColumn).sortBy : query.id;
}

/// The sort key as selected for keyset bounds. PostgreSQL: as text, which the server parses back into the
/// expression's own type when bound (a timestamptz keeps its microseconds, which QDateTime would lose, and
/// then the next page would start with the same row again).
QString keyExpression(const ListQuery& query, bool postgres)
{
    const QString sort = sortExpression(query);
    return postgres ? u"CAST((%1) AS text)"_s.arg(sort) : sort;
}

QString orderBy(const ListQuery& query)
{
    const QString direction = query.descending ? u" DESC"_s : QString();
    return u" ORDER BY "_s + sortExpression(query) + direction + u", "_s + query.id + direction;
}

QString whereClause(const ListQuery& query, const QString& bound)
{
    QStringList parts;
    if (!query.where.trimmed().isEmpty())
        parts << u"("_s + query.where + u")"_s;
    if (!bound.isEmpty())
        parts << bound;
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}
} // namespace

ListLoader::ListLoader(DatabasePtr db, std::shared_ptr<const std::atomic<quint64>> current)
    : m_db(std::move(db))
    , m_current(std::move(current))
{}

ListLoader::~ListLoader() = default;

QString ListLoader::pageSql(const ListQuery& query, bool postgres, const ListPageRequest& request)
{
    QStringList select;
    select.reserve(query.columns.size() + 2);
    for (qsizetype i = 0; i < query.columns.size(); ++i) {
        const QString& expression = query.columns.at(i).select;
        select << (expression.isEmpty() ? u"NULL"_s : expression) + u" AS kt_c%1"_s.arg(i);
    }
    select << query.id + kIdAlias << keyExpression(query, postgres) + kKeyAlias;
    QString bound;
    if (request.from) {
        // Row-value comparison: one condition the database can answer from an index on (sort, id).
        const QString op =
            query.descending ? (request.inclusive ? u"<="_s : u"<"_s) : (request.inclusive ? u">="_s : u">"_s);
        bound = u"(%1, %2) %3 (%4, %5)"_s.arg(sortExpression(query), query.id, op, kSortParam, kIdParam);
    }
    return u"SELECT "_s + select.join(u", "_s) + u" FROM "_s + query.from + whereClause(query, bound) + orderBy(query) +
           u" LIMIT "_s + QString::number(pageSizeOf(query));
}

QString ListLoader::keySql(const ListQuery& query, bool postgres)
{
    return u"SELECT "_s + keyExpression(query, postgres) + kKeyAlias + u", "_s + query.id + kIdAlias + u" FROM "_s +
           query.from + whereClause(query, {}) + orderBy(query);
}

void ListLoader::loadPage(const ListQuery& query, const ListPageRequest& request)
{
    if (isStale(request.generation))
        return;
    const bool postgres = m_db->dialect().isPostgres();
    SqlQuery q(m_db->connection());
    q.prepare(pageSql(query, postgres, request)).bindAll(query.values);
    if (request.from) {
        q.bind(kSortParam, request.from->sort);
        q.bind(kIdParam, request.from->id);
    }
    if (auto status = q.exec(); !status) {
        Q_EMIT failed(request.generation, request.page, status.error());
        return;
    }
    ListPageResult result;
    result.generation = request.generation;
    result.page = request.page;
    const qsizetype columns = query.columns.size();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (qsizetype c = 0; c < columns; ++c)
            row.append(q.value(static_cast<int>(c)));
        const qint64 id = q.value(static_cast<int>(columns)).toLongLong();
        ListKey key{q.value(static_cast<int>(columns + 1)), id};
        if (result.ids.isEmpty())
            result.firstKey = key;
        result.lastKey = std::move(key);
        result.cells.append(std::move(row));
        result.ids.append(id);
    }
    // A streamed result can fail after its first rows (connection lost mid-way).
    if (const QSqlError error = q.raw().lastError(); error.isValid()) {
        Q_EMIT failed(request.generation, request.page, sqlError(error));
        return;
    }
    Q_EMIT pageLoaded(result);
}

void ListLoader::countRows(const ListQuery& query, quint64 generation)
{
    if (isStale(generation))
        return;
    // The statement holds no QSqlDatabase handle of its own, so releasing the connection (below) really closes
    // it and deletes its driver, even while the statement is still alive.
    auto q = std::make_unique<SqlQuery>(m_db->connection());
    q->prepare(keySql(query, m_db->dialect().isPostgres())).bindAll(query.values);
    if (auto status = q->exec(); !status) {
        q.reset();
        m_db->releaseThreadConnection();
        Q_EMIT failed(generation, -1, status.error());
        return;
    }
    ListCountResult result;
    result.generation = generation;
    const int size = pageSizeOf(query);
    int count = 0;
    while (q->next()) {
        if (count % size == 0)
            result.pageKeys.append(ListKey{q->value(0), q->value(1).toLongLong()});
        ++count;
        if (count % kStaleCheckInterval == 0 && isStale(generation)) {
            // Abandoned. Finishing the statement would make libpq read every remaining row first; closing the
            // connection under it drops them at once (the driver is gone, so the statement neither drains nor
            // deallocates when destroyed).
            m_db->releaseThreadConnection();
            return;
        }
    }
    const QSqlError error = q->raw().lastError();
    q.reset();
    m_db->releaseThreadConnection();
    if (error.isValid()) {
        Q_EMIT failed(generation, -1, sqlError(error));
        return;
    }
    result.count = count;
    Q_EMIT rowsCounted(result);
}

} // namespace ketong
