#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

class Database;

/// The database-wide settings (table settings): churn threshold, company name, demo flag…
/// Changing one needs the administrator's right and is audited.
class KETONG_CORE_EXPORT Settings
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Settings)
public:
    /// The stored value of `key`, or `fallback` when it is not set.
    static Result<QString> value(const Database& db, const QString& key, const QString& fallback = {});
    /// Stores `value` under `key` (administrator only; audited).
    static Status setValue(const Database& db, const Clock& clock, const Session& session, const QString& key,
                           const QString& value);
};

} // namespace ketong
