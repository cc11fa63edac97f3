#include "ActivityService.h"

#include "CustomerService.h"
#include "CustomerStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

namespace ketong {

ActivityService::ActivityService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QJsonObject ActivityService::toJson(const Activity& a)
{
    return {{QStringLiteral("customer_id"), a.customerId},
            {QStringLiteral("activity_date"), a.date.toString(Qt::ISODate)},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("description"), a.description},
            {QStringLiteral("memo"), a.memo}};
}

Result<Activity> ActivityService::validated(Activity a)
{
    for (QString* text : {&a.place, &a.title, &a.description, &a.memo})
        *text = text->trimmed();
    if (!a.date.isValid())
        return Error(ErrorCode::Required, tr("Date is required"), QStringLiteral("date"));
    if (auto e = Validation::text(a.place, 200, QStringLiteral("place"), tr("Place"), true))
        return *e;
    if (auto e = Validation::text(a.title, 500, QStringLiteral("title"), tr("Summary"), true))
        return *e;
    if (auto e = Validation::maxLength(a.description, 2000, QStringLiteral("description"), tr("Details")))
        return *e;
    if (auto e = Validation::maxLength(a.memo, 300, QStringLiteral("memo"), tr("Memo")))
        return *e;
    return a;
}

Status ActivityService::checkCustomer(const QSqlDatabase& connection, qint64 customerId) const
{
    auto customer = CustomerStore::load(connection, customerId);
    if (!customer)
        return customer.error();
    return CustomerService::checkEditable(m_session, *customer);
}

Result<qint64> ActivityService::create(const Activity& activity)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s.error();
    auto a = validated(activity);
    if (!a)
        return a.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkCustomer(tx.connection(), a->customerId); !s)
        return s.error();
    auto id = SqlQuery::scalar(tx.connection(),
                               QStringLiteral("INSERT INTO activities (customer_id, activity_date, place, title, "
                                              "description, memo, created_by, created_at, updated_at, updated_by) "
                                              "VALUES (:c, :d, :place, :title, :desc, :memo, :by_id, :now, :now, :by) "
                                              "RETURNING id"),
                               {{QStringLiteral("c"), a->customerId},
                                {QStringLiteral("d"), a->date},
                                {QStringLiteral("place"), a->place},
                                {QStringLiteral("title"), a->title},
                                {QStringLiteral("desc"), a->description},
                                {QStringLiteral("memo"), a->memo},
                                {QStringLiteral("by_id"), m_session.actorId()},
                                {QStringLiteral("now"), now},
                                {QStringLiteral("by"), m_session.actor()}});
    if (!id)
        return id.error();
    if (auto s =
            AuditLog::append(tx.connection(), m_session, now,
                             {QStringLiteral("create"), QStringLiteral("activities"), id->toString(), {}, toJson(*a)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status ActivityService::update(const Activity& activity)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s;
    auto a = validated(activity);
    if (!a)
        return a.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stored = loadOn(tx.connection(), a->id);
    if (!stored)
        return stored.error();
    a->customerId = stored->customerId;
    if (auto s = checkCustomer(tx.connection(), stored->customerId); !s)
        return s;
    auto changed = SqlQuery::run(tx.connection(),
                                 QStringLiteral("UPDATE activities SET activity_date = :d, place = :place, title = "
                                                ":title, description = :desc, memo = :memo, version = version + 1, "
                                                "updated_at = :now, updated_by = :by WHERE id = :id AND version = "
                                                ":version"),
                                 {{QStringLiteral("d"), a->date},
                                  {QStringLiteral("place"), a->place},
                                  {QStringLiteral("title"), a->title},
                                  {QStringLiteral("desc"), a->description},
                                  {QStringLiteral("memo"), a->memo},
                                  {QStringLiteral("now"), now},
                                  {QStringLiteral("by"), m_session.actor()},
                                  {QStringLiteral("id"), a->id},
                                  {QStringLiteral("version"), a->version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(tx.connection(), QStringLiteral("activities"), a->id,
                                tr("The record \"%1\"").arg(stored->title));
    const auto [before, after] = AuditLog::diff(toJson(*stored), toJson(*a));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("update"), QStringLiteral("activities"), QString::number(a->id), before, after});
        !s)
        return s;
    return tx.commit();
}

Status ActivityService::remove(qint64 id, int version)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stored = loadOn(tx.connection(), id);
    if (!stored)
        return stored.error();
    if (auto s = checkCustomer(tx.connection(), stored->customerId); !s)
        return s;
    auto removed =
        SqlQuery::run(tx.connection(), QStringLiteral("DELETE FROM activities WHERE id = :id AND version = :version"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return staleRecordError(tx.connection(), QStringLiteral("activities"), id,
                                tr("The record \"%1\"").arg(stored->title));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("delete"), QStringLiteral("activities"), QString::number(id), toJson(*stored), {}});
        !s)
        return s;
    return tx.commit();
}

Result<Activity> ActivityService::loadOn(const QSqlDatabase& connection, qint64 id) const
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT a.id, a.customer_id, a.activity_date, a.place, a.title, a.description, a.memo, "
                             "COALESCE(u.name, a.updated_by), a.version FROM activities a LEFT JOIN users u ON u.id = "
                             "a.created_by WHERE a.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The record does not exist: someone deleted it"));
    return Activity{q.value(0).toLongLong(), q.value(1).toLongLong(), SqlValue::toDate(q.value(2)),
                    q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                    q.value(6).toString(),   q.value(7).toString(),   q.value(8).toInt()};
}

Result<Activity> ActivityService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    return loadOn(m_db.connection(), id);
}

Result<ListQuery> ActivityService::listQuery(qint64 customerId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ActivityService";
    q.from = QStringLiteral("activities a");
    q.id = QStringLiteral("a.id");
    q.where = QStringLiteral("a.customer_id = :customer");
    q.values = {{QStringLiteral("customer"), customerId}};
    const auto text = [](const char* key, const char* select, const char* title) {
        return ListColumn{QString::fromLatin1(key),    QString::fromLatin1(select),
                          QString::fromLatin1(select), title,
                          ColumnFormat::Text,          {}};
    };
    q.columns = {{QStringLiteral("date"),
                  QStringLiteral("a.activity_date"),
                  QStringLiteral("a.activity_date"),
                  QT_TRANSLATE_NOOP("ketong::ActivityService", "Date"),
                  ColumnFormat::Date,
                  {}},
                 text("place", "a.place", QT_TRANSLATE_NOOP("ketong::ActivityService", "Place")),
                 text("title", "a.title", QT_TRANSLATE_NOOP("ketong::ActivityService", "Summary")),
                 text("description", "a.description", QT_TRANSLATE_NOOP("ketong::ActivityService", "Details")),
                 text("memo", "a.memo", QT_TRANSLATE_NOOP("ketong::ActivityService", "Memo"))};
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

} // namespace ketong
