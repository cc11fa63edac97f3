#pragma once

#include "ketong_core_export.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace ketong {

/// One step of a chance's development plan (SPEC §3.5; table plan_items): its date (fixed once
/// created), what to do (计划项) and, once executed, its effect (执行效果).
struct KETONG_CORE_EXPORT PlanItem
{
    qint64 id = 0;
    qint64 chanceId = 0;
    QDate date;
    QString todo;
    QString result; ///< empty until recorded
    int version = 1;

    /// The stored fields as JSON (for the audit log's before/after).
    QJsonObject toJson() const;
};

} // namespace ketong
