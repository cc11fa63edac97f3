#pragma once

#include "common/Error.h"
#include "ketong_core_export.h"

#include <QSqlDatabase>

namespace ketong {

/// Optimistic locking. Every editable row has `version`, `updated_at` and `updated_by`; an update says
/// `… SET …, version = version + 1 WHERE id = :id AND version = :version`. When it changes no row, the
/// record was changed (or deleted) by someone else since it was loaded; staleRecordError() builds the
/// Conflict error that names who changed it and when, so the user can reload instead of overwriting.
///
/// `table` must be one of the program's table names (never user input); `what` names the record for
/// people ("客户 聪海信息科技有限公司").
KETONG_CORE_EXPORT Error staleRecordError(const QSqlDatabase& connection, const QString& table, qint64 id,
                                          const QString& what);

} // namespace ketong
