#include "ProductCatalog.h"

#include "auth/AccessControl.h"
#include "db/Database.h"

namespace ketong {

namespace {
ListColumn col(const char* key, const QString& select, const QString& sortBy, const char* title,
               ColumnFormat format = ColumnFormat::Text, std::function<QString(const QVariant&)> display = {})
{
    return {QString::fromLatin1(key), select, sortBy, title, format, std::move(display)};
}
} // namespace

ProductCatalog::ProductCatalog(const Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

QString ProductCatalog::displayName(const QString& name, const QString& model, const QString& batch)
{
    QString text = name + QLatin1Char('-') + model;
    if (!batch.isEmpty())
        text += QLatin1Char('-') + batch;
    return text;
}

QString ProductCatalog::displaySql(const QString& a)
{
    return QStringLiteral("%1.name || '-' || %1.model || CASE WHEN %1.batch <> '' THEN '-' || %1.batch ELSE '' END")
        .arg(a);
}

Result<ListQuery> ProductCatalog::list(const Filter& filter) const
{
    if (auto s = AccessControl::require(m_session, Rights::Products); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ProductCatalog";
    q.columns = {
        col("productNo", QStringLiteral("p.product_no"), QStringLiteral("p.product_no"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "No.")),
        col("name", QStringLiteral("p.name"), QStringLiteral("p.name"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Name")),
        col("model", QStringLiteral("p.model"), QStringLiteral("p.model"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Model")),
        col("batch", QStringLiteral("p.batch"), QStringLiteral("p.batch"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Grade/batch")),
        col("unit", QStringLiteral("p.unit"), QStringLiteral("p.unit"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Unit")),
        col("price", QStringLiteral("p.price"), QStringLiteral("p.price"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Unit price (yuan)"), ColumnFormat::Money),
        col("memo", QStringLiteral("p.memo"), QStringLiteral("p.memo"),
            QT_TRANSLATE_NOOP("ketong::ProductCatalog", "Remarks")),
    };
    q.from = QStringLiteral("products p");
    q.id = QStringLiteral("p.id");
    QStringList where;
    const auto contains = [&](const QString& column, const QString& key, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        where << m_db.dialect().containsClause(column, QLatin1Char(':') + key);
        q.values.insert(key, SqlDialect::likePattern(text.trimmed()));
    };
    contains(QStringLiteral("p.name"), QStringLiteral("name"), filter.name);
    contains(QStringLiteral("p.model"), QStringLiteral("model"), filter.model);
    contains(QStringLiteral("p.batch"), QStringLiteral("batch"), filter.batch);
    q.where = where.join(QStringLiteral(" AND "));
    return q;
}

} // namespace ketong
