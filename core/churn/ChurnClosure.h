#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace ketong {

/// What a customer's deletion does to its churn warnings (SPEC §9 item 14).
class KETONG_CORE_EXPORT ChurnClosure
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ChurnClosure)
public:
    /// Closes the open warnings (status 1 预警, 2 暂缓) of customer `customerId` as 5 已关闭, each with a measure
    /// that says why and an audit entry, inside the caller's transaction on `connection` (the deletion's own).
    /// Returns how many were closed.
    static Result<int> closeForDeletedCustomer(const QSqlDatabase& connection, const Session& session,
                                               const QDateTime& now, qint64 customerId);
};

} // namespace ketong
