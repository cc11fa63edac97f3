#include "XlsReader.h"

#include "NumberFormat.h"

#include <QTemporaryFile>

#include <freexl.h>

namespace ketong {

namespace {

/// The text of one cell, as FreeXL decoded it.
QString cellText(const FreeXL_CellValue& cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return NumberFormat::general(cell.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:     // YYYY-MM-DD
    case FREEXL_CELL_DATETIME: // YYYY-MM-DD HH:MM:SS
    case FREEXL_CELL_TIME:     // HH:MM:SS
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    default:
        return {};
    }
}

/// Closes the FreeXL handle however the reading ends (FreeXL wants a close even after a failed open).
struct Handle
{
    const void* xls = nullptr;
    ~Handle()
    {
        if (xls)
            freexl_close(xls);
    }
};

} // namespace

Result<Sheet> XlsReader::readFirstSheet(const QByteArray& bytes)
{
    const auto unreadable = [] {
        return Error(ErrorCode::Invalid,
                     tr("The file cannot be read as an Excel 97–2003 workbook (.xls). If it is protected by a "
                        "password, save it without one; else save it as .xlsx or CSV and import that."),
                     QStringLiteral("file"));
    };
    // FreeXL reads only from a file.
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush())
        return Error(ErrorCode::Io, tr("Cannot write a temporary file: %1").arg(file.errorString()));
    Handle handle;
    if (freexl_open(QFile::encodeName(file.fileName()).constData(), &handle.xls) != FREEXL_OK)
        return unreadable();
    unsigned int info = 0;
    if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &info) != FREEXL_OK || info == FREEXL_BIFF_OBFUSCATED)
        return unreadable();
    if (freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &info) != FREEXL_OK || info == 0)
        return Error(ErrorCode::Invalid, tr("The workbook has no worksheet"), QStringLiteral("file"));
    Sheet sheet;
    const char* name = nullptr;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle.xls, 0) != FREEXL_OK ||
        freexl_get_worksheet_name(handle.xls, 0, &name) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK)
        return unreadable();
    if (qint64(rows) * columns > SheetReader::maxCells())
        return Error(
            ErrorCode::Invalid,
            tr("The sheet has more than %1 cells; save it as CSV and import that").arg(SheetReader::maxCells()),
            QStringLiteral("file"));
    sheet.name = name ? QString::fromUtf8(name) : QString();
    for (unsigned int r = 0; r < rows; ++r) {
        QStringList cells;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle.xls, r, c, &cell) != FREEXL_OK)
                return unreadable();
            const QString text = cellText(cell);
            if (text.isEmpty())
                continue;
            while (cells.size() < c)
                cells.append(QString());
            cells.append(text);
        }
        if (!cells.isEmpty())
            sheet.rows.append({int(r) + 1, cells});
    }
    return sheet;
}

} // namespace ketong
