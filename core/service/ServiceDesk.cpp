#include "ServiceDesk.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "basedata/Dictionary.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "setup/ReferenceData.h"

#include <QJsonObject>

namespace ketong {

struct ServiceDesk::Current
{
    qint64 id = 0;
    TicketStatus status = TicketStatus::New;
    int version = 0;
    qint64 createdBy = 0;
    qint64 assignedTo = 0;
    qint64 handledBy = 0;
    QString title;
    int rounds = 0;
};

ServiceDesk::ServiceDesk(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QString ServiceDesk::statusLabel(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return tr("New");
    case TicketStatus::Assigned:
        return tr("Assigned");
    case TicketStatus::Handled:
        return tr("Handled");
    case TicketStatus::FedBack:
        return tr("Fed back");
    case TicketStatus::Archived:
        return tr("Archived");
    }
    return {};
}

Status ServiceDesk::validate(const TicketInput& in) const
{
    if (auto e = Validation::required(in.type, QStringLiteral("type"), tr("The service type")))
        return *e;
    auto type = Dictionary::resolve(m_db, DictType::ServiceType, in.type);
    if (!type)
        return type.error();
    if (!type->has_value() || (*type)->value != in.type)
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a service type of the dictionary").arg(in.type),
                     QStringLiteral("type"));
    if (auto e = Validation::text(in.title.trimmed(), 500, QStringLiteral("title"), tr("The summary"), true))
        return *e;
    if (auto e = Validation::text(in.request.trimmed(), 3000, QStringLiteral("request"), tr("The request"), true))
        return *e;
    if (in.customerId <= 0)
        return Error(ErrorCode::Required, tr("Choose the customer"), QStringLiteral("customer"));
    auto status = SqlQuery::scalar(m_db.connection(), QStringLiteral("SELECT status FROM customers WHERE id = :id"),
                                   {{QStringLiteral("id"), in.customerId}});
    if (!status)
        return status.error();
    if (status->isNull() || status->toInt() != 1)
        return Error(ErrorCode::Invalid, tr("Services are created only for active (正常) customers"),
                     QStringLiteral("customer"));
    return {};
}

Result<qint64> ServiceDesk::create(const TicketInput& in)
{
    if (auto s = AccessControl::require(m_session, Rights::ServiceCreate); !s)
        return s.error();
    if (auto s = validate(in); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = SqlQuery::scalar(tx.connection(),
                               QStringLiteral("INSERT INTO service_tickets (type, title, customer_id, status, request, "
                                              "created_by, created_at, updated_at, updated_by) VALUES (:type, :title, "
                                              ":customer, 1, :request, :by, :now, :now, :actor) RETURNING id"),
                               {{QStringLiteral("type"), in.type},
                                {QStringLiteral("title"), in.title.trimmed()},
                                {QStringLiteral("customer"), in.customerId},
                                {QStringLiteral("request"), in.request.trimmed()},
                                {QStringLiteral("by"), m_session.actorId()},
                                {QStringLiteral("now"), now},
                                {QStringLiteral("actor"), m_session.actor()}});
    if (!id)
        return id.error();
    const QJsonObject after{{QStringLiteral("type"), in.type},
                            {QStringLiteral("title"), in.title.trimmed()},
                            {QStringLiteral("customer_id"), in.customerId},
                            {QStringLiteral("status"), 1}};
    if (auto s =
            AuditLog::append(tx.connection(), m_session, now,
                             {QStringLiteral("create"), QStringLiteral("service_tickets"), id->toString(), {}, after});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Result<ServiceDesk::Current> ServiceDesk::current(const QSqlDatabase& c, qint64 id, int version) const
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT status, version, created_by, COALESCE(assigned_to, 0), COALESCE(handled_by, 0), "
                             "title, (SELECT count(*) FROM service_rounds r WHERE r.ticket_id = t.id) FROM "
                             "service_tickets t WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The service request does not exist"));
    Current row{id,
                static_cast<TicketStatus>(q.value(0).toInt()),
                q.value(1).toInt(),
                q.value(2).toLongLong(),
                q.value(3).toLongLong(),
                q.value(4).toLongLong(),
                q.value(5).toString(),
                q.value(6).toInt()};
    q.finish();
    if (row.version != version)
        return staleRecordError(c, QStringLiteral("service_tickets"), id, tr("The service \"%1\"").arg(row.title));
    return row;
}

Status ServiceDesk::writeStatus(const QSqlDatabase& c, const Current& row, const QString& action, const QString& setSql,
                                const QVariantMap& values, const QJsonObject& after)
{
    const QDateTime now = m_clock.now();
    QVariantMap all = values;
    all.insert(QStringLiteral("now"), now);
    all.insert(QStringLiteral("actor"), m_session.actor());
    all.insert(QStringLiteral("id"), row.id);
    all.insert(QStringLiteral("version"), row.version);
    auto changed =
        SqlQuery::run(c,
                      QStringLiteral("UPDATE service_tickets SET %1, version = version + 1, updated_at = :now, "
                                     "updated_by = :actor WHERE id = :id AND version = :version")
                          .arg(setSql),
                      all);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(c, QStringLiteral("service_tickets"), row.id, tr("The service \"%1\"").arg(row.title));
    const QJsonObject before{{QStringLiteral("status"), static_cast<int>(row.status)}};
    return AuditLog::append(c, m_session, now,
                            {action, QStringLiteral("service_tickets"), QString::number(row.id), before, after});
}

Status ServiceDesk::edit(qint64 id, const TicketInput& in, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::ServiceCreate); !s)
        return s;
    if (auto s = validate(in); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = current(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (row->createdBy != m_session.userId() && !m_session.isSystem())
        return Error(ErrorCode::Forbidden, tr("Only the creator of a service request may change it"));
    if (row->status != TicketStatus::New)
        return Error(ErrorCode::StateRefused,
                     tr("Only a new service request can be changed; this one is \"%1\"").arg(statusLabel(row->status)));
    const QJsonObject after{{QStringLiteral("type"), in.type},
                            {QStringLiteral("title"), in.title.trimmed()},
                            {QStringLiteral("customer_id"), in.customerId},
                            {QStringLiteral("request"), in.request.trimmed()}};
    if (auto s =
            writeStatus(tx.connection(), *row, QStringLiteral("update"),
                        QStringLiteral("type = :type, title = :title, customer_id = :customer, request = :request"),
                        {{QStringLiteral("type"), in.type},
                         {QStringLiteral("title"), in.title.trimmed()},
                         {QStringLiteral("customer"), in.customerId},
                         {QStringLiteral("request"), in.request.trimmed()}},
                        after);
        !s)
        return s;
    return tx.commit();
}

Status ServiceDesk::remove(qint64 id, int version)
{
    const bool director = m_session.kind() == RoleKind::Director && m_session.has(Rights::ServiceAssign);
    if (!director) {
        if (auto s = AccessControl::require(m_session, Rights::ServiceCreate); !s)
            return s;
    }
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = current(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (!director && !m_session.isSystem() && row->createdBy != m_session.userId())
        return Error(ErrorCode::Forbidden,
                     tr("Only the creator of a service request or the sales director may delete it"));
    if (row->status != TicketStatus::New)
        return Error(ErrorCode::StateRefused,
                     tr("Only a new service request can be deleted; this one is \"%1\"").arg(statusLabel(row->status)));
    auto deleted = SqlQuery::run(tx.connection(),
                                 QStringLiteral("DELETE FROM service_tickets WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!deleted)
        return deleted.error();
    if (auto s = AuditLog::append(tx.connection(), m_session, now,
                                  {QStringLiteral("delete"),
                                   QStringLiteral("service_tickets"),
                                   QString::number(id),
                                   QJsonObject{{QStringLiteral("title"), row->title}, {QStringLiteral("status"), 1}},
                                   {}});
        !s)
        return s;
    return tx.commit();
}

Status ServiceDesk::assign(qint64 id, qint64 managerId, int version)
{
    if (auto s = AccessControl::requireKind(m_session, Rights::ServiceAssign, {RoleKind::Director},
                                            tr("assign service requests"));
        !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto manager =
        SqlQuery::scalar(tx.connection(),
                         QStringLiteral("SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id WHERE "
                                        "u.id = :id AND u.status = 1 AND r.kind = 'manager'"),
                         {{QStringLiteral("id"), managerId}});
    if (!manager)
        return manager.error();
    if (manager->toInt() != 1)
        return Error(ErrorCode::Invalid, tr("Choose an active account manager"), QStringLiteral("assignedTo"));
    auto row = current(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (row->status != TicketStatus::New)
        return Error(
            ErrorCode::StateRefused,
            tr("Only a new service request can be assigned; this one is \"%1\"").arg(statusLabel(row->status)));
    if (auto s = writeStatus(tx.connection(), *row, QStringLiteral("assign"),
                             QStringLiteral("status = 2, assigned_to = :manager, assigned_at = :now"),
                             {{QStringLiteral("manager"), managerId}},
                             QJsonObject{{QStringLiteral("status"), 2}, {QStringLiteral("assigned_to"), managerId}});
        !s)
        return s;
    return tx.commit();
}

Status ServiceDesk::handle(qint64 id, const QString& text, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::ServiceHandle); !s)
        return s;
    const QString handling = text.trimmed();
    if (auto e = Validation::text(handling, 3000, QStringLiteral("handling"), tr("The handling"), true))
        return *e;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = current(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (row->assignedTo != m_session.userId() && !m_session.isSystem())
        return Error(ErrorCode::Forbidden, tr("Only the account manager it is assigned to may handle this service"));
    if (row->status != TicketStatus::Assigned)
        return Error(
            ErrorCode::StateRefused,
            tr("Only an assigned service request can be handled; this one is \"%1\"").arg(statusLabel(row->status)));
    auto round = SqlQuery::run(tx.connection(),
                               QStringLiteral("INSERT INTO service_rounds (ticket_id, round, handling, handled_by, "
                                              "handled_at) VALUES (:id, :round, :handling, :by, :now)"),
                               {{QStringLiteral("id"), id},
                                {QStringLiteral("round"), row->rounds + 1},
                                {QStringLiteral("handling"), handling},
                                {QStringLiteral("by"), m_session.actorId()},
                                {QStringLiteral("now"), now}});
    if (!round)
        return round.error();
    if (auto s = writeStatus(tx.connection(), *row, QStringLiteral("handle"),
                             QStringLiteral("status = 3, handling = :handling, handled_by = :by, handled_at = :now, "
                                            "result = '', satisfaction = NULL, feedback_by = NULL, feedback_at = NULL"),
                             {{QStringLiteral("handling"), handling}, {QStringLiteral("by"), m_session.actorId()}},
                             QJsonObject{{QStringLiteral("status"), 3}, {QStringLiteral("handling"), handling}});
        !s)
        return s;
    return tx.commit();
}

Result<TicketStatus> ServiceDesk::feedback(qint64 id, const QString& text, int satisfaction, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::ServiceFeedback); !s)
        return s.error();
    const QString result = text.trimmed();
    if (auto e = Validation::text(result, 500, QStringLiteral("result"), tr("The result"), true))
        return *e;
    if (auto e = Validation::intRange(satisfaction, 1, 5, QStringLiteral("satisfaction"), tr("The satisfaction")))
        return *e;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto row = current(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (!m_session.isSystem() && row->createdBy != m_session.userId() && row->handledBy != m_session.userId())
        return Error(ErrorCode::Forbidden, tr("Only the creator or the handler of a service may give its feedback"));
    if (row->status != TicketStatus::Handled)
        return Error(ErrorCode::StateRefused,
                     tr("Feedback is given on a handled service; this one is \"%1\"").arg(statusLabel(row->status)));
    // SPEC §9 item 2: satisfied (≥ 3) archives; otherwise back to the same handler.
    const TicketStatus next = satisfaction >= 3 ? TicketStatus::Archived : TicketStatus::Assigned;
    auto roundUpdated = SqlQuery::run(tx.connection(),
                                      QStringLiteral("UPDATE service_rounds SET result = :result, satisfaction = :sat, "
                                                     "feedback_by = :by, feedback_at = :now WHERE ticket_id = :id AND "
                                                     "round = :round"),
                                      {{QStringLiteral("result"), result},
                                       {QStringLiteral("sat"), satisfaction},
                                       {QStringLiteral("by"), m_session.actorId()},
                                       {QStringLiteral("now"), now},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("round"), row->rounds}});
    if (!roundUpdated)
        return roundUpdated.error();
    if (auto s = writeStatus(tx.connection(), *row, QStringLiteral("feedback"),
                             QStringLiteral("status = :next, result = :result, satisfaction = :sat, feedback_by = :by, "
                                            "feedback_at = :now"),
                             {{QStringLiteral("next"), static_cast<int>(next)},
                              {QStringLiteral("result"), result},
                              {QStringLiteral("sat"), satisfaction},
                              {QStringLiteral("by"), m_session.actorId()}},
                             QJsonObject{{QStringLiteral("status"), static_cast<int>(next)},
                                         {QStringLiteral("result"), result},
                                         {QStringLiteral("satisfaction"), satisfaction}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return next;
}

} // namespace ketong
