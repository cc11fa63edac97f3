// ChanceService: the 客户开发计划 steps — plan items, their results, 开发成功 (with the new customer)
// and 终止开发.
#include "ChanceService.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "basedata/Dictionary.h"
#include "common/Validation.h"
#include "customers/ContactService.h"
#include "customers/CustomerRules.h"
#include "customers/CustomerStore.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "setup/ReferenceData.h"

namespace ketong {

namespace {
/// The 客户来源 dictionary item a developed customer is marked with, when the dictionary has it.
const QString ChanceCustomerSource = QStringLiteral("销售机会");
} // namespace

Result<qint64> ChanceService::addPlanItem(qint64 chanceId, const QDate& date, const QString& todo)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s.error();
    if (!date.isValid())
        return Error(ErrorCode::Invalid, tr("The date of a plan item must be a valid date (yyyy-MM-dd)"),
                     QStringLiteral("date"));
    const QString text = todo.trimmed();
    if (auto e = Validation::text(text, 500, QStringLiteral("todo"), tr("The plan item"), true))
        return *e;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto chance = current(tx.connection(), chanceId);
    if (!chance)
        return chance.error();
    if (auto s = canDevelop(*chance); !s)
        return s.error();
    auto id = SqlQuery::scalar(tx.connection(),
                               QStringLiteral("INSERT INTO plan_items (chance_id, plan_date, todo, result, created_at, "
                                              "version, updated_at, updated_by) VALUES (:chance, :date, :todo, '', "
                                              ":now, 1, :now, :actor) RETURNING id"),
                               {{QStringLiteral("chance"), chanceId},
                                {QStringLiteral("date"), SqlValue::fromDate(date)},
                                {QStringLiteral("todo"), text},
                                {QStringLiteral("now"), SqlValue::fromDateTime(now)},
                                {QStringLiteral("actor"), m_session.actor()}});
    if (!id)
        return id.error();
    const PlanItem item{id->toLongLong(), chanceId, date, text, {}, 1};
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("create"), QStringLiteral("plan_items"), QString::number(item.id), {}, item.toJson()});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return item.id;
}

Result<PlanItem> ChanceService::currentItem(const QSqlDatabase& c, qint64 itemId, int version) const
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT id, chance_id, plan_date, todo, result, version FROM plan_items WHERE id = :id") +
              (m_db.dialect().isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bind(QStringLiteral(":id"), itemId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The plan item no longer exists: someone deleted it"));
    PlanItem item{q.value(0).toLongLong(), q.value(1).toLongLong(), SqlValue::toDate(q.value(2)),
                  q.value(3).toString(),   q.value(4).toString(),   q.value(5).toInt()};
    q.finish();
    if (item.version != version)
        return staleRecordError(c, QStringLiteral("plan_items"), itemId,
                                tr("The plan item of %1").arg(item.date.toString(Qt::ISODate)));
    // The chance decides who may touch its plan and whether it is still in development.
    auto chance = current(c, item.chanceId);
    if (!chance)
        return chance.error();
    if (auto s = canDevelop(*chance); !s)
        return s.error();
    return item;
}

Status ChanceService::changeItem(qint64 itemId, int version, const QString& column, const QString& value)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto item = currentItem(tx.connection(), itemId, version);
    if (!item)
        return item.error();
    PlanItem after = *item;
    (column == QLatin1String("todo") ? after.todo : after.result) = value;
    // `column` is one of our two column names, never user text.
    auto changed =
        SqlQuery::run(tx.connection(),
                      QStringLiteral("UPDATE plan_items SET %1 = :value, version = version + 1, updated_at = "
                                     ":now, updated_by = :actor WHERE id = :id AND version = :version")
                          .arg(column),
                      {{QStringLiteral("value"), value},
                       {QStringLiteral("now"), SqlValue::fromDateTime(now)},
                       {QStringLiteral("actor"), m_session.actor()},
                       {QStringLiteral("id"), itemId},
                       {QStringLiteral("version"), version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(tx.connection(), QStringLiteral("plan_items"), itemId,
                                tr("The plan item of %1").arg(item->date.toString(Qt::ISODate)));
    const auto [before, afterJson] = AuditLog::diff(item->toJson(), after.toJson());
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("update"), QStringLiteral("plan_items"), QString::number(itemId), before, afterJson});
        !s)
        return s;
    return tx.commit();
}

Status ChanceService::editPlanItem(qint64 itemId, const QString& todo, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    const QString text = todo.trimmed();
    if (auto e = Validation::text(text, 500, QStringLiteral("todo"), tr("The plan item"), true))
        return *e;
    return changeItem(itemId, version, QStringLiteral("todo"), text);
}

Status ChanceService::recordResult(qint64 itemId, const QString& result, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    const QString text = result.trimmed();
    if (auto e = Validation::maxLength(text, 500, QStringLiteral("result"), tr("The result")))
        return *e;
    return changeItem(itemId, version, QStringLiteral("result"), text);
}

Status ChanceService::deletePlanItem(qint64 itemId, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto item = currentItem(tx.connection(), itemId, version);
    if (!item)
        return item.error();
    auto deleted =
        SqlQuery::run(tx.connection(), QStringLiteral("DELETE FROM plan_items WHERE id = :id AND version = :version"),
                      {{QStringLiteral("id"), itemId}, {QStringLiteral("version"), version}});
    if (!deleted)
        return deleted.error();
    if (*deleted == 0)
        return staleRecordError(tx.connection(), QStringLiteral("plan_items"), itemId,
                                tr("The plan item of %1").arg(item->date.toString(Qt::ISODate)));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, m_clock.now(),
            {QStringLiteral("delete"), QStringLiteral("plan_items"), QString::number(itemId), item->toJson(), {}});
        !s)
        return s;
    return tx.commit();
}

Result<Contact> ChanceService::successContact(const SalesChance& chance, const DevelopmentSuccess& details) const
{
    Contact contact;
    contact.name = chance.contact;
    contact.position = details.contactPosition.trimmed();
    contact.tel = Validation::normalizeWidth(details.contactTel).trimmed();
    if (auto e = Validation::text(contact.position, 50, QStringLiteral("contactPosition"),
                                  tr("The position of %1").arg(chance.contact), true))
        return *e;
    if (auto e = Validation::required(contact.tel, QStringLiteral("contactTel"),
                                      tr("The office phone of %1").arg(chance.contact)))
        return *e;
    if (auto e = Validation::phone(contact.tel, QStringLiteral("contactTel"),
                                   tr("The office phone of %1").arg(chance.contact)))
        return *e;
    // The contact's own rules decide, as on its next edit (their field names mapped to this step's).
    auto checked = ContactService(m_db, m_clock, m_session).validated(contact);
    if (!checked) {
        static const QHash<QString, QString> fields{{QStringLiteral("position"), QStringLiteral("contactPosition")},
                                                    {QStringLiteral("tel"), QStringLiteral("contactTel")}};
        const Error& e = checked.error();
        return Error(e.code(), e.message(), fields.value(e.field(), e.field()), e.detail());
    }
    return checked;
}

Result<Customer> ChanceService::createCustomer(const QSqlDatabase& c, const SalesChance& chance,
                                               const DevelopmentSuccess& details)
{
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    auto source = Dictionary::resolve(m_db, DictType::CustomerSource, ChanceCustomerSource);
    if (!source)
        return source.error();
    Customer customer; // level 1, satisfaction 3, credit 3, status 正常 (SPEC §9 item 7)
    customer.name = chance.customerName;
    customer.region = details.region;
    customer.managerId = chance.assignedTo;
    customer.level = 1;
    customer.satisfaction = 3;
    customer.credit = 3;
    customer.status = CustomerStatus::Normal;
    if (source->has_value())
        customer.source = (*source)->value;
    CustomerRules::normalize(customer);
    // The rules of the customer form, so that its next edit saves unchanged (region named first: it is asked).
    if (const QList<Error> problems = rules->check(customer); !problems.isEmpty())
        return problems.constFirst();
    std::optional<Contact> contact;
    if (!chance.contact.isEmpty()) {
        auto checked = successContact(chance, details);
        if (!checked)
            return checked.error();
        contact = *checked;
    }
    const QDateTime now = m_clock.now();
    auto stored = CustomerStore::insert(c, m_session, now, customer);
    if (!stored || !contact)
        return stored;
    contact->customerId = stored->id;
    auto contactId = SqlQuery::scalar(
        c,
        QStringLiteral("INSERT INTO contacts (customer_id, name, sex, position, tel, created_at, version, updated_at, "
                       "updated_by) VALUES (:customer, :name, :sex, :position, :tel, :now, 1, :now, :actor) "
                       "RETURNING id"),
        {{QStringLiteral("customer"), stored->id},
         {QStringLiteral("name"), contact->name},
         {QStringLiteral("sex"), contact->sex},
         {QStringLiteral("position"), contact->position},
         {QStringLiteral("tel"), contact->tel},
         {QStringLiteral("now"), SqlValue::fromDateTime(now)},
         {QStringLiteral("actor"), m_session.actor()}});
    if (!contactId)
        return contactId.error();
    if (auto s = AuditLog::append(c, m_session, now,
                                  {QStringLiteral("create"),
                                   QStringLiteral("contacts"),
                                   contactId->toString(),
                                   {},
                                   ContactService::toJson(*contact)});
        !s)
        return s.error();
    return stored;
}

Status ChanceService::close(const QSqlDatabase& c, const SalesChance& chance, ChanceStatus status, qint64 customerId)
{
    SalesChance after = chance;
    after.status = status;
    after.closedAt = m_clock.now();
    after.customerId = customerId;
    return writeChance(c, chance, after, QStringLiteral("status"));
}

Result<Customer> ChanceService::succeed(qint64 id, int version, const DevelopmentSuccess& details)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto chance = currentVersion(tx.connection(), id, version);
    if (!chance)
        return chance.error();
    if (auto s = canDevelop(*chance); !s)
        return s.error();
    auto items =
        SqlQuery::scalar(tx.connection(), QStringLiteral("SELECT count(*) FROM plan_items WHERE chance_id = :id"),
                         {{QStringLiteral("id"), id}});
    if (!items)
        return items.error();
    if (items->toInt() == 0)
        return Error(ErrorCode::StateRefused,
                     tr("%1 has no development plan yet: make a plan before marking it a success").arg(what(*chance)));
    auto customer = createCustomer(tx.connection(), *chance, details);
    if (!customer)
        return customer.error();
    if (auto s = close(tx.connection(), *chance, ChanceStatus::Succeeded, customer->id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return customer;
}

Status ChanceService::fail(qint64 id, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto chance = currentVersion(tx.connection(), id, version);
    if (!chance)
        return chance.error();
    if (auto s = canDevelop(*chance); !s)
        return s;
    if (auto s = close(tx.connection(), *chance, ChanceStatus::Failed, 0); !s)
        return s;
    return tx.commit();
}

} // namespace ketong
