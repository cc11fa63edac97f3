// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "DevelopmentPlansPage.h"
#include "SalesChancesPage.h"
#include "shell/PageRegistry.h"

namespace ketong::pages {

QList<PageSpec> sales()
{
    return {
        {Rights::SalesChances, QStringLiteral("salesChancesPage"),
         [](const Workspace& ws, QWidget* parent) { return new SalesChancesPage(ws, parent); }},
        {Rights::DevelopmentPlans, QStringLiteral("developmentPlansPage"),
         [](const Workspace& ws, QWidget* parent) { return new DevelopmentPlansPage(ws, parent); }},
    };
}

} // namespace ketong::pages
