// AuditQuery: who may read which history, and entries in words (labels, values, changes).
#include "AuditQuery.h"

#include "auth/RoleService.h"
#include "auth/UserService.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString AuditQuery::actionLabel(const QString& action)
{
    return lookup(action, {
                              {"create", QT_TR_NOOP("Created")},
                              {"update", QT_TR_NOOP("Changed")},
                              {"delete", QT_TR_NOOP("Deleted")},
                              {"status", QT_TR_NOOP("Status changed")},
                              {"assign", QT_TR_NOOP("Assigned")},
                              {"enable", QT_TR_NOOP("Enabled")},
                              {"disable", QT_TR_NOOP("Disabled")},
                              {"login", QT_TR_NOOP("Logged in")},
                              {"login-failed", QT_TR_NOOP("Failed login")},
                              {"lockout", QT_TR_NOOP("Locked out")},
                              {"unlock", QT_TR_NOOP("Unlocked")},
                              {"password-reset", QT_TR_NOOP("Password reset")},
                              {"password-change", QT_TR_NOOP("Password changed")},
                              {"rights", QT_TR_NOOP("Rights changed")},
                              {"import", QT_TR_NOOP("Imported")},
                              {"init", QT_TR_NOOP("Database created")},
                              {"demo", QT_TR_NOOP("Demo data loaded")},
                              {"delay", QT_TR_NOOP("Churn postponed")},
                              {"confirm", QT_TR_NOOP("Churn confirmed")},
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
                          });
}

QString AuditQuery::fieldLabel(const QString& field)
{
    return lookup(field, {
                             {"login", QT_TR_NOOP("Login")},
                             {"name", QT_TR_NOOP("Name")},
                             {"role", QT_TR_NOOP("Role")},
                             {"role_id", QT_TR_NOOP("Role id")},
                             {"status", QT_TR_NOOP("Status")},
                             {"must_change_password", QT_TR_NOOP("Must change password")},
                             {"locked_until", QT_TR_NOOP("Locked until")},
                             {"failed_logins", QT_TR_NOOP("Failed logins")},
                             {"locked_minutes", QT_TR_NOOP("Locked for (minutes)")},
                             {"description", QT_TR_NOOP("Description")},
                             {"kind", QT_TR_NOOP("Kind")},
                             {"enabled", QT_TR_NOOP("Usable")},
                             {"rights", QT_TR_NOOP("Rights")},
                             {"title", QT_TR_NOOP("Summary")},
                             {"type", QT_TR_NOOP("Type")},
                             {"code", QT_TR_NOOP("Number")},
                             {"region", QT_TR_NOOP("Region")},
                             {"manager_id", QT_TR_NOOP("Account manager id")},
                             {"level", QT_TR_NOOP("Level")},
                             {"satisfaction", QT_TR_NOOP("Satisfaction")},
                             {"credit", QT_TR_NOOP("Credit")},
                             {"address", QT_TR_NOOP("Address")},
                             {"zip", QT_TR_NOOP("Zip code")},
                             {"tel", QT_TR_NOOP("Phone")},
                             {"phone", QT_TR_NOOP("Phone")},
                             {"mobile", QT_TR_NOOP("Mobile")},
                             {"fax", QT_TR_NOOP("Fax")},
                             {"email", QT_TR_NOOP("E-mail")},
                             {"website", QT_TR_NOOP("Website")},
                             {"reason", QT_TR_NOOP("Reason")},
                             {"measure", QT_TR_NOOP("Measure")},
                             {"value", QT_TR_NOOP("Value")},
                         });
}

QString AuditQuery::valueText(const QString& entity, const QString& field, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (entity == QLatin1String("users") && field == QLatin1String("status"))
        return UserService::statusLabel(value.toInt() == 1);
    if (entity == QLatin1String("roles") && field == QLatin1String("enabled"))
        return RoleService::enabledLabel(value.toInt() == 1);
    if (field == QLatin1String("kind")) {
        if (const auto kind = roleKindFromKey(value.toString()))
            return RightCatalog::kindLabel(*kind);
    }
    if (value.isArray()) {
        QStringList items;
        const QJsonArray array = value.toArray();
        for (const QJsonValue item : array) {
            const QString text = item.isString() ? item.toString() : valueText(entity, QString(), item);
            // Right codes read better with their names: "010 Customer information".
            items << (field == QLatin1String("rights") ? QStringLiteral("%1 %2").arg(text, RightCatalog::label(text))
                                                       : text);
        }
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d);
    }
    return value.toString();
}

QList<AuditChange> AuditQuery::changes(const AuditEntry& entry)
{
    QStringList fields = entry.before.keys();
    for (const QString& key : entry.after.keys()) {
        if (!fields.contains(key))
            fields << key;
    }
    QList<AuditChange> list;
    for (const QString& field : std::as_const(fields)) {
        if (entry.valuesHidden)
            list.append({field, fieldLabel(field), hiddenText(), hiddenText()});
        else
            list.append({field, fieldLabel(field), valueText(entry.entity, field, entry.before.value(field)),
                         valueText(entry.entity, field, entry.after.value(field))});
    }
    return list;
}

QString AuditQuery::hiddenText()
{
    return tr("(value hidden)");
}

QString AuditQuery::summary(const AuditEntry& entry)
{
    QStringList parts;
    const QList<AuditChange> list = changes(entry);
    if (entry.valuesHidden) {
        // SPEC §9 item 13: which fields of a business record changed, not their values.
        for (const AuditChange& c : list)
            parts << c.label;
        return parts.isEmpty() ? QString() : tr("Fields (values hidden): %1").arg(parts.join(QStringLiteral(", ")));
    }
    for (const AuditChange& c : list) {
        if (entry.before.contains(c.field) && entry.after.contains(c.field))
            parts << QStringLiteral("%1: %2 → %3").arg(c.label, c.before, c.after);
        else if (entry.after.contains(c.field))
            parts << QStringLiteral("%1: %2").arg(c.label, c.after);
        else
            parts << QStringLiteral("%1: %2 → —").arg(c.label, c.before);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace ketong
