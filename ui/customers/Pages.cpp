// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "CustomersPage.h"
#include "shell/PageRegistry.h"

namespace ketong::pages {

QList<PageSpec> customers()
{
    return {{Rights::Customers, QStringLiteral("customersPage"),
             [](const Workspace& ws, QWidget* parent) { return new CustomersPage(ws, parent); }}};
}

} // namespace ketong::pages
