#include "SalesChance.h"

namespace ketong {

namespace {
QJsonValue optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue optionalTime(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonObject SalesChance::toJson() const
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("customer_name"), customerName},
            {QStringLiteral("title"), title},
            {QStringLiteral("rate"), rate},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("contact_tel"), contactTel},
            {QStringLiteral("description"), description},
            {QStringLiteral("created_by"), optionalId(createdBy)},
            {QStringLiteral("assigned_to"), optionalId(assignedTo)},
            {QStringLiteral("assigned_at"), optionalTime(assignedAt)},
            {QStringLiteral("status"), static_cast<int>(status)},
            {QStringLiteral("closed_at"), optionalTime(closedAt)},
            {QStringLiteral("customer_id"), optionalId(customerId)}};
}

} // namespace ketong
