#pragma once

#include "common/CsvReader.h"
#include "ketong_core_export.h"

#include <QList>
#include <QString>

namespace ketong {

/// The four files of the sales-system feed and their columns (spec/EXCHANGE.md, "The sales-system feed").
namespace FeedFormat {

enum class File { Products, Stock, Orders, OrderLines };
inline constexpr int FileCount = 4;

/// How a cell is cleaned: every cell is trimmed; Number cells (numbers, money, dates, status) also get
/// full-width digits and spaces normalised (EXCHANGE.md).
enum class Kind { Text, Number };

/// One column of a feed file.
struct Column
{
    QString key;   ///< English key ("product_no")
    QString label; ///< Chinese label ("产品编号")
    bool required = false;
    Kind kind = Kind::Text;
};

/// Columns of each file, in the index order the feed code uses.
namespace ProductCol {
enum { No, Name, Model, Batch, Unit, Price, Memo };
}
namespace StockCol {
enum { ProductNo, Warehouse, Location, Quantity, Memo };
}
namespace OrderCol {
enum { No, CustomerCode, CustomerName, Date, Address, Status };
}
namespace LineCol {
enum { OrderNo, ProductNo, Quantity, Unit, Price };
}

/// "products", "stock", "orders", "order_lines".
KETONG_CORE_EXPORT QString name(File file);
/// Every file, in the order they are applied.
KETONG_CORE_EXPORT QList<File> files();
/// The columns of a file (key, Chinese label, required, kind).
KETONG_CORE_EXPORT const QList<Column>& columns(File file);
/// The same as the CSV reader's schema.
KETONG_CORE_EXPORT QList<CsvReader::Column> csvSchema(File file);

} // namespace FeedFormat
} // namespace ketong
