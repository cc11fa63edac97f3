#pragma once

#include "Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>

namespace ketong {

/// The one place that decides what a session may do. Services ask it before every read or write of
/// business data; the UI asks it only to hide what the core would refuse anyway.
///
/// Rights come from the role (data, editable by the administrator). On top of the right, the role's
/// kind decides scope: a director (and the system actor) acts on every record, a manager on the
/// records they own (customers they manage, chances and tickets assigned to them).
class KETONG_CORE_EXPORT AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(ketong::AccessControl)
public:
    /// Ok when the session holds `right`; otherwise Forbidden naming the right.
    static Status require(const Session& session, QLatin1String right);
    /// Ok when the session holds `right` and its role is of one of `kinds` (e.g. assigning a chance
    /// is for directors); otherwise Forbidden naming the action.
    static Status requireKind(const Session& session, QLatin1String right, std::initializer_list<RoleKind> kinds,
                              const QString& action);
    /// True when the session acts on every record (director, system), false when only on its own.
    static bool seesAll(const Session& session);
    /// Ok when the session may act on a record owned by `ownerId` (its own, or any for a director);
    /// otherwise Forbidden naming the record.
    static Status requireOwner(const Session& session, qint64 ownerId, const QString& what);
    /// Forbidden error naming a right the session lacks.
    static Error missingRight(QLatin1String right);
};

} // namespace ketong
