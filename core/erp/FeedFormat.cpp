#include "FeedFormat.h"

namespace ketong::FeedFormat {

namespace {
using K = Kind;
Column col(const char* key, const char* label, bool required, K kind = K::Text)
{
    return {QString::fromUtf8(key), QString::fromUtf8(label), required, kind};
}
} // namespace

QString name(File file)
{
    switch (file) {
    case File::Products:
        return QStringLiteral("products");
    case File::Stock:
        return QStringLiteral("stock");
    case File::Orders:
        return QStringLiteral("orders");
    case File::OrderLines:
        break;
    }
    return QStringLiteral("order_lines");
}

QList<File> files()
{
    return {File::Products, File::Stock, File::Orders, File::OrderLines};
}

const QList<Column>& columns(File file)
{
    static const QList<Column> products{col("product_no", "产品编号", true), col("name", "名称", true),
                                        col("model", "型号", true),          col("batch", "等级/批次", false),
                                        col("unit", "单位", false),          col("price", "单价(元)", true, K::Number),
                                        col("memo", "备注", false)};
    static const QList<Column> stock{col("product_no", "产品编号", true), col("warehouse", "仓库", true),
                                     col("location", "货位", true), col("quantity", "件数", true, K::Number),
                                     col("memo", "备注", false)};
    // customer_code / customer_name: one of the two (checked by the feed, not by the header).
    static const QList<Column> orders{
        col("order_no", "订单编号", true),       col("customer_code", "客户编号", false),
        col("customer_name", "客户名称", false), col("order_date", "下单日期", true, K::Number),
        col("address", "送货地址", false),       col("status", "状态", true, K::Number)};
    static const QList<Column> lines{col("order_no", "订单编号", true), col("product_no", "产品编号", true),
                                     col("quantity", "数量", true, K::Number), col("unit", "单位", false),
                                     col("price", "单价(元)", true, K::Number)};
    switch (file) {
    case File::Products:
        return products;
    case File::Stock:
        return stock;
    case File::Orders:
        return orders;
    case File::OrderLines:
        break;
    }
    return lines;
}

QList<CsvReader::Column> csvSchema(File file)
{
    QList<CsvReader::Column> schema;
    for (const Column& c : columns(file))
        schema.append({c.key, c.label, c.required});
    return schema;
}

} // namespace ketong::FeedFormat
