#include "CustomerService.h"

#include "CustomerSearch.h"
#include "CustomerStore.h"
#include "auth/AccessControl.h"
#include "churn/ChurnClosure.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace ketong {

CustomerService::CustomerService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QString CustomerService::statusLabel(CustomerStatus status)
{
    switch (status) {
    case CustomerStatus::Normal:
        return tr("Normal");
    case CustomerStatus::Lost:
        return tr("Lost");
    case CustomerStatus::Deleted:
        return tr("Deleted");
    }
    return {};
}

bool CustomerService::canCreate() const
{
    return static_cast<bool>(requireWriter(m_session));
}

bool CustomerService::canEdit(const Customer& customer) const
{
    return requireWriter(m_session) && checkEditable(m_session, customer);
}

bool CustomerService::canReassign() const
{
    return static_cast<bool>(
        AccessControl::requireKind(m_session, Rights::Customers, {RoleKind::Director}, tr("reassign customers")));
}

Status CustomerService::requireWriter(const Session& session)
{
    return AccessControl::requireKind(session, Rights::Customers, {RoleKind::Director, RoleKind::Manager},
                                      tr("create or change customers"));
}

Status CustomerService::checkEditable(const Session& session, const Customer& stored)
{
    if (auto s = AccessControl::requireOwner(session, stored.managerId, tr("The customer %1").arg(stored.name)); !s)
        return s;
    if (stored.status != CustomerStatus::Normal)
        return Error(ErrorCode::StateRefused, tr("The customer %1 is \"%2\": only normal customers can be changed")
                                                  .arg(stored.name, statusLabel(stored.status)));
    return {};
}

Result<Customer> CustomerService::validated(Customer c) const
{
    CustomerRules::normalize(c);
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    const QList<Error> errors = rules->check(c);
    if (!errors.isEmpty())
        return errors.constFirst();
    return c;
}

Result<Customer> CustomerService::create(Customer customer)
{
    if (auto s = requireWriter(m_session); !s)
        return s.error();
    // The number is the system's (SPEC §9 item 8): only the import keeps a legacy code (EXCHANGE.md).
    if (!customer.code.trimmed().isEmpty())
        return Error(ErrorCode::Invalid,
                     tr("%1 is generated when the customer is saved; a legacy code comes in only through the import")
                         .arg(CustomerRules::fieldLabel(QStringLiteral("code"))),
                     QStringLiteral("code"));
    auto c = validated(std::move(customer));
    if (!c)
        return c.error();
    if (!m_session.isSystem() && m_session.kind() == RoleKind::Manager && c->managerId != m_session.userId())
        return Error(ErrorCode::Forbidden,
                     tr("An account manager creates customers they manage; the sales director may give them to "
                        "another manager later"),
                     QStringLiteral("manager"));
    c->status = CustomerStatus::Normal;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto stored = CustomerStore::insert(tx.connection(), m_session, m_clock.now(), *c);
    if (!stored)
        return stored.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return CustomerStore::load(m_db.connection(), stored->id);
}

Result<Customer> CustomerService::update(Customer customer)
{
    if (auto s = requireWriter(m_session); !s)
        return s.error();
    auto c = validated(std::move(customer));
    if (!c)
        return c.error();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto stored = CustomerStore::load(tx.connection(), c->id);
    if (!stored)
        return stored.error();
    if (auto s = checkEditable(m_session, *stored); !s)
        return s.error();
    if (c->managerId != stored->managerId && !canReassign())
        return Error(ErrorCode::Forbidden, tr("Only the sales director gives a customer to another account manager"),
                     QStringLiteral("manager"));
    c->code = stored->code; // read-only once given
    c->status = stored->status;
    Customer before = *stored;
    before.version = c->version; // the version the editor loaded: a later change by someone else conflicts
    auto written =
        CustomerStore::update(tx.connection(), m_session, m_clock.now(), before, *c, QStringLiteral("update"));
    if (!written)
        return written.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return CustomerStore::load(m_db.connection(), c->id);
}

Status CustomerService::remove(qint64 id, int version)
{
    if (auto s = requireWriter(m_session); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stored = CustomerStore::load(tx.connection(), id);
    if (!stored)
        return stored.error();
    if (auto s = checkEditable(m_session, *stored); !s)
        return s;
    Customer before = *stored;
    before.version = version;
    Customer after = *stored;
    after.status = CustomerStatus::Deleted;
    const QDateTime now = m_clock.now();
    if (auto s = CustomerStore::update(tx.connection(), m_session, now, before, after, QStringLiteral("delete")); !s)
        return s.error();
    // Its open churn warnings go with it (SPEC §9 item 14), in the same transaction.
    if (auto closed = ChurnClosure::closeForDeletedCustomer(tx.connection(), m_session, now, id); !closed)
        return closed.error();
    return tx.commit();
}

Result<int> CustomerService::reassign(const QList<qint64>& ids, qint64 managerId)
{
    if (auto s =
            AccessControl::requireKind(m_session, Rights::Customers, {RoleKind::Director}, tr("reassign customers"));
        !s)
        return s.error();
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    const CustomerRules::Account* target = rules->accountById(managerId);
    if (!target || !target->active || !target->isManager)
        return Error(ErrorCode::Invalid, tr("Choose an active account manager"), QStringLiteral("manager"));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    int changed = 0;
    const QDateTime now = m_clock.now();
    for (qint64 id : ids) {
        auto stored = CustomerStore::load(tx.connection(), id);
        if (!stored)
            return stored.error();
        if (stored->status == CustomerStatus::Deleted)
            return Error(ErrorCode::StateRefused, tr("The customer %1 is deleted").arg(stored->name));
        if (stored->managerId == managerId)
            continue;
        Customer after = *stored;
        after.managerId = managerId;
        if (auto s = CustomerStore::update(tx.connection(), m_session, now, *stored, after, QStringLiteral("reassign"));
            !s)
            return s.error();
        ++changed;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<Customer> CustomerService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    return CustomerStore::load(m_db.connection(), id);
}

Result<QList<CustomerRules::Account>> CustomerService::managerChoices() const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    return rules->activeManagers();
}

Result<QList<DuplicateHint>> CustomerService::possibleDuplicates(const Customer& customer) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    return findDuplicates(m_db.connection(), customer);
}

Result<QList<CustomerChoice>> CustomerService::pickList(const QString& text, int limit) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s) {
        // Forms of other modules (服务创建) pick customers too: their own right is enough to choose one.
        if (auto t = AccessControl::require(m_session, Rights::ServiceCreate); !t)
            return s.error();
    }
    QVariantMap values{{QStringLiteral("p"), SqlDialect::likePattern(text.trimmed())}};
    const QString name =
        CustomerSearch::nameContains(m_db, QStringLiteral("c"), text.trimmed(), QStringLiteral("n"), values);
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.id, c.code, c.name, COALESCE(u.name, '') FROM customers c LEFT JOIN users u ON "
                             "u.id = c.manager_id WHERE c.status = 1 AND (%1 OR %2) ORDER BY c.name, c.id LIMIT %3")
                  .arg(name, m_db.dialect().containsClause(QStringLiteral("c.code"), QStringLiteral(":p")))
                  .arg(qBound(1, limit, 1000)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bind(QLatin1Char(':') + it.key(), it.value());
    if (auto s = q.exec(); !s)
        return s.error();
    QList<CustomerChoice> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<QList<DuplicateHint>> CustomerService::findDuplicates(const QSqlDatabase& connection, const Customer& customer)
{
    DuplicateFinder finder(connection);
    if (auto s = finder.load({&customer}); !s)
        return s.error();
    return finder.hints(customer);
}

} // namespace ketong
