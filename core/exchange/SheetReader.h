#pragma once

#include "common/Result.h"
#include "common/TableReader.h"
#include "ketong_core_export.h"

#include <QCoreApplication>

namespace ketong {

/// One sheet of a workbook as texts: its name and its rows that hold a value, in order. A row's `line` is
/// its row number in the sheet (7 for row 7) and field i the text of column i + 1 (A, B, …), as the
/// spreadsheet program shows it: numbers through their number format (a code 123 formatted "000000" is
/// 000123), dates and times as 2026-03-04 / 2026-03-04 09:30:00 / 09:30:00, booleans TRUE/FALSE, formulas
/// by their last computed value. Trailing empty cells are left out.
struct Sheet
{
    QString name;
    QList<TableReader::Record> rows;
};

/// Reads the first sheet of a workbook: .xlsx (Office Open XML as Excel, WPS and LibreOffice write it,
/// through libzip and QXmlStreamReader) or .xls (Excel 97–2003, through libfreexl). Imports hand the rows
/// to a TableReader (see TableFile); anything else that reads spreadsheets can use the rows directly.
class KETONG_CORE_EXPORT SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::SheetReader)
public:
    enum class Kind { NotAWorkbook, Xlsx, Xls };

    /// Tells a workbook by its first bytes: a zip container (.xlsx) or an OLE2 compound file (.xls).
    static Kind detect(const QByteArray& bytes);
    /// The first visible worksheet of the workbook in `bytes`. Invalid (with a message saying what to do)
    /// when the bytes are no workbook, are damaged or password-protected, or the sheet is too large (more
    /// than maxCells() cells counting the empty ones left of a value).
    static Result<Sheet> readFirstSheet(const QByteArray& bytes);
    /// The largest sheet read: 10 million cells (a 100,000-row customer file has about 2 million).
    static constexpr qint64 maxCells() { return 10'000'000; }
};

} // namespace ketong
