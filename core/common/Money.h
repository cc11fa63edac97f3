#pragma once

#include "Result.h"
#include "ketong_core_export.h"

#include <QString>

namespace ketong {

/// Money is held as integer fen (1/100 yuan) everywhere; these helpers convert at the edges.
namespace Money {

/// Parses yuan with at most two decimals: "12800", "12800.5", "12,800.50", full-width digits.
/// Refuses negative amounts, more than two decimals and anything that is not a number.
KETONG_CORE_EXPORT Result<qint64> parseYuan(const QString& text);

/// Formats fen as yuan with two decimals, '.' as decimal point and no grouping ("12800.50").
KETONG_CORE_EXPORT QString formatYuan(qint64 fen);

} // namespace Money
} // namespace ketong
