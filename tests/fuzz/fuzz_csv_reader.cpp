// The CSV reader with encoding detection (CsvReader): any bytes give rows and located issues — never a crash,
// an issue outside the file, or a row that reads past its fields.
#include "FuzzSupport.h"
#include "common/CsvReader.h"
#include "customers/CustomerImporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    const QByteArray input = ketong::fuzz::bytes(data, size);
    ketong::CsvReader::Encoding encoding;
    const QString text = ketong::CsvReader::decode(input, &encoding);
    if (encoding == ketong::CsvReader::Encoding::Gb18030 && QString::fromUtf8(input).toUtf8() == input)
        std::abort(); // valid UTF-8 must never be read as GB18030
    ketong::CsvReader csv(ketong::CustomerImporter::columns());
    csv.readData(input);
    const int lines = int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r')) + 1);
    for (const auto& issue : csv.issues())
        if (issue.line < 1 || issue.line > lines + 1 || issue.column < 0 || issue.message.isEmpty())
            std::abort();
    for (int r = 0; r < csv.rowCount(); ++r) {
        if (csv.line(r) < 2)
            std::abort(); // the header is line 1
        for (const auto& column : csv.schema())
            (void)csv.value(r, column.key);
        (void)csv.field(r, 1000);
    }
    return 0;
}
