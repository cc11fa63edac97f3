// The .xlsx reader (SheetReader over ZipArchive, QXmlStreamReader and NumberFormat): any input gives a sheet
// or a typed error — never a crash, a row out of order or outside the sheet, a row wider than the sheet, or
// more cells than the limit.
//
// An input starting with "PK" is read as a whole workbook (mutations of real files). Any other input is the
// XML of a workbook's parts, separated by lines "--": the worksheet, then the shared strings, then the
// styles; they are zipped (libzip, in memory) with a fixed workbook and its relationships, so the mutations
// reach the XML and the number formats instead of failing at the zip's checksums.
#include "FuzzSupport.h"
#include "exchange/SheetReader.h"

#include <zip.h>

#include <cstdlib>

namespace {

const char* const kWorkbook = "<workbook><workbookPr date1904=\"0\"/><sheets><sheet name=\"S\" r:id=\"rId1\" "
                              "xmlns:r=\"urn:r\"/></sheets></workbook>";
const char* const kRels = "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/"
                          "sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"x/sharedStrings\" "
                          "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"x/styles\" "
                          "Target=\"/xl/styles.xml\"/></Relationships>";

/// A workbook zipped in memory from the parts in `input`.
QByteArray workbookOf(const QByteArray& input)
{
    QList<QByteArray> xml{QByteArray(), QByteArray(), QByteArray()};
    qsizetype start = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype end = i < 2 ? input.indexOf("\n--\n", start) : -1;
        xml[i] = input.mid(start, end < 0 ? -1 : end - start);
        if (end < 0)
            break;
        start = end + 4;
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* z = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!z)
        std::abort();
    zip_source_keep(buffer);
    const auto add = [z](const char* name, const QByteArray& data) {
        zip_source_t* s = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        if (!s || zip_file_add(z, name, s, ZIP_FL_OVERWRITE) < 0)
            std::abort();
    };
    const QByteArray workbook(kWorkbook); // libzip reads the buffers only at zip_close()
    const QByteArray rels(kRels);
    add("xl/workbook.xml", workbook);
    add("xl/_rels/workbook.xml.rels", rels);
    add("xl/worksheets/sheet1.xml", xml.at(0));
    add("xl/sharedStrings.xml", xml.at(1));
    add("xl/styles.xml", xml.at(2));
    if (zip_close(z) < 0)
        std::abort();
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0)
        std::abort();
    bytes.resize(qsizetype(stat.size));
    if (zip_source_read(buffer, bytes.data(), stat.size) != zip_int64_t(stat.size))
        std::abort();
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    const QByteArray input = ketong::fuzz::bytes(data, size);
    const QByteArray bytes = input.startsWith("PK") ? input : workbookOf(input);
    const auto sheet = ketong::SheetReader::readFirstSheet(bytes);
    if (!sheet) {
        if (sheet.error().message().isEmpty())
            std::abort();
        return 0;
    }
    int previous = 0;
    qint64 cells = 0;
    for (const auto& row : sheet->rows) {
        if (row.line <= previous || row.line > 1048576 || row.fields.isEmpty() || row.fields.size() > 16384)
            std::abort();
        if (row.fields.constLast().isEmpty())
            std::abort(); // trailing empty cells are left out
        previous = row.line;
        cells += row.fields.size();
    }
    if (cells > ketong::SheetReader::maxCells())
        std::abort();
    return 0;
}
