#pragma once

#include "ChurnScan.h"
#include "LostRecord.h"
#include "models/ListQuery.h"

#include <QSqlDatabase>

namespace ketong {

/// Filters of the 客户流失管理 list (SPEC §5.3.6).
struct KETONG_CORE_EXPORT ChurnFilter
{
    QString customer;                 ///< name or code contains
    QString manager;                  ///< manager's name contains
    std::optional<LostStatus> status; ///< all when empty
};

/// 客户流失管理: the scan, the warnings list, retention measures (暂缓流失) and confirmed losses (确认流失).
/// A manager reads and acts on the warnings of the customers they manage; the director reads all and runs
/// the scan; confirming a loss needs at least one measure first (status 2) and marks the customer 流失 in
/// the same transaction.
class KETONG_CORE_EXPORT ChurnService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChurnService)
public:
    ChurnService(const Database& db, const Clock& clock, Session session);
    ChurnService(const Database& db, const Clock&& clock, Session session) = delete;

    /// See ChurnScan::run.
    Result<ChurnScan::Outcome> scan(const QDate& asOf = {}, int months = 0);
    /// The list of SPEC §5.3.6 with the session's scope.
    Result<ListQuery> listQuery(const ChurnFilter& filter) const;
    /// One record with its measures.
    Result<LostRecord> load(qint64 id) const;
    /// 暂缓流失: appends a measure (kept as its own row), status → 2. Refused as canDelay refuses.
    /// `version` is the record's version as loaded.
    Status delay(qint64 id, const QString& measure, int version);
    /// 确认流失: refused as canConfirm refuses; reason required; sets the lost date and status 3 and the
    /// customer's status to 流失, together.
    Status confirm(qint64 id, const QString& reason, int version);

    // --- what the session may do with a record (the UI disables what these refuse; delay and confirm
    // ask the same on the record as read in their transaction). Fields used: status, managerId,
    // customerName, customerDeleted.
    /// 暂缓流失: the customer's account manager, on a warning (1) or a retention under way (2) of a customer
    /// that is not deleted.
    Status canDelay(const LostRecord& record) const;
    /// 确认流失: the customer's account manager, on a retention under way (2) only, customer not deleted.
    Status canConfirm(const LostRecord& record) const;
    /// The number of open warnings (1, 2) the session sees (for the notice after login).
    Result<int> openCount() const;

    static QString statusLabel(LostStatus status);

private:
    Result<LostRecord> loadForAction(const QSqlDatabase& c, qint64 id, int version) const;
    /// The checks both actions share: the right, the manager, the customer not deleted.
    Status canAct(const LostRecord& record, const QString& action) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
