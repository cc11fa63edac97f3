#include "ReportTable.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace ketong {

QString ReportTable::columnTitle(int column) const
{
    return QCoreApplication::translate(context, columns.at(column).title);
}

QString ReportTable::displayText(int row, int column) const
{
    const QVariant value = row < 0 ? totals.value(column) : rows.value(row, column);
    if (value.isNull())
        return {};
    switch (columns.at(column).kind) {
    case Kind::Money:
        return QLocale().toString(value.toLongLong() / 100.0, 'f', 2);
    case Kind::Percent:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case Kind::Integer:
        return QLocale().toString(value.toLongLong());
    case Kind::Text:
        return value.toString();
    }
    return value.toString();
}

QString ReportTable::csvText(const QVariant& value, int column) const
{
    if (value.isNull())
        return {};
    switch (columns.at(column).kind) {
    case Kind::Money:
        return Money::formatYuan(value.toLongLong());
    case Kind::Percent:
        return QString::number(value.toDouble(), 'f', 1);
    case Kind::Integer:
        return QString::number(value.toLongLong());
    case Kind::Text:
        return value.toString();
    }
    return value.toString();
}

} // namespace ketong
