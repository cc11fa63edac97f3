#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>

namespace ketong {

class Database;

/// What waits for the logged-in user (SPEC §5.1: after login, show churn warnings for the user's
/// customers and the tasks pending for them). Each item counts records in one page the user may open.
class KETONG_CORE_EXPORT TaskSummary
{
    Q_DECLARE_TR_FUNCTIONS(ketong::TaskSummary)
public:
    struct Item
    {
        QString key;   ///< stable id: "churn-warnings", "tickets-to-handle"…
        QString label; ///< in the current language
        qint64 count = 0;
        QString right; ///< the page that lists them
    };

    /// The items that apply to the session's role and rights (zero counts included).
    static Result<QList<Item>> load(const Database& db, const Session& session);
    /// The tables whose changes may change the counts (what the workbench follows for live refresh).
    static QStringList tables();
};

} // namespace ketong
