#include "ListQuery.h"

#include "db/SqlValue.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ketong {

namespace {
/// Fen as yuan with two decimals, computed on integers (no binary floating point) and spelled with the
/// locale's digits, group and decimal separators: 1280050 → "12,800.50".
QString formatFen(qint64 fen)
{
    const QLocale locale;
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(fen) : static_cast<quint64>(fen);
    const quint64 cents = magnitude % 100;
    QString text = locale.toString(static_cast<qulonglong>(magnitude / 100)) + locale.decimalPoint();
    if (cents < 10)
        text += locale.zeroDigit();
    text += locale.toString(static_cast<qulonglong>(cents));
    return negative ? locale.negativeSign() + text : text;
}
} // namespace

QString ListColumn::text(const QVariant& raw) const
{
    if (format == ColumnFormat::Custom)
        return display ? display(raw) : raw.toString();
    if (raw.isNull())
        return {};
    switch (format) {
    case ColumnFormat::Text:
    case ColumnFormat::Custom:
        break;
    case ColumnFormat::Integer: {
        bool ok = false;
        const qlonglong value = raw.toLongLong(&ok);
        if (ok)
            return QLocale().toString(value);
        break;
    }
    case ColumnFormat::Money: {
        bool ok = false;
        const qlonglong fen = raw.toLongLong(&ok);
        if (ok)
            return formatFen(fen);
        break;
    }
    case ColumnFormat::Date: {
        const QDate date = SqlValue::toDate(raw);
        if (date.isValid())
            return date.toString(u"yyyy-MM-dd"_s);
        break;
    }
    case ColumnFormat::DateTime: {
        const QDateTime at = SqlValue::toDateTime(raw);
        if (at.isValid())
            return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        break;
    }
    }
    return raw.toString();
}

bool ListColumn::isRightAligned() const
{
    return format == ColumnFormat::Integer || format == ColumnFormat::Money;
}

int ListQuery::columnIndex(const QString& key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

bool ListQuery::isSortable(int column) const
{
    return column >= 0 && column < columns.size() && !columns.at(column).sortBy.isEmpty();
}

} // namespace ketong
