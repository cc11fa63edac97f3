#include "Inventory.h"

#include "ProductCatalog.h"
#include "auth/AccessControl.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace ketong {

namespace {
ListColumn col(const char* key, const QString& select, const QString& sortBy, const char* title,
               ColumnFormat format = ColumnFormat::Text, std::function<QString(const QVariant&)> display = {})
{
    return {QString::fromLatin1(key), select, sortBy, title, format, std::move(display)};
}
} // namespace

Inventory::Inventory(const Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

Result<ListQuery> Inventory::list(const Filter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::Stock); !s)
        return s.error();
    const QString product = ProductCatalog::displaySql(QStringLiteral("p"));
    ListQuery q;
    q.context = "ketong::Inventory";
    q.columns = {
        col("id", QStringLiteral("s.id"), QStringLiteral("s.id"), QT_TRANSLATE_NOOP("ketong::Inventory", "Seq. no."),
            ColumnFormat::Integer),
        col("product", product, product, QT_TRANSLATE_NOOP("ketong::Inventory", "Product")),
        col("warehouse", QStringLiteral("s.warehouse"), QStringLiteral("s.warehouse"),
            QT_TRANSLATE_NOOP("ketong::Inventory", "Warehouse")),
        col("location", QStringLiteral("s.location"), QStringLiteral("s.location"),
            QT_TRANSLATE_NOOP("ketong::Inventory", "Location")),
        col("quantity", QStringLiteral("s.quantity"), QStringLiteral("s.quantity"),
            QT_TRANSLATE_NOOP("ketong::Inventory", "Quantity"), ColumnFormat::Integer),
        col("memo", QStringLiteral("s.memo"), QStringLiteral("s.memo"),
            QT_TRANSLATE_NOOP("ketong::Inventory", "Remarks")),
    };
    q.from = QStringLiteral("stock s JOIN products p ON p.id = s.product_id");
    q.id = QStringLiteral("s.id");
    QStringList where;
    if (!filter.product.trimmed().isEmpty()) {
        where << m_db.dialect().containsClause(QStringLiteral("p.name"), QStringLiteral(":product"));
        q.values.insert(QStringLiteral("product"), SqlDialect::likePattern(filter.product.trimmed()));
    }
    if (!filter.warehouse.trimmed().isEmpty()) {
        where << QStringLiteral("s.warehouse = :warehouse");
        q.values.insert(QStringLiteral("warehouse"), filter.warehouse.trimmed());
    }
    q.where = where.join(QStringLiteral(" AND "));
    q.sortColumn = 1;
    return q;
}

Result<QStringList> Inventory::warehouses() const
{
    if (auto s = AccessControl::require(m_session, Rights::Stock); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    if (auto s = q.exec(QStringLiteral("SELECT DISTINCT warehouse FROM stock ORDER BY warehouse")); !s)
        return s.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace ketong
