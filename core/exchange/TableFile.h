#pragma once

#include "common/Result.h"
#include "common/TableReader.h"
#include "ketong_core_export.h"

#include <memory>

namespace ketong {

/// An import file as rows (EXCHANGE.md): a CSV file (CsvReader: UTF-8 or GB18030) or, when the bytes are a
/// workbook — told apart by their content, not by the file's name — the first visible sheet of an .xlsx or
/// .xls file (SheetReader). Either way the caller gets a TableReader with the header mapped to `schema`, and
/// positions in the file's own terms: line and column in CSV, sheet and cell in a workbook.
class KETONG_CORE_EXPORT TableFile
{
public:
    /// Fails (Invalid) only when a workbook cannot be read at all; problems of the content are the
    /// reader's issues(). A CsvReader is returned for CSV (its encoding() says how the bytes were read).
    static Result<std::unique_ptr<TableReader>> read(const QByteArray& bytes, const QList<TableReader::Column>& schema);
};

} // namespace ketong
