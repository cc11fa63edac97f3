#include "PlanItem.h"

namespace ketong {

QJsonObject PlanItem::toJson() const
{
    return {{QStringLiteral("chance_id"), chanceId},
            {QStringLiteral("plan_date"), date.toString(Qt::ISODate)},
            {QStringLiteral("todo"), todo},
            {QStringLiteral("result"), result}};
}

} // namespace ketong
