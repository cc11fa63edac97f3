#pragma once

#include <QString>

namespace ketong {

/// A 1–5 rating (satisfaction, credit) as people read it: filled stars for the rating, hollow ones for the
/// rest (3 → ★★★☆☆). Every place that shows a rating uses this, whatever its dictionary items say.
class Stars
{
public:
    static constexpr int Max = 5;
    /// `stars` filled of `of` (clamped); 0 gives only hollow ones.
    static QString text(int stars, int of = Max);
};

} // namespace ketong
