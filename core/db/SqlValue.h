#pragma once

#include "ketong_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QVariant>

namespace ketong::SqlValue {

/// A timestamp column as UTC QDateTime (SQLite stores ISO text, PostgreSQL timestamptz); invalid if null.
KETONG_CORE_EXPORT QDateTime toDateTime(const QVariant& value);
/// A date column as QDate (SQLite 'YYYY-MM-DD' text, PostgreSQL date); invalid if null.
KETONG_CORE_EXPORT QDate toDate(const QVariant& value);
/// A timestamp to bind (UTC), or a typed null when invalid.
KETONG_CORE_EXPORT QVariant fromDateTime(const QDateTime& value);
/// A date to bind, or a typed null when invalid.
KETONG_CORE_EXPORT QVariant fromDate(const QDate& value);

} // namespace ketong::SqlValue
