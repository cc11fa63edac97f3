#pragma once

#include "SheetReader.h"

namespace ketong {

/// The .xls half of SheetReader (internal): Excel 97–2003 workbooks (BIFF5/BIFF8 in an OLE2 compound file)
/// through libfreexl. FreeXL gives texts, numbers and dates (which it recognises by their formats) but not
/// the other number formats: a number shows as General shows it (all its digits), so a code stored as the
/// number 123 with the format "000000" reads 123 from .xls — save such a workbook as .xlsx.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::XlsReader)
public:
    static Result<Sheet> readFirstSheet(const QByteArray& bytes);
};

} // namespace ketong
