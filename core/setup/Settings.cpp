#include "Settings.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace ketong {

Result<QString> Settings::value(const Database& db, const QString& key, const QString& fallback)
{
    auto stored = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                                   {{QStringLiteral("k"), key}});
    if (!stored)
        return stored.error();
    return stored->isNull() ? fallback : stored->toString();
}

Status Settings::setValue(const Database& db, const Clock& clock, const Session& session, const QString& key,
                          const QString& value)
{
    if (auto s = AccessControl::requireKind(session, Rights::Permissions, {RoleKind::Admin}, tr("change settings")); !s)
        return s;
    if (value.size() > 2000)
        return Error(ErrorCode::Invalid, tr("A setting may have at most 2000 characters"), QStringLiteral("value"));
    const QDateTime now = clock.now();
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto old = SqlQuery::scalar(tx.connection(), QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                                {{QStringLiteral("k"), key}});
    if (!old)
        return old.error();
    auto written =
        SqlQuery::run(tx.connection(),
                      QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (:k, "
                                     ":v, :now, :by) ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                     "version = settings.version + 1, updated_at = excluded.updated_at, "
                                     "updated_by = excluded.updated_by"),
                      {{QStringLiteral("k"), key},
                       {QStringLiteral("v"), value},
                       {QStringLiteral("now"), now},
                       {QStringLiteral("by"), session.actor()}});
    if (!written)
        return written.error();
    const AuditLog::Entry entry{QStringLiteral("update"), QStringLiteral("settings"), key,
                                old->isNull() ? QJsonObject() : QJsonObject{{QStringLiteral("value"), old->toString()}},
                                QJsonObject{{QStringLiteral("value"), value}}};
    if (auto s = AuditLog::append(tx.connection(), session, now, entry); !s)
        return s;
    return tx.commit();
}

} // namespace ketong
