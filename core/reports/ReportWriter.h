#pragma once

#include "ReportTable.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ketong {

/// A ReportTable as a file: CSV in CLI.md's form (English keys, yuan with two decimals and '.', no totals
/// row) and XLSX through libxlsxwriter (typed numeric cells with number formats, bold header, column
/// widths, the totals row, the title and filters above the table).
class KETONG_CORE_EXPORT ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ReportWriter)
public:
    /// Writes CSV to `device`; `bom` prefixes the UTF-8 byte-order mark (files opened by Excel/WPS).
    static Status writeCsv(const ReportTable& table, QIODevice& device, bool bom);
    /// Writes an XLSX workbook with one sheet.
    static Status writeXlsx(const ReportTable& table, const QString& path);
    /// One CSV field, quoted when it must be (RFC 4180).
    static QString csvField(const QString& text);
};

} // namespace ketong
