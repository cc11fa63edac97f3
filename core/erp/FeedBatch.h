#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ketong {

/// A feed after its rows were checked: typed records, with product and order numbers interned as keys
/// (a million order lines hold two integers each instead of two strings). Internal to core/erp.
struct FeedBatch
{
    struct Key
    {
        QString text;
        qint64 id = 0;       ///< the stored row's id (0 until known)
        bool stored = false; ///< the store had it before this run
        int definedRow = -1; ///< row of the products / orders file that defines it (-1: only referenced)
    };
    struct Keys
    {
        QHash<QString, int> index;
        QList<Key> list;
        int intern(const QString& text)
        {
            const auto it = index.constFind(text);
            if (it != index.cend())
                return *it;
            list.append({text});
            index.insert(text, int(list.size() - 1));
            return int(list.size() - 1);
        }
    };
    struct Product
    {
        int key;
        QString name, model, batch, unit, memo;
        qint64 price;
    };
    struct Stock
    {
        int product;
        QString warehouse, location, memo;
        qint64 quantity;
        int row;
    };
    struct Order
    {
        int key;
        QString customerCode, customerName, address;
        QDate date;
        int status;
        int row;
        qint64 customerId = 0;
    };
    struct Line
    {
        int order;
        int product;
        qint64 quantity;
        qint64 price;
        QString unit;
        int row;
    };

    Keys products;
    Keys orders;
    QList<Product> productRows;
    QList<Stock> stockRows;
    QList<Order> orderRows;
    QList<Line> lineRows;
};

} // namespace ketong
