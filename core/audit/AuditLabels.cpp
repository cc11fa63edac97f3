// AuditQuery: who may read which history; actions, record types and settings in words (the fields are in
// AuditFields.cpp, the values in AuditValues.cpp).
#include "AuditQuery.h"

#include <algorithm>

namespace ketong {

namespace {
struct Label
{
    const char* key;
    const char* text;
};

QString lookup(const QString& key, std::initializer_list<Label> labels)
{
    for (const Label& l : labels) {
        if (key == QLatin1String(l.key))
            return AuditQuery::tr(l.text);
    }
    return key;
}
} // namespace

QList<QLatin1String> AuditQuery::historyRights(const QString& entity)
{
    using namespace Rights;
    const auto is = [&](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            if (entity == QLatin1String(name))
                return true;
        }
        return false;
    };
    if (is({"customers", "contacts", "activities", "orders"}))
        return {Customers};
    if (is({"sales_chances", "plan_items"}))
        return {SalesChances, DevelopmentPlans};
    if (is({"lost_records", "lost_measures"}))
        return {Churn};
    if (is({"service_tickets", "service_rounds"}))
        return {ServiceCreate, ServiceAssign, ServiceHandle, ServiceFeedback, ServiceArchive};
    if (is({"dict_items"}))
        return {Dictionary};
    if (is({"products"}))
        return {Products};
    if (is({"stock"}))
        return {Stock};
    return {}; // accounts, roles, settings, jobs: administrators only
}

bool AuditQuery::mayReadHistory(const Session& session, const QString& entity)
{
    if (!session.isValid())
        return false;
    if (session.has(Rights::Permissions))
        return true; // administrators read the whole trail on the audit page anyway
    const QList<QLatin1String> rights = historyRights(entity);
    return std::any_of(rights.begin(), rights.end(), [&](QLatin1String r) { return session.has(r); });
}

QString AuditQuery::actionLabel(const QString& action, const QString& entity)
{
    // Assigning is 指派 for a sales opportunity and 分配 for a service request (SPEC §2.1).
    if (action == QLatin1String("assign") && entity == QLatin1String("sales_chances"))
        return tr("Assigned", "sales_chances");
    if (action == QLatin1String("assign") && entity == QLatin1String("service_tickets"))
        return tr("Assigned", "service_tickets");
    return lookup(action, {
                              {"create", QT_TR_NOOP("Created")},
                              {"update", QT_TR_NOOP("Changed")},
                              {"delete", QT_TR_NOOP("Deleted")},
                              {"status", QT_TR_NOOP("Status changed")},
                              {"assign", QT_TR_NOOP("Assigned")},
                              {"reassign", QT_TR_NOOP("Reassigned")},
                              {"handle", QT_TR_NOOP("Handled")},
                              {"feedback", QT_TR_NOOP("Feedback given")},
                              {"enable", QT_TR_NOOP("Enabled")},
                              {"disable", QT_TR_NOOP("Disabled")},
                              {"login", QT_TR_NOOP("Logged in")},
                              {"login-failed", QT_TR_NOOP("Failed login")},
                              {"lockout", QT_TR_NOOP("Locked out")},
                              {"unlock", QT_TR_NOOP("Unlocked")},
                              {"password-reset", QT_TR_NOOP("Password reset")},
                              {"password-change", QT_TR_NOOP("Password changed")},
                              {"password", QT_TR_NOOP("Password changed")},
                              {"rights", QT_TR_NOOP("Rights changed")},
                              {"import", QT_TR_NOOP("Imported")},
                              {"init", QT_TR_NOOP("Database created")},
                              {"demo", QT_TR_NOOP("Demo data loaded")},
                              {"delay", QT_TR_NOOP("Churn postponed")},
                              {"confirm", QT_TR_NOOP("Churn confirmed")},
                              {"close", QT_TR_NOOP("Warning closed")},
                              {"churn-scan", QT_TR_NOOP("Churn scan")},
                              {"sync", QT_TR_NOOP("Synchronised")},
                          });
}

QString AuditQuery::entityLabel(const QString& entity)
{
    return lookup(entity, {
                              {"users", QT_TR_NOOP("Account")},
                              {"roles", QT_TR_NOOP("Role")},
                              {"customers", QT_TR_NOOP("Customer")},
                              {"contacts", QT_TR_NOOP("Contact")},
                              {"activities", QT_TR_NOOP("Interaction")},
                              {"sales_chances", QT_TR_NOOP("Sales opportunity")},
                              {"plan_items", QT_TR_NOOP("Plan item")},
                              {"lost_records", QT_TR_NOOP("Churn record")},
                              {"lost_measures", QT_TR_NOOP("Retention measure")},
                              {"service_tickets", QT_TR_NOOP("Service request")},
                              {"service_rounds", QT_TR_NOOP("Service handling")},
                              {"dict_items", QT_TR_NOOP("Dictionary entry")},
                              {"settings", QT_TR_NOOP("Setting")},
                              {"database", QT_TR_NOOP("Database")},
                              {"job_runs", QT_TR_NOOP("Scheduled job")},
                              {"feed_runs", QT_TR_NOOP("Sales system feed")},
                              {"products", QT_TR_NOOP("Product")},
                              {"stock", QT_TR_NOOP("Stock")},
                              {"orders", QT_TR_NOOP("Order")},
                              {"order_lines", QT_TR_NOOP("Order line")},
                          });
}

QString AuditQuery::recordText(const QString& entity, const QString& recordId)
{
    if (entity != QLatin1String("settings"))
        return recordId;
    return lookup(recordId, {
                                {"churn.months", QT_TR_NOOP("Churn warning after (months)")},
                                {"company.name", QT_TR_NOOP("Company name")},
                                {"demo", QT_TR_NOOP("Demo company")},
                                {"backup.schedule", QT_TR_NOOP("Backup schedule")},
                                {"feed.source", QT_TR_NOOP("Sales system feed: source")},
                                {"feed.token_file", QT_TR_NOOP("Sales system feed: token file")},
                                {"feed.interval_minutes", QT_TR_NOOP("Sales system feed: interval (minutes)")},
                                {"security.role_prefix", QT_TR_NOOP("Database role prefix")},
                            });
}

} // namespace ketong
