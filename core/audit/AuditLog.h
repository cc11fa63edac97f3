#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ketong {

/// The append-only trail: who did what to which record, when, with the changed fields before and
/// after. Services append inside their own transaction, so an entry exists exactly when its change does.
class KETONG_CORE_EXPORT AuditLog
{
public:
    struct Entry
    {
        QString action;   ///< create, update, delete, status, assign, login, login-failed, lockout, password…
        QString entity;   ///< the table's name: customers, users, sales_chances…
        QString recordId; ///< the record's id (or natural key)
        QJsonObject before;
        QJsonObject after;
        QString afterText = {}; ///< `after` as JSON text already (bulk writers); used instead of `after` when set
    };

    /// Appends one row on `connection` (which should be inside the caller's transaction).
    static Status append(const QSqlDatabase& connection, const Session& actor, const QDateTime& at, const Entry& entry);
    /// Appends many rows at once (multi-row statements, no round trip per entry): the bulk writers'
    /// trail, one entry per record as append() would write it.
    static Status appendMany(const QSqlDatabase& connection, const Session& actor, const QDateTime& at,
                             const QList<Entry>& entries);

    /// The fields whose values differ between two snapshots, as {before, after} objects holding only
    /// those fields. Callers pass whole records; the log keeps just what changed.
    static std::pair<QJsonObject, QJsonObject> diff(const QJsonObject& before, const QJsonObject& after);
};

} // namespace ketong
