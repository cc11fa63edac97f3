#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"

namespace ketong {

Transaction::Transaction(const Database& db, Mode mode)
    : Transaction(db.connection(), db.dialect(), mode)
{}

Transaction::Transaction(const QSqlDatabase& connection, const SqlDialect& dialect, Mode mode)
    : m_db(connection)
    , m_dialect(dialect)
    , m_mode(mode)
{}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    if (m_active)
        return Error(ErrorCode::Internal, QStringLiteral("transaction already active"));
    if (!m_db.isOpen())
        return sqlError(m_db.lastError(), QStringLiteral("begin"));
    SqlQuery q(m_db);
    if (auto s = q.exec(m_mode == Mode::Write ? m_dialect.beginWrite() : m_dialect.beginRead()); !s)
        return s;
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_active)
        return Error(ErrorCode::Internal, QStringLiteral("commit without an active transaction"));
    SqlQuery q(m_db);
    auto s = q.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    SqlQuery q(m_db);
    (void)q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace ketong
