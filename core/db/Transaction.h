#pragma once

#include "SqlDialect.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QSqlDatabase>

namespace ketong {

class Database;

/// RAII transaction guard: begin(), do the work, commit(). Leaving the scope without a successful
/// commit rolls back, so an early `return error;` never leaves half a change behind.
class KETONG_CORE_EXPORT Transaction
{
public:
    enum class Mode { Write, Read };

    explicit Transaction(const Database& db, Mode mode = Mode::Write);
    Transaction(const QSqlDatabase& connection, const SqlDialect& dialect, Mode mode = Mode::Write);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    Status begin();
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }
    /// The connection the transaction runs on (the calling thread's).
    const QSqlDatabase& connection() const { return m_db; }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Mode m_mode;
    bool m_active = false;
};

} // namespace ketong
