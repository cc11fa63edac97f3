#pragma once

#include "ketong_core_export.h"

#include <QString>

namespace ketong {

enum class Backend;

/// The few places where SQLite and PostgreSQL SQL differ. Everything else is written once, portably.
class KETONG_CORE_EXPORT SqlDialect
{
public:
    explicit SqlDialect(Backend backend);

    Backend backend() const { return m_backend; }
    bool isSqlite() const;
    bool isPostgres() const { return !isSqlite(); }

    /// The statement that starts a write transaction (SQLite takes the write lock at once, so two
    /// writers queue on the busy timeout instead of failing on lock upgrade).
    QString beginWrite() const;
    /// A read-only transaction giving one consistent snapshot.
    QString beginRead() const;
    /// Case-insensitive LIKE operator (SQLite's LIKE already ignores ASCII case).
    QString ilike() const;
    /// `expr LIKE :param ESCAPE '\'` with the dialect's case-insensitive operator.
    QString containsClause(const QString& expr, const QString& param) const;
    /// The same for a known search text: a text without upper and lower case (Chinese, digits) matches the same
    /// under plain LIKE, which PostgreSQL runs about three times faster than ILIKE (no case folding per row).
    QString containsClause(const QString& expr, const QString& param, const QString& text) const;
    /// SQL for the calendar year (integer) of a DATE or TIMESTAMP expression.
    QString yearOf(const QString& expr) const;
    /// Escapes % _ and \ so a user's text is matched literally inside LIKE '%…%'.
    static QString likePattern(const QString& userText);

private:
    Backend m_backend;
};

} // namespace ketong
