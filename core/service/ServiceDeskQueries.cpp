// ServiceDesk's reads: one ticket with its rounds, the stage lists, the waiting counts.
#include "ServiceDesk.h"

#include "auth/AccessControl.h"
#include "customers/CustomerRules.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

namespace ketong {

namespace {
QLatin1String rightOf(ServiceDesk::Stage stage)
{
    switch (stage) {
    case ServiceDesk::Stage::Assign:
        return Rights::ServiceAssign;
    case ServiceDesk::Stage::Handle:
        return Rights::ServiceHandle;
    case ServiceDesk::Stage::Feedback:
        return Rights::ServiceFeedback;
    case ServiceDesk::Stage::Archive:
        return Rights::ServiceArchive;
    case ServiceDesk::Stage::Create:
        return Rights::ServiceCreate;
    }
    return Rights::ServiceArchive;
}

/// The stage's rows for the session: (where fragment, values).
std::pair<QString, QVariantMap> stageScope(ServiceDesk::Stage stage, const Session& session)
{
    const QVariantMap me{{QStringLiteral("me"), session.userId()}};
    switch (stage) {
    case ServiceDesk::Stage::Assign:
        return {QStringLiteral("t.status = 1"), {}};
    case ServiceDesk::Stage::Handle:
        if (session.isSystem())
            return {QStringLiteral("t.status = 2"), {}};
        return {QStringLiteral("t.status = 2 AND t.assigned_to = :me"), me};
    case ServiceDesk::Stage::Feedback:
        if (session.isSystem())
            return {QStringLiteral("t.status = 3"), {}};
        return {QStringLiteral("t.status = 3 AND (t.created_by = :me OR t.handled_by = :me)"), me};
    case ServiceDesk::Stage::Archive:
        return {QString(), {}};
    case ServiceDesk::Stage::Create:
        if (session.isSystem())
            return {QStringLiteral("t.status = 1"), {}};
        return {QStringLiteral("t.status = 1 AND t.created_by = :me"), me};
    }
    return {};
}
} // namespace

Result<QList<std::pair<qint64, QString>>> ServiceDesk::assignees() const
{
    if (auto s = AccessControl::require(m_session, Rights::ServiceAssign); !s)
        return s.error();
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    QList<std::pair<qint64, QString>> out;
    for (const CustomerRules::Account& a : rules->activeManagers())
        out.append({a.id, a.name});
    return out;
}

Result<ServiceTicket> ServiceDesk::load(qint64 id) const
{
    const bool any = m_session.has(Rights::ServiceArchive) || m_session.has(Rights::ServiceAssign) ||
                     m_session.has(Rights::ServiceHandle) || m_session.has(Rights::ServiceFeedback);
    if (!any && !m_session.has(Rights::ServiceCreate))
        return AccessControl::missingRight(Rights::ServiceArchive);
    const QSqlDatabase c = m_db.connection();
    SqlQuery q(c);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.type, t.title, t.customer_id, c.name, t.request, t.status, t.created_by, COALESCE(cu.name, "
        "''), "
        "t.created_at, COALESCE(t.assigned_to, 0), COALESCE(au.name, ''), t.assigned_at, t.version "
        "FROM service_tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN users cu ON cu.id = t.created_by "
        "LEFT JOIN users au ON au.id = t.assigned_to WHERE t.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The service request does not exist"));
    ServiceTicket t;
    t.id = q.value(0).toLongLong();
    t.type = q.value(1).toString();
    t.title = q.value(2).toString();
    t.customerId = q.value(3).toLongLong();
    t.customerName = q.value(4).toString();
    t.request = q.value(5).toString();
    t.status = static_cast<TicketStatus>(q.value(6).toInt());
    t.createdBy = q.value(7).toLongLong();
    t.createdByName = q.value(8).toString();
    t.createdAt = SqlValue::toDateTime(q.value(9));
    t.assignedTo = q.value(10).toLongLong();
    t.assignedToName = q.value(11).toString();
    t.assignedAt = SqlValue::toDateTime(q.value(12));
    t.version = q.value(13).toInt();
    q.finish();
    // 服务创建 alone reads only the session's own tickets (to edit or delete them while new).
    if (!any && !m_session.isSystem() && t.createdBy != m_session.userId())
        return Error(ErrorCode::Forbidden, tr("Only the creator of this service request may open it"));
    SqlQuery r(c);
    r.prepare(QStringLiteral("SELECT r.round, r.handling, COALESCE(h.name, ''), r.handled_at, r.result, "
                             "COALESCE(r.satisfaction, 0), COALESCE(f.name, ''), r.feedback_at FROM service_rounds r "
                             "LEFT JOIN users h ON h.id = r.handled_by LEFT JOIN users f ON f.id = r.feedback_by "
                             "WHERE r.ticket_id = :id ORDER BY r.round"));
    r.bind(QStringLiteral(":id"), id);
    if (auto s = r.exec(); !s)
        return s.error();
    while (r.next())
        t.rounds.append({r.value(0).toInt(), r.value(1).toString(), r.value(2).toString(),
                         SqlValue::toDateTime(r.value(3)), r.value(4).toString(), r.value(5).toInt(),
                         r.value(6).toString(), SqlValue::toDateTime(r.value(7))});
    return t;
}

Result<ListQuery> ServiceDesk::listQuery(Stage stage, const TicketFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, rightOf(stage)); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ServiceDesk";
    q.from = QStringLiteral("service_tickets t JOIN customers c ON c.id = t.customer_id "
                            "LEFT JOIN users cu ON cu.id = t.created_by LEFT JOIN users au ON au.id = t.assigned_to");
    q.id = QStringLiteral("t.id");
    const auto status = [](const QVariant& v) { return statusLabel(static_cast<TicketStatus>(v.toInt())); };
    q.columns = {
        {QStringLiteral("id"),
         QStringLiteral("t.id"),
         QStringLiteral("t.id"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "No."),
         ColumnFormat::Integer,
         {}},
        {QStringLiteral("customer"),
         QStringLiteral("c.name"),
         QStringLiteral("c.name"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Customer"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("title"),
         QStringLiteral("t.title"),
         QStringLiteral("t.title"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Summary"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("type"),
         QStringLiteral("t.type"),
         QStringLiteral("t.type"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Service type"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("createdBy"),
         QStringLiteral("COALESCE(cu.name, '')"),
         QStringLiteral("COALESCE(cu.name, '')"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Created by"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("createdAt"),
         QStringLiteral("t.created_at"),
         QStringLiteral("t.created_at"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Created"),
         ColumnFormat::DateTime,
         {}},
        {QStringLiteral("assignedTo"),
         QStringLiteral("COALESCE(au.name, '')"),
         QStringLiteral("COALESCE(au.name, '')"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Assigned to"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("status"), QStringLiteral("t.status"), QStringLiteral("t.status"),
         QT_TRANSLATE_NOOP("ketong::ServiceDesk", "Status"), ColumnFormat::Custom, status},
    };
    if (stage == Stage::Create) { // the creator's own new tickets: nobody assigned, the status always 新创建
        q.columns.removeIf([](const ListColumn& c) {
            return c.key == QLatin1String("createdBy") || c.key == QLatin1String("assignedTo") ||
                   c.key == QLatin1String("status");
        });
    }
    auto [scope, values] = stageScope(stage, m_session);
    QStringList where;
    if (!scope.isEmpty())
        where << scope;
    q.values = values;
    const SqlDialect& d = m_db.dialect();
    if (!filter.customer.trimmed().isEmpty()) {
        where << d.containsClause(QStringLiteral("c.name"), QStringLiteral(":customer"));
        q.values.insert(QStringLiteral("customer"), SqlDialect::likePattern(filter.customer.trimmed()));
    }
    if (!filter.title.trimmed().isEmpty()) {
        where << d.containsClause(QStringLiteral("t.title"), QStringLiteral(":title"));
        q.values.insert(QStringLiteral("title"), SqlDialect::likePattern(filter.title.trimmed()));
    }
    if (!filter.type.isEmpty()) {
        where << QStringLiteral("t.type = :type");
        q.values.insert(QStringLiteral("type"), filter.type);
    }
    if (filter.createdFrom.isValid()) {
        where << QStringLiteral("t.created_at >= :from");
        q.values.insert(QStringLiteral("from"), QDateTime(filter.createdFrom, QTime(0, 0), Qt::LocalTime).toUTC());
    }
    if (filter.createdTo.isValid()) {
        where << QStringLiteral("t.created_at < :to");
        q.values.insert(QStringLiteral("to"),
                        QDateTime(filter.createdTo.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC());
    }
    if (stage == Stage::Archive && filter.status) {
        where << QStringLiteral("t.status = :status");
        q.values.insert(QStringLiteral("status"), static_cast<int>(*filter.status));
    }
    q.where = where.join(QStringLiteral(" AND "));
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

Result<int> ServiceDesk::waitingCount(Stage stage) const
{
    if (!m_session.has(rightOf(stage)))
        return 0;
    auto [scope, values] = stageScope(stage, m_session);
    if (stage == Stage::Archive || stage == Stage::Create)
        return 0; // no badge: nothing waits for the session there
    auto count = SqlQuery::scalar(m_db.connection(),
                                  QStringLiteral("SELECT count(*) FROM service_tickets t WHERE ") + scope, values);
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace ketong
