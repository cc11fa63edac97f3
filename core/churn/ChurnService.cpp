#include "ChurnService.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "customers/Customer.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QJsonObject>

namespace ketong {

ChurnService::ChurnService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QString ChurnService::statusLabel(LostStatus status)
{
    switch (status) {
    case LostStatus::Warning:
        return tr("Warning");
    case LostStatus::Delayed:
        return tr("Retention under way");
    case LostStatus::Lost:
        return tr("Lost");
    case LostStatus::Recovered:
        return tr("Recovered");
    case LostStatus::Closed:
        return tr("Closed (customer deleted)");
    }
    return {};
}

Result<ChurnScan::Outcome> ChurnService::scan(const QDate& asOf, int months)
{
    return ChurnScan(m_db, m_clock, m_session).run(asOf, months);
}

Result<ListQuery> ChurnService::listQuery(const ChurnFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::Churn); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ChurnService";
    q.from = QStringLiteral("lost_records r JOIN customers c ON c.id = r.customer_id "
                            "LEFT JOIN users u ON u.id = c.manager_id");
    q.id = QStringLiteral("r.id");
    const auto status = [](const QVariant& v) { return statusLabel(static_cast<LostStatus>(v.toInt())); };
    q.columns = {
        {QStringLiteral("id"),
         QStringLiteral("r.id"),
         QStringLiteral("r.id"),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "No."),
         ColumnFormat::Integer,
         {}},
        {QStringLiteral("customer"),
         QStringLiteral("c.name"),
         QStringLiteral("c.name"),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Customer"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("manager"),
         QStringLiteral("COALESCE(u.name, '')"),
         QStringLiteral("COALESCE(u.name, '')"),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Account manager"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("lastOrder"),
         QStringLiteral("r.last_order_date"),
         QStringLiteral("r.reference_date"),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Last order"),
         ColumnFormat::Date,
         {}},
        {QStringLiteral("lostDate"),
         QStringLiteral("r.lost_date"),
         QString(),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Confirmed lost"),
         ColumnFormat::DateTime,
         {}},
        {QStringLiteral("status"), QStringLiteral("r.status"), QStringLiteral("r.status"),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Status"), ColumnFormat::Custom, status},
        {QStringLiteral("measures"),
         QStringLiteral("(SELECT count(*) FROM lost_measures m WHERE m.lost_record_id = r.id)"),
         QString(),
         QT_TRANSLATE_NOOP("ketong::ChurnService", "Measures"),
         ColumnFormat::Integer,
         {}},
    };
    QStringList where;
    if (!AccessControl::seesAll(m_session)) {
        where << QStringLiteral("c.manager_id = :me");
        q.values.insert(QStringLiteral("me"), m_session.userId());
    }
    if (!filter.customer.trimmed().isEmpty()) {
        where << QStringLiteral("(%1 OR %2)")
                     .arg(m_db.dialect().containsClause(QStringLiteral("c.name"), QStringLiteral(":customer")),
                          m_db.dialect().containsClause(QStringLiteral("c.code"), QStringLiteral(":customer")));
        q.values.insert(QStringLiteral("customer"), SqlDialect::likePattern(filter.customer.trimmed()));
    }
    if (!filter.manager.trimmed().isEmpty()) {
        where << m_db.dialect().containsClause(QStringLiteral("COALESCE(u.name, '')"), QStringLiteral(":manager"));
        q.values.insert(QStringLiteral("manager"), SqlDialect::likePattern(filter.manager.trimmed()));
    }
    if (filter.status) {
        where << QStringLiteral("r.status = :status");
        q.values.insert(QStringLiteral("status"), static_cast<int>(*filter.status));
    }
    q.where = where.join(QStringLiteral(" AND "));
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

Result<LostRecord> ChurnService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Churn); !s)
        return s.error();
    const QSqlDatabase c = m_db.connection();
    SqlQuery q(c);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.customer_id, c.code, c.name, c.manager_id, COALESCE(u.name, ''), r.last_order_date, "
        "r.reference_date, r.detected_at, r.status, r.lost_date, r.reason, r.recovered_at, r.version, c.status "
        "FROM lost_records r JOIN customers c ON c.id = r.customer_id LEFT JOIN users u ON u.id = c.manager_id "
        "WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The churn record does not exist"));
    LostRecord r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerCode = q.value(2).toString();
    r.customerName = q.value(3).toString();
    r.managerId = q.value(4).toLongLong();
    r.managerName = q.value(5).toString();
    r.lastOrderDate = SqlValue::toDate(q.value(6));
    r.referenceDate = SqlValue::toDate(q.value(7));
    r.detectedAt = SqlValue::toDateTime(q.value(8));
    r.status = static_cast<LostStatus>(q.value(9).toInt());
    r.lostDate = SqlValue::toDateTime(q.value(10));
    r.reason = q.value(11).toString();
    r.recoveredAt = SqlValue::toDateTime(q.value(12));
    r.version = q.value(13).toInt();
    r.customerDeleted = q.value(14).toInt() == int(CustomerStatus::Deleted);
    q.finish();
    if (!AccessControl::seesAll(m_session) && r.managerId != m_session.userId())
        return Error(ErrorCode::Forbidden, tr("This churn record belongs to a customer of another account manager"));
    SqlQuery m(c);
    m.prepare(
        QStringLiteral("SELECT m.id, m.measure, COALESCE(u.name, ''), m.created_at FROM lost_measures m LEFT JOIN "
                       "users u ON u.id = m.created_by WHERE m.lost_record_id = :id ORDER BY m.created_at, m.id"));
    m.bind(QStringLiteral(":id"), id);
    if (auto s = m.exec(); !s)
        return s.error();
    while (m.next())
        r.measures.append(
            {m.value(0).toLongLong(), m.value(1).toString(), m.value(2).toString(), SqlValue::toDateTime(m.value(3))});
    return r;
}

Result<LostRecord> ChurnService::loadForAction(const QSqlDatabase& c, qint64 id, int version) const
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT r.status, r.version, c.manager_id, c.name, r.customer_id, c.status FROM "
                             "lost_records r JOIN customers c ON c.id = r.customer_id WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The churn record does not exist"));
    LostRecord r;
    r.id = id;
    r.status = static_cast<LostStatus>(q.value(0).toInt());
    r.version = q.value(1).toInt();
    r.managerId = q.value(2).toLongLong();
    r.customerName = q.value(3).toString();
    r.customerId = q.value(4).toLongLong();
    r.customerDeleted = q.value(5).toInt() == int(CustomerStatus::Deleted);
    q.finish();
    if (r.version != version)
        return staleRecordError(c, QStringLiteral("lost_records"), id,
                                tr("The churn record of %1").arg(r.customerName));
    return r;
}

Status ChurnService::canAct(const LostRecord& record, const QString& action) const
{
    if (auto s = AccessControl::requireKind(m_session, Rights::Churn, {RoleKind::Manager}, action); !s)
        return s;
    if (auto s =
            AccessControl::requireOwner(m_session, record.managerId, tr("The customer %1").arg(record.customerName));
        !s)
        return s;
    if (record.customerDeleted)
        return Error(ErrorCode::StateRefused, tr("The customer %1 has been deleted").arg(record.customerName));
    return {};
}

Status ChurnService::canDelay(const LostRecord& record) const
{
    if (auto s = canAct(record, tr("record retention measures")); !s)
        return s;
    if (record.status != LostStatus::Warning && record.status != LostStatus::Delayed)
        return Error(ErrorCode::StateRefused,
                     tr("Measures can be added only to a warning or a retention under way; this record is \"%1\"")
                         .arg(statusLabel(record.status)));
    return {};
}

Status ChurnService::canConfirm(const LostRecord& record) const
{
    if (auto s = canAct(record, tr("confirm a customer loss")); !s)
        return s;
    if (record.status != LostStatus::Delayed)
        return Error(ErrorCode::StateRefused,
                     tr("A loss can be confirmed only after a retention measure (暂缓流失); this record is \"%1\"")
                         .arg(statusLabel(record.status)));
    return {};
}

Status ChurnService::delay(qint64 id, const QString& measureText, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Churn); !s)
        return s;
    const QString measure = measureText.trimmed();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto record = loadForAction(tx.connection(), id, version);
    if (!record)
        return record.error();
    if (auto s = canDelay(*record); !s)
        return s;
    if (auto e = Validation::text(measure, 2000, QStringLiteral("measure"), tr("The retention measure"), true))
        return *e;
    auto added =
        SqlQuery::run(tx.connection(),
                      QStringLiteral("INSERT INTO lost_measures (lost_record_id, measure, created_by, created_at) "
                                     "VALUES (:id, :measure, :by, :now)"),
                      {{QStringLiteral("id"), id},
                       {QStringLiteral("measure"), measure},
                       {QStringLiteral("by"), m_session.userId()},
                       {QStringLiteral("now"), now}});
    if (!added)
        return added.error();
    auto updated =
        SqlQuery::run(tx.connection(),
                      QStringLiteral("UPDATE lost_records SET status = 2, version = version + 1, updated_at = "
                                     ":now, updated_by = :by WHERE id = :id AND version = :version"),
                      {{QStringLiteral("now"), now},
                       {QStringLiteral("by"), m_session.actor()},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version}});
    if (!updated)
        return updated.error();
    if (*updated == 0)
        return staleRecordError(tx.connection(), QStringLiteral("lost_records"), id,
                                tr("The churn record of %1").arg(record->customerName));
    const AuditLog::Entry entry{QStringLiteral("delay"), QStringLiteral("lost_records"), QString::number(id),
                                QJsonObject{{QStringLiteral("status"), static_cast<int>(record->status)}},
                                QJsonObject{{QStringLiteral("status"), 2}, {QStringLiteral("measure"), measure}}};
    if (auto s = AuditLog::append(tx.connection(), m_session, now, entry); !s)
        return s;
    return tx.commit();
}

Status ChurnService::confirm(qint64 id, const QString& reasonText, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Churn); !s)
        return s;
    const QString reason = reasonText.trimmed();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto record = loadForAction(tx.connection(), id, version);
    if (!record)
        return record.error();
    if (auto s = canConfirm(*record); !s)
        return s;
    if (auto e = Validation::text(reason, 2000, QStringLiteral("reason"), tr("The reason of the loss"), true))
        return *e;
    auto updated =
        SqlQuery::run(tx.connection(),
                      QStringLiteral("UPDATE lost_records SET status = 3, lost_date = :now, reason = :reason, "
                                     "version = version + 1, updated_at = :now, updated_by = :by "
                                     "WHERE id = :id AND version = :version"),
                      {{QStringLiteral("now"), now},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("by"), m_session.actor()},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version}});
    if (!updated)
        return updated.error();
    if (*updated == 0)
        return staleRecordError(tx.connection(), QStringLiteral("lost_records"), id,
                                tr("The churn record of %1").arg(record->customerName));
    auto customer = SqlQuery::run(tx.connection(),
                                  QStringLiteral("UPDATE customers SET status = 2, version = version + 1, updated_at = "
                                                 ":now, updated_by = :by WHERE id = :id AND status = 1"),
                                  {{QStringLiteral("now"), now},
                                   {QStringLiteral("by"), m_session.actor()},
                                   {QStringLiteral("id"), record->customerId}});
    if (!customer)
        return customer.error();
    if (*customer == 0)
        return Error(ErrorCode::StateRefused, tr("The customer %1 is no longer active").arg(record->customerName));
    const QString rid = QString::number(id);
    if (auto s = AuditLog::append(tx.connection(), m_session, now,
                                  {QStringLiteral("confirm"), QStringLiteral("lost_records"), rid,
                                   QJsonObject{{QStringLiteral("status"), 2}},
                                   QJsonObject{{QStringLiteral("status"), 3}, {QStringLiteral("reason"), reason}}});
        !s)
        return s;
    if (auto s = AuditLog::append(tx.connection(), m_session, now,
                                  {QStringLiteral("status"), QStringLiteral("customers"),
                                   QString::number(record->customerId), QJsonObject{{QStringLiteral("status"), 1}},
                                   QJsonObject{{QStringLiteral("status"), 2}}});
        !s)
        return s;
    return tx.commit();
}

Result<int> ChurnService::openCount() const
{
    if (!m_session.has(Rights::Churn))
        return 0;
    const bool all = AccessControl::seesAll(m_session);
    auto count = SqlQuery::scalar(
        m_db.connection(),
        QStringLiteral("SELECT count(*) FROM lost_records r JOIN customers c ON c.id = r.customer_id WHERE r.status "
                       "IN (1, 2)") +
            (all ? QString() : QStringLiteral(" AND c.manager_id = :me")),
        all ? QVariantMap() : QVariantMap{{QStringLiteral("me"), m_session.userId()}});
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace ketong
