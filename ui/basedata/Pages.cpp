// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "shell/PageRegistry.h"

#include "BaseDataAdminPage.h"
#include "ProductsPage.h"
#include "StockPage.h"

namespace ketong::pages {

QList<PageSpec> basedata()
{
    return {
        {Rights::Dictionary, QStringLiteral("baseDataAdminPage"),
         [](const Workspace& ws, QWidget* parent) { return new BaseDataAdminPage(ws, parent); }},
        {Rights::Products, QStringLiteral("productsPage"),
         [](const Workspace& ws, QWidget* parent) { return new ProductsPage(ws, parent); }},
        {Rights::Stock, QStringLiteral("stockPage"),
         [](const Workspace& ws, QWidget* parent) { return new StockPage(ws, parent); }},
    };
}

} // namespace ketong::pages
