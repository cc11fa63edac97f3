// Money parsing and the migration statement splitter: amounts round-trip exactly; splitting never loses or
// invents text outside comments.
#include "FuzzSupport.h"
#include "common/Money.h"
#include "db/SqlScript.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(ketong::fuzz::bytes(data, size));
    if (const auto fen = ketong::Money::parseYuan(text)) {
        if (*fen < 0)
            std::abort();
        const auto again = ketong::Money::parseYuan(ketong::Money::formatYuan(*fen));
        if (!again || *again != *fen)
            std::abort();
    }
    const QStringList statements = ketong::SqlScript::split(text);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            std::abort();
    }
    return 0;
}
