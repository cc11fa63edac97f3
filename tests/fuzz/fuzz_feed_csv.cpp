// A sales-system feed file in CSV (products, stock, orders or order_lines — the first byte chooses), read
// and checked by the feed's own parser and validator: any bytes give either rows or located problems,
// never a crash; every problem names where it is.
#include "FuzzSupport.h"
#include "erp/FeedBatch.h"
#include "erp/FeedFormat.h"
#include "erp/FeedReport.h"
#include "erp/FeedSource.h"
#include "erp/FeedValidator.h"

#include <cstdlib>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace ketong;
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const auto file = static_cast<FeedFormat::File>(data[0] % FeedFormat::FileCount);
    const QString name = FeedFormat::name(file) + QStringLiteral(".csv");
    auto csv = std::make_unique<CsvReader>(FeedFormat::csvSchema(file));
    csv->readData(fuzz::bytes(data + 1, size - 1));
    FeedFiles files;
    files.tables.at(std::size_t(file)) = std::make_unique<FeedTable>(file, name, std::move(csv));
    const FeedTable* table = files.table(file);
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < FeedFormat::columns(file).size(); ++c)
            (void)table->value(r, c);
    FeedBatch batch;
    FeedReport report;
    FeedValidator::check(files, batch, report);
    for (const QString& problem : std::as_const(report.errors))
        if (!problem.startsWith(name))
            std::abort(); // every problem is located in the file
    return 0;
}
