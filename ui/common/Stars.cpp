#include "Stars.h"

namespace ketong {

QString Stars::text(int stars, int of)
{
    const int filled = qBound(0, stars, qMax(0, of));
    return QString(filled, QChar(0x2605)) + QString(qMax(0, of) - filled, QChar(0x2606)); // ★ ☆
}

} // namespace ketong
