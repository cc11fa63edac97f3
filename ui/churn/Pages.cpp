// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "LostCustomersPage.h"
#include "shell/PageRegistry.h"

namespace ketong::pages {

QList<PageSpec> churn()
{
    return {{Rights::Churn, QStringLiteral("lostCustomersPage"),
             [](const Workspace& ws, QWidget* parent) { return new LostCustomersPage(ws, parent); }}};
}

} // namespace ketong::pages
