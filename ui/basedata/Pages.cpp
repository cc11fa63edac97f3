// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "shell/PageRegistry.h"

#ifdef KETONG_BASEDATA_PAGES
#include "BaseDataAdminPage.h"
#include "ProductsPage.h"
#include "StockPage.h"
#endif

namespace ketong::pages {

QList<PageSpec> basedata()
{
#ifndef KETONG_BASEDATA_PAGES
    return {};
#else
    return {
        {Rights::Dictionary, QStringLiteral("baseDataAdminPage"),
         [](const Workspace& ws, QWidget* parent) { return new BaseDataAdminPage(ws, parent); }},
        {Rights::Products, QStringLiteral("productsPage"),
         [](const Workspace& ws, QWidget* parent) { return new ProductsPage(ws, parent); }},
        {Rights::Stock, QStringLiteral("stockPage"),
         [](const Workspace& ws, QWidget* parent) { return new StockPage(ws, parent); }},
    };
#endif
}

} // namespace ketong::pages
