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

/// Entries per call of ketong_audit_many(): a customers.csv's chunk is a few hundred kilobytes of text.
constexpr qsizetype kChunk = 2000;

/// The text of a PostgreSQL array of texts, {"a","b\"c",NULL}: each element quoted, its quotes and
/// backslashes escaped; a null QVariant is NULL.
class PgTextArray
{
public:
    void add(const QVariant& value)
    {
        m_text += m_text.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        if (value.isNull()) {
            m_text += QLatin1String("NULL");
            return;
        }
        const QString s = value.toString();
        m_text += QLatin1Char('"');
        qsizetype run = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) != QLatin1Char('"') && s.at(i) != QLatin1Char('\\'))
                continue;
            m_text.append(QStringView(s).mid(run, i - run));
            m_text += QLatin1Char('\\');
            run = i;
        }
        m_text.append(QStringView(s).mid(run));
        m_text += QLatin1Char('"');
    }
    QString text() const { return m_text.isEmpty() ? QStringLiteral("{}") : m_text + QLatin1Char('}'); }

private:
    QString m_text;
};

Status appendPostgres(const QSqlDatabase& connection, const Session& actor, const QDateTime& utc,
                      const QList<AuditLog::Entry>& entries)
{
    // Business roles cannot write audit_log: ketong_audit_many() stamps a chunk of entries as ketong_audit()
    // stamps one, from arrays of their fields (one call per chunk, not per entry).
    SqlQuery q(connection);
    q.prepare(
        QStringLiteral("SELECT ketong_audit_many(CAST(:at AS TIMESTAMPTZ), CAST(:actor_id AS BIGINT), CAST(:actor "
                       "AS TEXT), CAST(:action AS TEXT[]), CAST(:entity AS TEXT[]), CAST(:record_id AS TEXT[]), "
                       "CAST(:before AS TEXT[]), CAST(:after AS TEXT[]))"));
    for (qsizetype first = 0; first < entries.size(); first += kChunk) {
        const qsizetype end = qMin(entries.size(), first + kChunk);
        PgTextArray action, entity, recordId, before, after;
        for (qsizetype i = first; i < end; ++i) {
            const AuditLog::Entry& e = entries.at(i);
            action.add(e.action);
            entity.add(e.entity);
            recordId.add(e.recordId);
            before.add(jsonOrNull(e.before));
            after.add(afterOf(e));
        }
        q.bind(QStringLiteral(":at"), utc);
        q.bind(QStringLiteral(":actor_id"), actor.actorId());
        q.bind(QStringLiteral(":actor"), actor.actor());
        q.bind(QStringLiteral(":action"), action.text());
        q.bind(QStringLiteral(":entity"), entity.text());
        q.bind(QStringLiteral(":record_id"), recordId.text());
        q.bind(QStringLiteral(":before"), before.text());
        q.bind(QStringLiteral(":after"), after.text());
        if (auto s = q.exec(); !s)
            return s;
        if (!q.next() || q.value(0).toLongLong() != end - first)
            return Error(ErrorCode::Internal, QStringLiteral("ketong_audit_many wrote %1 entries of %2")
                                                  .arg(q.value(0).toLongLong())
                                                  .arg(end - first));
    }
    return {};
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
    const QDateTime utc = at.toUTC();
    if (connection.driverName() == QLatin1String("QPSQL"))
        return appendPostgres(connection, actor, utc, entries);
    BulkStatement insert(
        connection,
        QStringLiteral("INSERT INTO audit_log (at, actor_id, actor, action, entity, record_id, before, "
                       "after) VALUES "),
        QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"), 8);
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
