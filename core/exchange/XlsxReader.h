#pragma once

#include "SheetReader.h"

namespace ketong {

/// The .xlsx half of SheetReader (internal): the workbook's parts come out of the zip container through
/// ZipArchive and are read with QXmlStreamReader — the package and workbook relationships to find the
/// first worksheet, the shared strings, the number formats of styles.xml (NumberFormat turns numbers into
/// what the sheet shows) and the worksheet's cells. Namespaces are ignored, so Strict OOXML reads too.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::XlsxReader)
public:
    static Result<Sheet> readFirstSheet(const QByteArray& bytes);
};

} // namespace ketong
