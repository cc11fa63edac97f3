#include "BulkStatement.h"

#include "SqlQuery.h"

namespace ketong {

BulkStatement::BulkStatement(const QSqlDatabase& connection, QString head, QString group, int valuesPerRow,
                             QString tail, int rowsPerStatement)
    : m_db(connection)
    , m_head(std::move(head))
    , m_group(std::move(group))
    , m_tail(std::move(tail))
    , m_valuesPerRow(valuesPerRow)
    , m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    m_pending.reserve(qsizetype(m_valuesPerRow) * m_rowsPerStatement);
}

BulkStatement::~BulkStatement() = default;

QString BulkStatement::sql(int rows) const
{
    QString text;
    text.reserve(m_head.size() + m_tail.size() + rows * (m_group.size() + 2));
    text += m_head;
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            text += QLatin1String(", ");
        text += m_group;
    }
    text += m_tail;
    return text;
}

Status BulkStatement::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_valuesPerRow);
    for (const QVariant& v : values) {
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            m_pending.append(QVariant(QStringLiteral("")));
        else
            m_pending.append(v);
    }
    if (m_pending.size() < qsizetype(m_valuesPerRow) * m_rowsPerStatement)
        return {};
    if (!m_full) {
        m_full = std::make_unique<QSqlQuery>(m_db);
        m_full->setForwardOnly(true);
        if (!m_full->prepare(sql(m_rowsPerStatement)))
            return sqlError(m_full->lastError(), m_head.simplified().left(200));
    }
    return run(*m_full, m_rowsPerStatement);
}

Status BulkStatement::finish()
{
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_valuesPerRow);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql(rows)))
        return sqlError(query.lastError(), m_head.simplified().left(200));
    return run(query, rows);
}

Status BulkStatement::run(QSqlQuery& query, int rows)
{
    const int count = rows * m_valuesPerRow;
    for (int i = 0; i < count; ++i)
        query.bindValue(i, m_pending.at(i));
    m_pending.clear();
    if (!query.exec())
        return sqlError(query.lastError(), m_head.simplified().left(200));
    if (query.isSelect()) {
        // RETURNING or SELECT: count the rows returned (SQLite's change count is stale after a SELECT).
        while (query.next()) {
            ++m_affected;
            if (m_handler)
                m_handler(query);
        }
    } else {
        m_affected += qMax(0, query.numRowsAffected());
    }
    query.finish();
    return {};
}

} // namespace ketong
