#include "Money.h"

#include "Validation.h"

#include <QCoreApplication>

namespace ketong::Money {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Money)
};
} // namespace

Result<qint64> parseYuan(const QString& input)
{
    QString text = Validation::normalizeWidth(input).trimmed();
    text.remove(QLatin1Char(','));
    const auto bad = [&] {
        return Error(ErrorCode::Invalid,
                     Tr::tr("\"%1\" is not an amount in yuan with at most two decimals").arg(input));
    };
    if (text.isEmpty())
        return bad();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 13 || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return bad();
    for (const QChar c : whole + frac) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return bad();
    }
    while (frac.size() < 2)
        frac.append(QLatin1Char('0'));
    return whole.toLongLong() * 100 + frac.toLongLong();
}

QString formatYuan(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(absolute / 100)
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ketong::Money
