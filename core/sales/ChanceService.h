#pragma once

#include "SalesChance.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "customers/Contact.h"
#include "customers/Customer.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// 营销管理 (SPEC §4.1, §5.2): sales chances (right 008: create, edit, delete; assign for the director)
/// and their development plans (right 009: plan items, results, 开发成功 → new customer, 终止开发).
///
/// Every write checks, in this order: the right, then inside its transaction on the row as it is now —
/// that it exists, its version (a Conflict naming who changed it and when), its status, and ownership
/// (edit/delete: the creator or the director; plan/execute/close: the assignee or the director).
/// Every write appends to the audit log in the same transaction.
class KETONG_CORE_EXPORT ChanceService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChanceService)
public:
    ChanceService(const Database& db, const Clock& clock, Session session);
    ChanceService(const Database& db, const Clock&& clock, Session session) = delete; // keeps a reference

    // --- 销售机会管理 (008) ---------------------------------------------------------------------------
    /// 新建销售机会: status 1, created by the session's user now. A director may assign it at once
    /// (`assignTo` > 0, an active account manager): it is then created at status 2.
    /// Refuses: Forbidden (no right; assigning when not the director), Required/Invalid (field named).
    Result<qint64> create(const ChanceInput& input, qint64 assignTo = 0);
    /// 编辑销售机会: the editable fields of a chance still 未指派, by its creator or the director.
    Status edit(qint64 id, const ChanceInput& input, int version);
    /// Deletes a chance still 未指派 (with nothing attached), by its creator or the director.
    Status remove(qint64 id, int version);
    /// 指派: the director gives a 未指派 chance to an active account manager; assigned_at = now, status 2.
    Status assign(qint64 id, qint64 managerId, int version);

    // --- 客户开发计划 (009): status 2 only, by the assignee or the director ----------------------------
    /// 制定计划: a new plan item. The date must be valid; the item is required (≤ 500 characters).
    Result<qint64> addPlanItem(qint64 chanceId, const QDate& date, const QString& todo);
    /// Changes what a plan item says. Its date cannot be changed after creation.
    Status editPlanItem(qint64 itemId, const QString& todo, int version);
    Status deletePlanItem(qint64 itemId, int version);
    /// 执行计划: records (or clears) the effect of one plan item (≤ 500 characters).
    Status recordResult(qint64 itemId, const QString& result, int version);
    /// 开发成功: status 3, and in the same transaction the new customer (SPEC §9 item 7) in `details.region`
    /// with the chance's contact person (position and office phone from `details`) as its first contact.
    /// Refused while the plan has no item (StateRefused), and naming the field when a detail is missing or
    /// wrong (region, contactPosition, contactTel) or the customer would break CustomerRules (manager…).
    /// Returns the customer.
    Result<Customer> succeed(qint64 id, int version, const DevelopmentSuccess& details);
    /// 终止开发: status 4 (archived).
    Status fail(qint64 id, int version);

    // --- reads ------------------------------------------------------------------------------------------
    /// One chance with its plan items. A manager sees unassigned chances and those assigned to them or
    /// created by them; the director all.
    Result<SalesChance> load(qint64 id) const;
    /// 销售机会管理 list: chances 未指派, filtered; newest first.
    Result<ListQuery> chanceList(const ChanceFilter& filter) const;
    /// 客户开发计划 list: chances 2/3/4 (a manager: assigned to them), filtered; newest first.
    Result<ListQuery> planList(const ChanceFilter& filter) const;
    /// The account managers a chance can be assigned to (active accounts of the manager kind), by name.
    Result<QList<Assignee>> assignees() const;

    // --- what the session may do (the UI hides what these refuse; the writes check the same) -------
    Status canCreate() const;
    Status canEdit(const SalesChance& chance) const;
    Status canRemove(const SalesChance& chance) const { return canEdit(chance); }
    Status canAssign(const SalesChance& chance) const;
    /// Plan, execute, succeed or fail.
    Status canDevelop(const SalesChance& chance) const;

    /// Checks the fields of the new/edit form (each refusal names its field: source, customerName,
    /// title, rate, contact, contactTel, description).
    static Status validate(const ChanceInput& input);
    /// The 成功机率 typed in a form: empty gives -1 (refused later as required); full-width digits and a
    /// trailing % are accepted; anything else is Invalid on the field "rate".
    static Result<int> parseRate(const QString& text);
    static QString statusLabel(ChanceStatus status);

private:
    Result<SalesChance> current(const QSqlDatabase& c, qint64 id) const;
    Result<SalesChance> currentVersion(const QSqlDatabase& c, qint64 id, int version) const;
    Result<PlanItem> currentItem(const QSqlDatabase& c, qint64 itemId, int version) const;
    Status changeItem(qint64 itemId, int version, const QString& column, const QString& value);
    /// Assigns `chance` (as read in the transaction) to an active account manager.
    Status assignIn(const QSqlDatabase& c, const SalesChance& chance, qint64 managerId);
    Status close(const QSqlDatabase& c, const SalesChance& chance, ChanceStatus status, qint64 customerId);
    Result<Customer> createCustomer(const QSqlDatabase& c, const SalesChance& chance,
                                    const DevelopmentSuccess& details);
    /// The chance's contact as the new customer's first contact, checked by ContactService's rules.
    Result<Contact> successContact(const SalesChance& chance, const DevelopmentSuccess& details) const;
    Status writeChance(const QSqlDatabase& c, const SalesChance& before, const SalesChance& after,
                       const QString& action);
    static QString what(const SalesChance& chance);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
