#pragma once

#include "Activity.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// 交往记录 (SPEC §3.8, §5.3.4): dated interaction records of a customer. Everyone with right 010 reads
/// them; they are changed by whoever may change the customer. 时间, 地点 and 概要 are required on create
/// and cannot be emptied on edit; 详细信息 and 备注 are optional.
class KETONG_CORE_EXPORT ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ActivityService)
public:
    ActivityService(const Database& db, const Clock& clock, Session session);
    ActivityService(const Database& db, const Clock&& clock, Session session) = delete;

    /// Adds a record to `activity.customerId`. Refuses: Forbidden, StateRefused, Required/Invalid (field).
    Result<qint64> create(const Activity& activity);
    /// Saves a record loaded at `activity.version`. Refuses as create, and Conflict.
    Status update(const Activity& activity);
    /// Deletes a record (the audit log keeps what it was).
    Status remove(qint64 id, int version);

    Result<Activity> load(qint64 id) const;
    /// The records of one customer, newest first: 时间, 地点, 概要, 详细信息, 备注.
    Result<ListQuery> listQuery(qint64 customerId) const;

    /// The record trimmed, or the first problem.
    static Result<Activity> validated(Activity activity);
    static QJsonObject toJson(const Activity& activity);

private:
    Status checkCustomer(const QSqlDatabase& connection, qint64 customerId) const;
    Result<Activity> loadOn(const QSqlDatabase& connection, qint64 id) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
