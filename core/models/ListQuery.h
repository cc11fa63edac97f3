#pragma once

#include "ketong_core_export.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>

namespace ketong {

/// How a list column's raw value is shown (DisplayRole). Raw values stay available through SortRole.
enum class ColumnFormat {
    Text,     ///< as is
    Integer,  ///< locale-formatted integer, right-aligned
    Date,     ///< yyyy-MM-dd
    DateTime, ///< yyyy-MM-dd HH:mm in local time
    Money,    ///< integer fen shown as yuan with two decimals, right-aligned
    Custom,   ///< ListColumn::display decides (status codes → words, stars…)
};

/// One column of a list: what to select, how to sort by it and how to show it.
struct KETONG_CORE_EXPORT ListColumn
{
    QString key;                 ///< stable name ("name", "manager"): used for remembered widths and tests
    QString select;              ///< SQL expression in the SELECT list, e.g. "c.name" (never user text)
    QString sortBy;              ///< SQL expression to order by (NOT NULL for every row); empty: not sortable
    const char* title = nullptr; ///< English source text, translated at display time in ListQuery::context
    ColumnFormat format = ColumnFormat::Text;
    /// For ColumnFormat::Custom: raw value → display text (called at display time, so it can translate).
    std::function<QString(const QVariant&)> display;

    /// The text shown for a raw value (the model's DisplayRole), formatted per `format` in the default
    /// QLocale; a NULL value shows as an empty string.
    QString text(const QVariant& raw) const;
    /// Integer and Money columns are right-aligned.
    bool isRightAligned() const;
};

/// A list's SQL, described in parts so the model can page it by keyset (no OFFSET, no COUNT(*) before
/// the first screen) and sort it in SQL. Core services build these (they hold the SQL and the data
/// scope rules); the model only runs them.
///
///     SELECT <columns>, <id> FROM <from> WHERE <where> ORDER BY <sortBy>, <id> LIMIT <pageSize>
///
/// `where` is built from fixed fragments with :placeholders; user values go into `values`, never into
/// the text.
struct KETONG_CORE_EXPORT ListQuery
{
    const char* context = "ketong::ListQuery"; ///< translation context of the column titles
    QList<ListColumn> columns;
    QString from;                      ///< "customers c JOIN users u ON u.id = c.manager_id"
    QString where;                     ///< "c.status = :status AND …" (empty: every row)
    QVariantMap values;                ///< bound values of `where`, keys with or without ':'
    QString id = QStringLiteral("id"); ///< unique, NOT NULL, integer: the tie-breaker and IdRole
    int sortColumn = 0;                ///< index into columns (must be sortable)
    bool descending = false;
    int pageSize = 200;

    /// The index of the column named `key`, or -1.
    int columnIndex(const QString& key) const;
    /// True when `column` exists and has a non-empty sortBy.
    bool isSortable(int column) const;
};

} // namespace ketong
