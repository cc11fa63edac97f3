// AuditQuery: the queries (labels and the readable form of entries are in AuditLabels.cpp).
#include "AuditQuery.h"

#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "reports/ReportTable.h"

#include <QJsonDocument>

namespace ketong {

namespace {
const QString kEntrySelect =
    QStringLiteral("SELECT a.id, a.at, a.actor, COALESCE(u.name, a.actor), a.action, a.entity, "
                   "a.record_id, a.before, a.after, a.values_hidden FROM %1 a LEFT JOIN "
                   "users u ON u.id = a.actor_id ");

QJsonObject parseObject(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

/// The list's "changes" cell holds entity, before, after and values_hidden joined by newlines (compact JSON has
/// none).
QString changesCell(const QVariant& value)
{
    const QStringList parts = value.toString().split(QLatin1Char('\n'));
    AuditEntry entry;
    entry.entity = parts.value(0);
    entry.before = QJsonDocument::fromJson(parts.value(1).toUtf8()).object();
    entry.after = QJsonDocument::fromJson(parts.value(2).toUtf8()).object();
    entry.valuesHidden = parts.value(3) == QLatin1String("1");
    QString line = AuditQuery::summary(entry);
    if (line.size() > 200)
        line = line.left(199) + QChar(0x2026);
    return line;
}
} // namespace

AuditQuery::AuditQuery(const Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

QString AuditQuery::source() const
{
    // SPEC §9 item 13: the administrator reads the trail with the values of business records hidden; the other
    // roles read the history of the business records they may read (postgres/0009 grants each only its own view);
    // ketongctl (the owner) reads everything.
    if (m_session.isSystem())
        return QStringLiteral("(SELECT l.id, l.at, l.actor_id, l.actor, l.action, l.entity, l.record_id, l.before, "
                              "l.after, 0 AS values_hidden FROM audit_log l)");
    return m_session.kind() == RoleKind::Admin ? QStringLiteral("audit_trail") : QStringLiteral("record_history");
}

std::pair<QString, QVariantMap> AuditQuery::where(const AuditFilter& filter) const
{
    QStringList parts;
    QVariantMap values;
    if (filter.from.isValid()) {
        parts << QStringLiteral("a.at >= :from");
        values.insert(QStringLiteral("from"), filter.from.toUTC());
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("a.at < :to");
        values.insert(QStringLiteral("to"), filter.to.toUTC());
    }
    const std::pair<const char*, QString> exact[] = {{"a.actor", filter.actor.trimmed()},
                                                     {"a.entity", filter.entity.trimmed()},
                                                     {"a.action", filter.action.trimmed()},
                                                     {"a.record_id", filter.recordId.trimmed()}};
    int n = 0;
    for (const auto& [column, value] : exact) {
        ++n;
        if (value.isEmpty())
            continue;
        const QString key = QStringLiteral("v%1").arg(n);
        parts << QStringLiteral("%1 = :%2").arg(QLatin1String(column), key);
        values.insert(key, value);
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

Result<ListQuery> AuditQuery::listQuery(const AuditFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::AuditQuery";
    q.columns = {
        {QStringLiteral("at"),
         QStringLiteral("a.at"),
         QStringLiteral("a.at"),
         QT_TR_NOOP("Time"),
         ColumnFormat::DateTime,
         {}},
        {QStringLiteral("actor"),
         QStringLiteral(
             "CASE WHEN u.name IS NULL OR u.name = a.actor THEN a.actor ELSE u.name || ' (' || a.actor || ')' END"),
         QStringLiteral("a.actor"),
         QT_TR_NOOP("By"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("action"), QStringLiteral("a.action"), QStringLiteral("a.action"), QT_TR_NOOP("Action"),
         ColumnFormat::Custom, [](const QVariant& v) { return actionLabel(v.toString()); }},
        {QStringLiteral("entity"), QStringLiteral("a.entity"), QStringLiteral("a.entity"), QT_TR_NOOP("Record type"),
         ColumnFormat::Custom, [](const QVariant& v) { return entityLabel(v.toString()); }},
        {QStringLiteral("recordId"),
         QStringLiteral("a.record_id"),
         QStringLiteral("a.record_id"),
         QT_TR_NOOP("Record"),
         ColumnFormat::Text,
         {}},
        {QStringLiteral("changes"),
         QStringLiteral("a.entity || '\n' || COALESCE(a.before, '') || '\n' || COALESCE(a.after, '') || '\n' || "
                        "CAST(a.values_hidden AS TEXT)"),
         QString(), QT_TR_NOOP("Changes"), ColumnFormat::Custom, changesCell},
    };
    q.from = source() + QStringLiteral(" a LEFT JOIN users u ON u.id = a.actor_id");
    q.id = QStringLiteral("a.id");
    std::tie(q.where, q.values) = where(filter);
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

Result<QList<AuditEntry>> AuditQuery::entries(const QString& whereSql, const QVariantMap& values, int limit) const
{
    SqlQuery q(m_db.connection());
    q.prepare(kEntrySelect.arg(source()) + (whereSql.isEmpty() ? QString() : QStringLiteral("WHERE ") + whereSql) +
              QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT %1").arg(limit));
    q.bindAll(values);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<AuditEntry> list;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValue::toDateTime(q.value(1));
        e.actor = q.value(2).toString();
        e.actorName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.recordId = q.value(6).toString();
        e.before = parseObject(q.value(7));
        e.after = parseObject(q.value(8));
        e.valuesHidden = q.value(9).toInt() != 0;
        list.append(e);
    }
    if (auto s = lookUpNames(list); !s)
        return s.error();
    return list;
}

Result<QList<AuditEntry>> AuditQuery::search(const AuditFilter& filter, int limit) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    const auto [whereSql, values] = where(filter);
    return entries(whereSql, values, qMax(1, limit));
}

Result<AuditEntry> AuditQuery::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    auto found = entries(QStringLiteral("a.id = :id"), {{QStringLiteral("id"), id}}, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no audit entry %1").arg(id));
    return found->first();
}

Result<QList<AuditEntry>> AuditQuery::history(const QString& entity, const QString& recordId) const
{
    if (!m_session.isValid())
        return Error(ErrorCode::Forbidden, tr("Please log in first"));
    if (!mayReadHistory(m_session, entity))
        return AccessControl::missingRight(historyRights(entity).value(0, Rights::Permissions));
    return entries(QStringLiteral("a.entity = :entity AND a.record_id = :record"),
                   {{QStringLiteral("entity"), entity}, {QStringLiteral("record"), recordId}}, 5000);
}

Result<ReportTable> AuditQuery::exportTable(const AuditFilter& filter, int maxRows) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    const auto [whereSql, values] = where(filter);
    auto rows = entries(whereSql, values, maxRows);
    if (!rows)
        return rows.error();
    ReportTable table;
    table.context = "ketong::AuditQuery";
    table.title = tr("Audit log");
    // The CSV header is the column key: people open these files, so the keys are the translated titles.
    for (const char* title : {QT_TR_NOOP("Time"), QT_TR_NOOP("By"), QT_TR_NOOP("Action"), QT_TR_NOOP("Record type"),
                              QT_TR_NOOP("Record"), QT_TR_NOOP("Changes")})
        table.columns.append({tr(title), title, ReportTable::Kind::Text});
    for (const AuditEntry& e : std::as_const(*rows)) {
        table.rows.append({e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actorText(),
                           actionLabel(e.action, e.entity), entityLabel(e.entity), recordText(e.entity, e.recordId),
                           summary(e)});
    }
    return table;
}

Result<QStringList> AuditQuery::actions() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT action FROM %1 a ORDER BY action").arg(source()));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QStringList> AuditQuery::entities() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT entity FROM %1 a ORDER BY entity").arg(source()));
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QList<std::pair<QString, QString>>> AuditQuery::actors() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT login, name FROM users ORDER BY login"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<std::pair<QString, QString>> list{{QStringLiteral("system"), tr("System (ketongctl, scheduled jobs)")}};
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

} // namespace ketong
