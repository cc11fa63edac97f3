#include "SqlValue.h"

namespace ketong::SqlValue {

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')))
        parsed.setTimeSpec(Qt::UTC); // stored values are UTC even when written without a zone
    return parsed.toUTC();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().date();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType(QMetaType::QDateTime));
    return value.toUTC();
}

QVariant fromDate(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType(QMetaType::QDate));
    return value;
}

} // namespace ketong::SqlValue
