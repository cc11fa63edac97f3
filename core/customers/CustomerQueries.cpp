// CustomerService's list: filters, quick views and columns, all in SQL (keyset-paged by PagedListModel).
#include "CustomerService.h"

#include "CustomerSearch.h"
#include "auth/AccessControl.h"
#include "db/Database.h"
#include "setup/ReferenceData.h"

namespace ketong {

namespace {
constexpr int RecentDays = 30;

ListColumn column(const char* key, const char* select, const char* sortBy, const char* title,
                  ColumnFormat format = ColumnFormat::Text)
{
    return {QString::fromLatin1(key), QString::fromLatin1(select), QString::fromLatin1(sortBy), title, format, {}};
}

QDateTime localMidnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}
} // namespace

Result<ListQuery> CustomerService::listQuery(const CustomerFilter& f) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::CustomerService";
    q.from = QStringLiteral("customers c JOIN users u ON u.id = c.manager_id "
                            "LEFT JOIN dict_items rg ON rg.type = :regionType AND rg.value = c.region "
                            "LEFT JOIN dict_items lv ON lv.type = :levelType AND lv.value = CAST(c.level AS TEXT)");
    q.id = QStringLiteral("c.id");
    q.values = {{QStringLiteral("regionType"), DictType::Region},
                {QStringLiteral("levelType"), DictType::CustomerLevel}};
    q.columns = {
        column("code", "c.code", "c.code", QT_TRANSLATE_NOOP("ketong::CustomerService", "Customer code")),
        column("name", "c.name", "c.name", QT_TRANSLATE_NOOP("ketong::CustomerService", "Name")),
        column("region", "COALESCE(rg.item, c.region)", "c.region",
               QT_TRANSLATE_NOOP("ketong::CustomerService", "Region")),
        column("manager", "u.name", "u.name", QT_TRANSLATE_NOOP("ketong::CustomerService", "Account manager")),
        column("level", "COALESCE(lv.item, CAST(c.level AS TEXT))", "c.level",
               QT_TRANSLATE_NOOP("ketong::CustomerService", "Customer level")),
        column("tel", "c.tel", "c.tel", QT_TRANSLATE_NOOP("ketong::CustomerService", "Phone")),
        // Index ix_orders_customer_id (customer_id, status, order_date) answers this per visible row.
        column("last_order",
               "(SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id AND o.status IN (5, 6))", "",
               QT_TRANSLATE_NOOP("ketong::CustomerService", "Last order"), ColumnFormat::Date),
    };
    if (f.status == 0) {
        ListColumn status = column("status", "c.status", "c.status",
                                   QT_TRANSLATE_NOOP("ketong::CustomerService", "Status"), ColumnFormat::Custom);
        status.display = [](const QVariant& v) { return statusLabel(static_cast<CustomerStatus>(v.toInt())); };
        q.columns.append(status);
    }

    QStringList where;
    if (f.status == 1 || f.status == 2) {
        where << QStringLiteral("c.status = :status");
        q.values.insert(QStringLiteral("status"), f.status);
    } else {
        where << QStringLiteral("c.status IN (1, 2)");
    }
    const SqlDialect& dialect = m_db.dialect();
    if (const QString code = f.code.trimmed(); !code.isEmpty()) {
        where << dialect.containsClause(QStringLiteral("c.code"), QStringLiteral(":code"));
        q.values.insert(QStringLiteral("code"), SqlDialect::likePattern(code).mid(1)); // starts with
    }
    if (const QString name = f.name.trimmed(); !name.isEmpty()) {
        where << CustomerSearch::nameContains(m_db, QStringLiteral("c"), name, QStringLiteral("name"), q.values);
    }
    if (!f.region.isEmpty()) {
        where << QStringLiteral("c.region = :region");
        q.values.insert(QStringLiteral("region"), f.region);
    }
    if (f.managerId > 0) {
        where << QStringLiteral("c.manager_id = :manager");
        q.values.insert(QStringLiteral("manager"), f.managerId);
    }
    if (f.level > 0) {
        where << QStringLiteral("c.level = :level");
        q.values.insert(QStringLiteral("level"), f.level);
    }

    const QDate today = m_clock.today();
    q.sortColumn = 0; // code
    switch (f.view) {
    case CustomerView::All:
        break;
    case CustomerView::Mine:
        where << QStringLiteral("c.manager_id = :me");
        q.values.insert(QStringLiteral("me"), m_session.userId());
        break;
    case CustomerView::CreatedToday:
    case CustomerView::CreatedThisWeek:
    case CustomerView::CreatedThisMonth: {
        const QDate since = f.view == CustomerView::CreatedToday      ? today
                            : f.view == CustomerView::CreatedThisWeek ? today.addDays(1 - today.dayOfWeek())
                                                                      : QDate(today.year(), today.month(), 1);
        where << QStringLiteral("c.created_at >= :since");
        q.values.insert(QStringLiteral("since"), localMidnight(since));
        q.columns.append(column("created_at", "c.created_at", "c.created_at",
                                QT_TRANSLATE_NOOP("ketong::CustomerService", "Created"), ColumnFormat::DateTime));
        q.sortColumn = int(q.columns.size()) - 1;
        q.descending = true;
        break;
    }
    case CustomerView::RecentlyUpdated:
        where << QStringLiteral("c.updated_at >= :since");
        q.values.insert(QStringLiteral("since"), m_clock.now().addDays(-RecentDays));
        q.columns.append(column("updated_at", "c.updated_at", "c.updated_at",
                                QT_TRANSLATE_NOOP("ketong::CustomerService", "Updated"), ColumnFormat::DateTime));
        q.sortColumn = int(q.columns.size()) - 1;
        q.descending = true;
        break;
    }
    q.where = where.join(QStringLiteral(" AND "));
    return q;
}

} // namespace ketong
