#include "TableFile.h"

#include "SheetReader.h"
#include "common/CsvReader.h"

namespace ketong {

Result<std::unique_ptr<TableReader>> TableFile::read(const QByteArray& bytes, const QList<TableReader::Column>& schema)
{
    const SheetReader::Kind kind = SheetReader::detect(bytes);
    if (kind == SheetReader::Kind::NotAWorkbook) {
        auto csv = std::make_unique<CsvReader>(schema);
        csv->readData(bytes);
        return std::unique_ptr<TableReader>(std::move(csv));
    }
    auto sheet = SheetReader::readFirstSheet(bytes);
    if (!sheet)
        return sheet.error();
    auto table = std::make_unique<TableReader>(schema);
    table->readRecords(std::move(sheet->rows),
                       kind == SheetReader::Kind::Xlsx ? TableReader::Source::Xlsx : TableReader::Source::Xls,
                       sheet->name);
    return table;
}

} // namespace ketong
