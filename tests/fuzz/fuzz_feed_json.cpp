// A sales-system feed file in JSON (the HTTP form; the first byte chooses which file), parsed by
// FeedSource::parseJson and checked by the validator: malformed JSON, wrong shapes and strange values give
// problems, never a crash.
#include "FuzzSupport.h"
#include "erp/FeedBatch.h"
#include "erp/FeedFormat.h"
#include "erp/FeedReport.h"
#include "erp/FeedSource.h"
#include "erp/FeedValidator.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace ketong;
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const auto file = static_cast<FeedFormat::File>(data[0] % FeedFormat::FileCount);
    FeedFiles files;
    FeedSource::parseJson(file, FeedFormat::name(file) + QStringLiteral(".json"), fuzz::bytes(data + 1, size - 1),
                          files);
    for (const auto& table : files.tables) {
        if (!table)
            continue;
        for (int r = 0; r < table->rowCount(); ++r) {
            (void)table->problem(r, 0, QStringLiteral("x"));
            if (table->lineOf(r) < 1)
                std::abort();
        }
    }
    FeedBatch batch;
    FeedReport report;
    FeedValidator::check(files, batch, report);
    return 0;
}
