#pragma once

#include "Customer.h"
#include "CustomerFilter.h"
#include "CustomerRules.h"
#include "DuplicateFinder.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// An existing customer that a new or changed one may duplicate.
/// An entry of a customer pick-list (服务创建 and the other forms that choose a customer).
struct CustomerChoice
{
    qint64 id = 0;
    QString code;
    QString name;
    QString managerName;
};

/// 客户信息管理 (SPEC §5.3.1–5.3.2, §9 items 6, 8, 9, 11, 12). Every account with right 010 reads every
/// customer; the sales director and account managers create; a manager changes and deletes only the
/// customers they manage and only while 正常, the director any 正常 customer; only the director
/// reassigns customers to another manager. Writes are version-checked and audited.
class KETONG_CORE_EXPORT CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerService)
public:
    CustomerService(const Database& db, const Clock& clock, Session session);
    CustomerService(const Database& db, const Clock&& clock, Session session) = delete;

    /// Creates a customer with the next KH code of the day (BusinessNumber). A manager creates customers they
    /// manage. Refuses: Forbidden, Required/Invalid naming the field — Invalid "code" for any code given
    /// (only the import keeps legacy codes, through CustomerImporter).
    Result<Customer> create(Customer customer);
    /// Saves a changed customer loaded at `customer.version`; returns it as stored now. Only the managing
    /// manager or the director, only while 正常; only the director moves it to another manager.
    /// Refuses: Forbidden, StateRefused, Required/Invalid with the field, Conflict (changed meanwhile).
    Result<Customer> update(Customer customer);
    /// Logical delete (status 3 删除): the customer leaves lists and pick-lists, its history stays.
    /// Same rights as update.
    Status remove(qint64 id, int version);
    /// 批量转移: gives every customer of `ids` to the active account manager `managerId` in one transaction,
    /// one audit entry per customer that changes. Director only; deleted customers are refused.
    /// Returns how many customers changed manager.
    Result<int> reassign(const QList<qint64>& ids, qint64 managerId);

    /// One customer (any status) with its manager's name.
    Result<Customer> load(qint64 id) const;
    /// The customer list with the filter and quick view (SPEC §5.3.1 columns plus phone and last order).
    Result<ListQuery> listQuery(const CustomerFilter& filter) const;
    /// Other customers (not deleted) whose name key or phone equals this one's: shown as a warning
    /// before saving; saving is still allowed.
    Result<QList<DuplicateHint>> possibleDuplicates(const Customer& customer) const;
    /// The customers a form may pick: active (正常) ones whose name or code contains `text` (all when
    /// empty), by name, at most `limit`. Lost and deleted customers are never offered.
    Result<QList<CustomerChoice>> pickList(const QString& text, int limit = 50) const;
    /// possibleDuplicates() without the rights check, on `connection`.
    static Result<QList<DuplicateHint>> findDuplicates(const QSqlDatabase& connection, const Customer& customer);
    /// The accounts a customer may be given to (active account managers), by name.
    Result<QList<CustomerRules::Account>> managerChoices() const;

    /// What the session may do (the UI hides what core would refuse anyway).
    bool canCreate() const;
    bool canEdit(const Customer& customer) const;
    bool canReassign() const;

    static QString statusLabel(CustomerStatus status);

    /// Right 010 held by a director or an account manager (who may write customer data at all).
    static Status requireWriter(const Session& session);
    /// Whether `session` may change `stored` (and its contacts and records): the managing manager or the
    /// director, and only while 正常. Forbidden or StateRefused otherwise.
    static Status checkEditable(const Session& session, const Customer& stored);

private:
    Result<Customer> validated(Customer customer) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
