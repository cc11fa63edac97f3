// ChanceService's reads: one chance (as it is now, inside a write's transaction, or with its plan for the
// screens), the two lists and the account managers to assign to.
#include "ChanceService.h"

#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

namespace ketong {

namespace {
const QString ChanceColumns = QStringLiteral(
    "s.id, s.source, s.customer_name, s.title, s.rate, s.contact, s.contact_tel, s.description, s.created_by, "
    "COALESCE(cu.name, ''), s.created_at, COALESCE(s.assigned_to, 0), COALESCE(au.name, ''), s.assigned_at, "
    "s.status, s.closed_at, COALESCE(s.customer_id, 0), s.version, s.updated_at, s.updated_by");
const QString ChanceFrom = QStringLiteral(
    "sales_chances s LEFT JOIN users cu ON cu.id = s.created_by LEFT JOIN users au ON au.id = s.assigned_to");

SalesChance readChance(const SqlQuery& q)
{
    int i = 0;
    SalesChance c;
    c.id = q.value(i++).toLongLong();
    c.source = q.value(i++).toString();
    c.customerName = q.value(i++).toString();
    c.title = q.value(i++).toString();
    c.rate = q.value(i++).toInt();
    c.contact = q.value(i++).toString();
    c.contactTel = q.value(i++).toString();
    c.description = q.value(i++).toString();
    c.createdBy = q.value(i++).toLongLong();
    c.createdByName = q.value(i++).toString();
    c.createdAt = SqlValue::toDateTime(q.value(i++));
    c.assignedTo = q.value(i++).toLongLong();
    c.assignedToName = q.value(i++).toString();
    c.assignedAt = SqlValue::toDateTime(q.value(i++));
    c.status = static_cast<ChanceStatus>(q.value(i++).toInt());
    c.closedAt = SqlValue::toDateTime(q.value(i++));
    c.customerId = q.value(i++).toLongLong();
    c.version = q.value(i++).toInt();
    c.updatedAt = SqlValue::toDateTime(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    return c;
}

/// The creation date as the lists show it (SPEC §5.2.1: yyyy年MM月dd日 in Chinese).
QString createdDate(const QVariant& value)
{
    const QDateTime at = SqlValue::toDateTime(value);
    if (!at.isValid())
        return {};
    return at.toLocalTime().date().toString(
        QCoreApplication::translate("ketong::ChanceService", "yyyy-MM-dd", "date format of the chance lists"));
}

ListColumn column(const char* key, const char* select, const char* title, ColumnFormat format = ColumnFormat::Text)
{
    return {QString::fromLatin1(key), QString::fromLatin1(select), QString::fromLatin1(select), title, format, {}};
}

/// The index of the creation time among commonColumns() (both lists sort by it, newest first).
constexpr int CreatedAtColumn = 5;

/// The columns both lists share (SPEC §5.2.1 and §5.2.5).
QList<ListColumn> commonColumns()
{
    QList<ListColumn> columns{
        column("id", "s.id", QT_TRANSLATE_NOOP("ketong::ChanceService", "No."), ColumnFormat::Integer),
        column("customerName", "s.customer_name", QT_TRANSLATE_NOOP("ketong::ChanceService", "Customer name")),
        column("title", "s.title", QT_TRANSLATE_NOOP("ketong::ChanceService", "Summary")),
        column("contact", "s.contact", QT_TRANSLATE_NOOP("ketong::ChanceService", "Contact")),
        column("contactTel", "s.contact_tel", QT_TRANSLATE_NOOP("ketong::ChanceService", "Contact phone")),
        column("createdAt", "s.created_at", QT_TRANSLATE_NOOP("ketong::ChanceService", "Created"),
               ColumnFormat::Custom)};
    columns.last().display = createdDate;
    return columns;
}

void applyFilter(ListQuery& query, const ChanceFilter& filter, const SqlDialect& dialect)
{
    const QList<std::pair<QString, QString>> parts{{QStringLiteral("s.customer_name"), filter.customerName.trimmed()},
                                                   {QStringLiteral("s.title"), filter.title.trimmed()},
                                                   {QStringLiteral("s.contact"), filter.contact.trimmed()}};
    int n = 0;
    for (const auto& [expr, text] : parts) {
        if (text.isEmpty())
            continue;
        const QString param = QStringLiteral(":f%1").arg(n++);
        query.where += QStringLiteral(" AND ") + dialect.containsClause(expr, param);
        query.values.insert(param, QStringLiteral("%") + SqlDialect::likePattern(text) + QStringLiteral("%"));
    }
}
} // namespace

Result<SalesChance> ChanceService::current(const QSqlDatabase& c, qint64 id) const
{
    // On PostgreSQL the row stays locked until the transaction ends, so a concurrent step (another
    // session closing the chance) cannot slip between this check and the write. SQLite's write
    // transaction already holds the database lock.
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT ") + ChanceColumns + QStringLiteral(" FROM ") + ChanceFrom +
              QStringLiteral(" WHERE s.id = :id") +
              (m_db.dialect().isPostgres() ? QStringLiteral(" FOR UPDATE OF s") : QString()));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The sales chance no longer exists: someone deleted it"));
    SalesChance chance = readChance(q);
    q.finish();
    return chance;
}

Result<SalesChance> ChanceService::currentVersion(const QSqlDatabase& c, qint64 id, int version) const
{
    auto chance = current(c, id);
    if (chance && chance->version != version)
        return staleRecordError(c, QStringLiteral("sales_chances"), id, what(*chance));
    return chance;
}

Result<SalesChance> ChanceService::load(qint64 id) const
{
    if (!m_session.has(Rights::SalesChances) && !m_session.has(Rights::DevelopmentPlans))
        return AccessControl::missingRight(Rights::SalesChances);
    const QSqlDatabase c = m_db.connection();
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT ") + ChanceColumns + QStringLiteral(" FROM ") + ChanceFrom +
              QStringLiteral(" WHERE s.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The sales chance no longer exists: someone deleted it"));
    SalesChance chance = readChance(q);
    q.finish();
    const bool own = chance.assignedTo == m_session.userId() || chance.createdBy == m_session.userId();
    if (!AccessControl::seesAll(m_session) && chance.status != ChanceStatus::Unassigned && !own)
        return Error(ErrorCode::Forbidden, tr("%1 is assigned to another account manager").arg(what(chance)));
    SqlQuery items(c);
    items.prepare(QStringLiteral("SELECT id, chance_id, plan_date, todo, result, version FROM plan_items "
                                 "WHERE chance_id = :id ORDER BY plan_date, id"));
    items.bind(QStringLiteral(":id"), id);
    if (auto s = items.exec(); !s)
        return s.error();
    while (items.next())
        chance.planItems.append({items.value(0).toLongLong(), items.value(1).toLongLong(),
                                 SqlValue::toDate(items.value(2)), items.value(3).toString(), items.value(4).toString(),
                                 items.value(5).toInt()});
    return chance;
}

Result<ListQuery> ChanceService::chanceList(const ChanceFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::SalesChances); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ChanceService";
    q.columns = commonColumns();
    q.from = ChanceFrom;
    q.id = QStringLiteral("s.id");
    q.where = QStringLiteral("s.status = 1");
    applyFilter(q, filter, m_db.dialect());
    q.sortColumn = CreatedAtColumn;
    q.descending = true;
    return q;
}

Result<ListQuery> ChanceService::planList(const ChanceFilter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ChanceService";
    q.columns = commonColumns();
    q.columns.append({QStringLiteral("assignedTo"),
                      QStringLiteral("COALESCE(au.name, '')"),
                      QStringLiteral("COALESCE(au.name, '')"),
                      QT_TRANSLATE_NOOP("ketong::ChanceService", "Assigned to"),
                      ColumnFormat::Text,
                      {}});
    ListColumn status{QStringLiteral("status"),   QStringLiteral("s.status"),
                      QStringLiteral("s.status"), QT_TRANSLATE_NOOP("ketong::ChanceService", "Status"),
                      ColumnFormat::Custom,       {}};
    status.display = [](const QVariant& v) {
        switch (static_cast<ChanceStatus>(v.toInt())) {
        case ChanceStatus::Succeeded:
            return tr("Archived (succeeded)");
        case ChanceStatus::Failed:
            return tr("Archived (failed)");
        default:
            return statusLabel(static_cast<ChanceStatus>(v.toInt()));
        }
    };
    q.columns.append(status);
    q.from = ChanceFrom;
    q.id = QStringLiteral("s.id");
    q.where = QStringLiteral("s.status IN (2, 3, 4)");
    if (!AccessControl::seesAll(m_session)) {
        q.where += QStringLiteral(" AND s.assigned_to = :me");
        q.values.insert(QStringLiteral(":me"), m_session.userId());
    }
    applyFilter(q, filter, m_db.dialect());
    q.sortColumn = CreatedAtColumn;
    q.descending = true;
    return q;
}

Result<QList<Assignee>> ChanceService::assignees() const
{
    if (auto s = AccessControl::requireKind(m_session, Rights::SalesChances, {RoleKind::Director},
                                            tr("assign sales chances"));
        !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT u.id, u.login, u.name FROM users u JOIN roles r ON r.id = u.role_id "
                             "WHERE u.status = 1 AND r.kind = 'manager' ORDER BY u.name, u.id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Assignee> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

} // namespace ketong
