// AuditQuery: the words of the logged fields (every column of every audited table and every key the
// services log) and how each one's value reads (AuditFormat::kindOf).
#include "AuditFormat.h"
#include "AuditQuery.h"

namespace ketong {

namespace {
/// A field's own word on one kind of record (the same English word may read differently in Chinese:
/// 指派给 a sales opportunity, 分配给 a service request). The disambiguation is the entity.
struct OwnLabel
{
    const char* entity;
    const char* key;
    struct
    {
        const char* source;
        const char* comment;
    } text;
};

// clang-format off
const OwnLabel kOwnLabels[] = {
    {"dict_items", "type", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Category", "dict_items")},
    {"customers", "code", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Customer number", "customers")},
    {"customers", "name", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Name", "customers")},
    {"roles", "name", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Name", "roles")},
    {"customers", "level", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Customer level", "customers")},
    {"customers", "source", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Source", "customers")},
    {"contacts", "tel", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Office phone", "contacts")},
    {"activities", "description", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Details", "activities")},
    {"sales_chances", "source", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Source", "sales_chances")},
    {"sales_chances", "description", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Description", "sales_chances")},
    {"plan_items", "result", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Result", "plan_items")},
    {"lost_records", "reason", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Reason", "lost_records")},
    {"service_tickets", "type", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Service type", "service_tickets")},
    {"service_tickets", "assigned_to", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Assigned to", "service_tickets")},
    {"service_tickets", "assigned_at", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Assigned at", "service_tickets")},
    {"service_tickets", "result", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Result", "service_tickets")},
    {"feed_runs", "source", QT_TRANSLATE_NOOP3("ketong::AuditQuery", "Source", "feed_runs")},
};
// clang-format on
} // namespace

QString AuditQuery::fieldLabel(const QString& field, const QString& entity)
{
    for (const OwnLabel& l : kOwnLabels) {
        if (field == QLatin1String(l.key) && entity == QLatin1String(l.entity))
            return tr(l.text.source, l.text.comment);
    }
    struct Label
    {
        const char* key;
        const char* text;
    };
    // clang-format off
    static const Label generic[] = {
        // Every record
        {"id", QT_TR_NOOP("Record ID")},
        {"version", QT_TR_NOOP("Version")},
        {"created_at", QT_TR_NOOP("Created at")},
        {"created_by", QT_TR_NOOP("Created by")},
        {"updated_at", QT_TR_NOOP("Last changed at")},
        {"updated_by", QT_TR_NOOP("Changed by")},
        {"name", QT_TR_NOOP("Name")},
        {"title", QT_TR_NOOP("Summary")},
        {"description", QT_TR_NOOP("Description")},
        {"type", QT_TR_NOOP("Type")},
        {"status", QT_TR_NOOP("Status")},
        {"memo", QT_TR_NOOP("Memo")},
        {"result", QT_TR_NOOP("Result")},
        {"source", QT_TR_NOOP("Source")},
        {"reason", QT_TR_NOOP("Reason")},
        {"value", QT_TR_NOOP("Value")},
        {"key", QT_TR_NOOP("Setting")},
        {"code", QT_TR_NOOP("Number")},
        // Accounts and roles
        {"login", QT_TR_NOOP("Login")},
        {"role", QT_TR_NOOP("Role")},
        {"role_id", QT_TR_NOOP("Role")},
        {"must_change_password", QT_TR_NOOP("Must change password")},
        {"locked_until", QT_TR_NOOP("Locked until")},
        {"failed_logins", QT_TR_NOOP("Failed logins")},
        {"locked_minutes", QT_TR_NOOP("Locked for (minutes)")},
        {"last_login_at", QT_TR_NOOP("Last login")},
        {"password_changed_at", QT_TR_NOOP("Password changed at")},
        {"db_role", QT_TR_NOOP("Database login")},
        {"kind", QT_TR_NOOP("Kind")},
        {"enabled", QT_TR_NOOP("Usable")},
        {"builtin", QT_TR_NOOP("Built-in")},
        {"rights", QT_TR_NOOP("Rights")},
        // Dictionary
        {"item", QT_TR_NOOP("Entry")},
        {"editable", QT_TR_NOOP("Editable")},
        {"sort_order", QT_TR_NOOP("Sort order")},
        // Customers
        {"region", QT_TR_NOOP("Region")},
        {"manager_id", QT_TR_NOOP("Account manager")},
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
        {"licence_no", QT_TR_NOOP("Business licence no.")},
        {"legal_rep", QT_TR_NOOP("Legal representative")},
        {"registered_capital", QT_TR_NOOP("Registered capital")},
        {"turnover", QT_TR_NOOP("Annual turnover")},
        {"bank", QT_TR_NOOP("Bank")},
        {"bank_account", QT_TR_NOOP("Bank account")},
        {"local_tax_no", QT_TR_NOOP("Local tax no.")},
        {"national_tax_no", QT_TR_NOOP("National tax no.")},
        {"customer_type", QT_TR_NOOP("Customer type")},
        {"name_key", QT_TR_NOOP("Name for duplicate checks")},
        // Contacts and interactions
        {"customer_id", QT_TR_NOOP("Customer")},
        {"sex", QT_TR_NOOP("Sex")},
        {"position", QT_TR_NOOP("Position")},
        {"birthday", QT_TR_NOOP("Birthday")},
        {"activity_date", QT_TR_NOOP("Date")},
        {"place", QT_TR_NOOP("Place")},
        // Sales opportunities and plans
        {"customer_name", QT_TR_NOOP("Customer name")},
        {"rate", QT_TR_NOOP("Success rate")},
        {"contact", QT_TR_NOOP("Contact")},
        {"contact_tel", QT_TR_NOOP("Contact phone")},
        {"assigned_to", QT_TR_NOOP("Assigned to")},
        {"assigned_at", QT_TR_NOOP("Assigned at")},
        {"closed_at", QT_TR_NOOP("Closed at")},
        {"chance_id", QT_TR_NOOP("Sales opportunity")},
        {"plan_date", QT_TR_NOOP("Date")},
        {"todo", QT_TR_NOOP("Plan item")},
        // Churn
        {"last_order_date", QT_TR_NOOP("Last order")},
        {"reference_date", QT_TR_NOOP("Counted from")},
        {"detected_at", QT_TR_NOOP("Detected at")},
        {"job_run_id", QT_TR_NOOP("Churn scan run")},
        {"lost_date", QT_TR_NOOP("Churn confirmed on")},
        {"recovered_at", QT_TR_NOOP("Recovered on")},
        {"measure", QT_TR_NOOP("Measure")},
        // Services
        {"request", QT_TR_NOOP("Request")},
        {"handling", QT_TR_NOOP("Handling")},
        {"handled_by", QT_TR_NOOP("Handled by")},
        {"handled_at", QT_TR_NOOP("Handled at")},
        {"feedback_by", QT_TR_NOOP("Feedback by")},
        {"feedback_at", QT_TR_NOOP("Feedback at")},
        // Churn scans, the sales-system feed, settings
        {"job", QT_TR_NOOP("Job")},
        {"started_at", QT_TR_NOOP("Started at")},
        {"finished_at", QT_TR_NOOP("Finished at")},
        {"as_of", QT_TR_NOOP("As of")},
        {"months", QT_TR_NOOP("Months without orders")},
        {"flagged", QT_TR_NOOP("New warnings")},
        {"recovered", QT_TR_NOOP("Recovered customers")},
        {"open_count", QT_TR_NOOP("Open warnings")},
        {"duration_ms", QT_TR_NOOP("Duration")},
        {"message", QT_TR_NOOP("Message")},
        {"actor", QT_TR_NOOP("By")},
        {"dry_run", QT_TR_NOOP("Trial run")},
        {"counts", QT_TR_NOOP("Records")},
        {"errors", QT_TR_NOOP("Errors")},
        {"created", QT_TR_NOOP("New")},
        {"updated", QT_TR_NOOP("Changed")},
        {"unchanged", QT_TR_NOOP("Unchanged")},
        {"directory", QT_TR_NOOP("Folder")},
        {"everyDays", QT_TR_NOOP("Every (days)")},
        {"keep", QT_TR_NOOP("Backups kept")},
    };
    // clang-format on
    for (const Label& l : generic) {
        if (field == QLatin1String(l.key))
            return tr(l.text);
    }
    return field;
}

namespace AuditFormat {

Kind kindOf(const QString& entity, const QString& field)
{
    const auto is = [&](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            if (field == QLatin1String(key))
                return true;
        }
        return false;
    };
    if (is({"manager_id", "assigned_to", "created_by", "handled_by", "feedback_by"}))
        return Kind::Account;
    if (is({"status"}))
        return Kind::Status;
    if (is({"role_id"}))
        return Kind::Role;
    if (is({"role"}))
        return Kind::RoleName;
    if (is({"kind"}) && entity == QLatin1String("roles"))
        return Kind::RoleKind;
    if (is({"customer_id"}))
        return Kind::Customer;
    if (is({"level"}) && entity == QLatin1String("customers"))
        return Kind::Level;
    if (is({"must_change_password", "builtin", "editable", "dry_run", "enabled"}))
        return Kind::Flag;
    if (is({"satisfaction", "credit"}))
        return Kind::Stars;
    if (is({"rate"}))
        return Kind::Percent;
    if (is({"total", "price"}))
        return Kind::Fen;
    if (is({"registered_capital", "turnover"}))
        return Kind::TenThousand;
    if (field.endsWith(QLatin1String("_at")) || is({"locked_until"}))
        return Kind::Time;
    if (is({"duration_ms"}))
        return Kind::Duration;
    if (is({"sex"}))
        return Kind::Sex;
    if (is({"rights"}))
        return Kind::Rights;
    if (is({"result"}) && (entity == QLatin1String("job_runs") || entity == QLatin1String("feed_runs")))
        return Kind::RunResult;
    if (is({"counts"}))
        return Kind::Counts;
    return Kind::Text;
}

} // namespace AuditFormat
} // namespace ketong
