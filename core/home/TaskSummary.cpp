#include "TaskSummary.h"

#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

Result<QList<TaskSummary::Item>> TaskSummary::load(const Database& db, const Session& session)
{
    struct Def
    {
        const char* key;
        QString label;
        QLatin1String right;
        QString sql;
    };
    const bool all = AccessControl::seesAll(session);
    const QList<Def> defs{
        {"churn-warnings", all ? tr("Open churn warnings") : tr("Churn warnings of my customers"), Rights::Churn,
         QStringLiteral("SELECT count(*) FROM lost_records WHERE status IN (1, 2)") +
             (all ? QString() : QStringLiteral(" AND manager_id = :me"))},
        {"chances-to-assign", tr("Sales opportunities to assign"), Rights::SalesChances,
         QStringLiteral("SELECT count(*) FROM sales_chances WHERE status = 1")},
        {"chances-in-development", all ? tr("Opportunities in development") : tr("Opportunities assigned to me"),
         Rights::DevelopmentPlans,
         QStringLiteral("SELECT count(*) FROM sales_chances WHERE status = 2") +
             (all ? QString() : QStringLiteral(" AND assigned_to = :me"))},
        {"tickets-to-assign", tr("Service requests to assign"), Rights::ServiceAssign,
         QStringLiteral("SELECT count(*) FROM service_tickets WHERE status = 1")},
        {"tickets-to-handle", tr("Service requests for me to handle"), Rights::ServiceHandle,
         QStringLiteral("SELECT count(*) FROM service_tickets WHERE status = 2 AND assigned_to = :me")},
        {"tickets-for-feedback", tr("Handled services awaiting feedback"), Rights::ServiceFeedback,
         QStringLiteral("SELECT count(*) FROM service_tickets WHERE status = 3 AND (created_by = :me OR "
                        "handled_by = :me)")},
    };
    QList<Item> items;
    for (const Def& def : defs) {
        if (!session.has(def.right))
            continue;
        // Assigning opportunities is the director's task; a manager sees their own work only.
        if (QLatin1String(def.key) == QLatin1String("chances-to-assign") && !all)
            continue;
        QVariantMap values;
        if (def.sql.contains(QLatin1String(":me")))
            values.insert(QStringLiteral("me"), session.userId());
        auto count = SqlQuery::scalar(db.connection(), def.sql, values);
        if (!count)
            return count.error();
        items.append({QString::fromLatin1(def.key), def.label, count->toLongLong(), QString(def.right)});
    }
    return items;
}

QStringList TaskSummary::tables()
{
    // customers: a reassignment or a deletion moves or closes warnings.
    return {QStringLiteral("lost_records"), QStringLiteral("customers"), QStringLiteral("sales_chances"),
            QStringLiteral("service_tickets")};
}

} // namespace ketong
