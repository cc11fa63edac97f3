#include "AuditLog.h"

#include "db/BulkStatement.h"
#include "db/SqlQuery.h"

#include <QJsonDocument>

namespace ketong {

namespace {
QVariant jsonOrNull(const QJsonObject& object)
{
    if (object.isEmpty())
        return nullOf(QMetaType::QString);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant afterOf(const AuditLog::Entry& entry)
{
    return entry.afterText.isEmpty() ? jsonOrNull(entry.after) : QVariant(entry.afterText);
}
} // namespace

Status AuditLog::append(const QSqlDatabase& connection, const Session& actor, const QDateTime& at, const Entry& entry)
{
    SqlQuery q(connection);
    // PostgreSQL: business roles cannot write audit_log; ketong_audit() stamps the actor from the login role
    // and the transaction id (which tells the audit triggers that this change has its entry).
    if (connection.driverName() == QLatin1String("QPSQL"))
        q.prepare(QStringLiteral("SELECT ketong_audit(:at, :actor_id, :actor, :action, :entity, :record_id, :before, "
                                 ":after)"));
    else
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, "
                                 "after) VALUES (:at, :actor_id, :actor, :action, :entity, :record_id, :before, "
                                 ":after)"));
    q.bind(QStringLiteral(":at"), at.toUTC());
    q.bind(QStringLiteral(":actor_id"), actor.actorId());
    q.bind(QStringLiteral(":actor"), actor.actor());
    q.bind(QStringLiteral(":action"), entry.action);
    q.bind(QStringLiteral(":entity"), entry.entity);
    q.bind(QStringLiteral(":record_id"), entry.recordId);
    q.bind(QStringLiteral(":before"), jsonOrNull(entry.before));
    q.bind(QStringLiteral(":after"), afterOf(entry));
    return q.exec();
}

Status AuditLog::appendMany(const QSqlDatabase& connection, const Session& actor, const QDateTime& at,
                            const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return {};
    // PostgreSQL: through ketong_audit() as append() does, one call per row of a VALUES list.
    const bool postgres = connection.driverName() == QLatin1String("QPSQL");
    BulkStatement insert(
        connection,
        postgres ? QStringLiteral("SELECT ketong_audit(v.at, v.actor_id, v.actor, v.action, v.entity, v.record_id, "
                                  "v.before, v.after) FROM (VALUES ")
                 : QStringLiteral("INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, "
                                  "after) VALUES "),
        postgres ? QStringLiteral("(CAST(? AS TIMESTAMPTZ), CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                  "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))")
                 : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"),
        8,
        postgres ? QStringLiteral(") AS v (at, actor_id, actor, action, entity, record_id, before, after)")
                 : QString());
    const QDateTime utc = at.toUTC();
    for (const Entry& e : entries) {
        if (auto s = insert.add({utc, actor.actorId(), actor.actor(), e.action, e.entity, e.recordId,
                                 jsonOrNull(e.before), afterOf(e)});
            !s)
            return s;
    }
    return insert.finish();
}

std::pair<QJsonObject, QJsonObject> AuditLog::diff(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject changedBefore;
    QJsonObject changedAfter;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value()) {
            changedBefore.insert(it.key(), old);
            changedAfter.insert(it.key(), it.value());
        }
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            changedBefore.insert(it.key(), it.value());
    }
    return {changedBefore, changedAfter};
}

} // namespace ketong
