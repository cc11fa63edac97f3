#include "SheetReader.h"

#include "XlsReader.h"
#include "XlsxReader.h"

namespace ketong {

SheetReader::Kind SheetReader::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return Kind::Xlsx;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Kind::Xls;
    return Kind::NotAWorkbook;
}

Result<Sheet> SheetReader::readFirstSheet(const QByteArray& bytes)
{
    switch (detect(bytes)) {
    case Kind::Xlsx:
        return XlsxReader::readFirstSheet(bytes);
    case Kind::Xls:
        return XlsReader::readFirstSheet(bytes);
    case Kind::NotAWorkbook:
        break;
    }
    return Error(ErrorCode::Invalid, tr("The file is not an Excel workbook (.xlsx or .xls)"), QStringLiteral("file"));
}

} // namespace ketong
