#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"
#include "reports/ReportTable.h"

namespace ketong {

class Database;

/// 打印 / 导出 of a list (issue 8): every row the list shows — its filters, its scope and its current sort
/// — as a ReportTable, which ReportWriter (CSV, XLSX) and the report printer (print preview, PDF) take.
/// Integer and money columns stay typed; dates, statuses and the other columns are the text the list
/// shows. Reads forward-only in one query; call it off the GUI thread.
class KETONG_CORE_EXPORT ListExport
{
public:
    /// At most this many rows are exported (a printout of a million rows helps nobody).
    static constexpr int MaxRows = 100000;

    static Result<ReportTable> table(const Database& db, const ListQuery& query, const QString& title,
                                     const QStringList& filters);
};

} // namespace ketong
