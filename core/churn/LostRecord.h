#pragma once

#include "ketong_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ketong {

/// Churn record status (SPEC §4.3; 5: the warning was closed because the customer was deleted, SPEC §9 item 14).
enum class LostStatus { Warning = 1, Delayed = 2, Lost = 3, Recovered = 4, Closed = 5 };

/// One retention measure (暂缓措施), kept individually.
struct KETONG_CORE_EXPORT LostMeasure
{
    qint64 id = 0;
    QString measure;
    QString createdBy; ///< the account's name
    QDateTime createdAt;
};

/// A churn warning and what became of it (table lost_records).
struct KETONG_CORE_EXPORT LostRecord
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    qint64 managerId = 0; ///< the customer's manager now
    QString managerName;
    bool customerDeleted = false; ///< the customer's status is 删除
    QDate lastOrderDate;          ///< invalid when the customer never ordered
    QDate referenceDate;
    QDateTime detectedAt;
    LostStatus status = LostStatus::Warning;
    QDateTime lostDate;
    QString reason;
    QDateTime recoveredAt;
    QList<LostMeasure> measures;
    int version = 1;
};

} // namespace ketong
