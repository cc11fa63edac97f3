// 查询产品信息 and 查询库存: filters, the product shown as 名称-型号-批次, rights.
#include "basedata/ProductCatalog.h"
#include "RunListQuery.h"
#include "TestDatabase.h"
#include "basedata/Inventory.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ProductCatalogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void products()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        ProductCatalog catalog(*t, t.sessionFor(u"manager1"_s));
        auto all = catalog.list();
        QVERIFY(all);
        QCOMPARE(test::runListQuery(*t, *all, {u"productNo"_s}).size(), 18);
        auto laptops = catalog.list({u"笔记本"_s, {}, {}});
        QCOMPARE(test::runListQuery(*t, *laptops, {u"model"_s, u"price"_s}),
                 (QList<QStringList>{{u"i60"_s, u"1080000"_s}, {u"i80"_s, u"1280000"_s}}));
        auto byModel = catalog.list({{}, u"I8"_s, {}}); // case-insensitive
        QCOMPARE(test::runListQuery(*t, *byModel, {u"name"_s}), QList<QStringList>{{u"海龙笔记本电脑"_s}});
        auto byBatch = catalog.list({{}, {}, u"9966"_s});
        QCOMPARE(test::runListQuery(*t, *byBatch, {u"model"_s}), QList<QStringList>{{u"i60"_s}});
        auto percent = catalog.list({u"%"_s, {}, {}}); // matched literally
        QVERIFY(test::runListQuery(*t, *percent, {u"name"_s}).isEmpty());
        QCOMPARE(ProductCatalog(*t, t.sessionFor(u"admin"_s)).list().error().code(), ErrorCode::Forbidden);
        QVERIFY(ProductCatalog(*t, t.sessionFor(u"director"_s)).list());
    }

    void stock()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        Inventory inventory(*t, t.sessionFor(u"manager1"_s));
        auto warehouses = inventory.warehouses();
        QVERIFY(warehouses);
        QVERIFY(warehouses->contains(u"北京-西直门库"_s));
        auto laptops = inventory.list({u"海龙笔记本"_s, {}});
        const auto rows = test::runListQuery(*t, *laptops, {u"product"_s, u"warehouse"_s});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().first(), u"海龙笔记本电脑-i60-2688 9966"_s);
        auto one = inventory.list({{}, u"北京-西直门库"_s});
        for (const QStringList& row : test::runListQuery(*t, *one, {u"warehouse"_s}))
            QCOMPARE(row.first(), u"北京-西直门库"_s);
        QCOMPARE(ProductCatalog::displayName(u"打印纸"_s, u"A4"_s, QString()), u"打印纸-A4"_s);
        QCOMPARE(Inventory(*t, t.sessionFor(u"executive"_s)).list().error().code(), ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(ProductCatalogTest)
#include "ProductCatalogTest.moc"
