// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "ServiceCreatePage.h"
#include "ServiceListPage.h"
#include "shell/PageRegistry.h"

namespace ketong::pages {

namespace {
using Stage = ServiceDesk::Stage;

PageSpec listPage(QLatin1String right, Stage stage, bool badge)
{
    PageSpec spec{right, ServiceListPage::objectNameOf(stage),
                  [stage](const Workspace& ws, QWidget* parent) { return new ServiceListPage(ws, stage, parent); }};
    if (badge)
        spec.badge = [stage](const Workspace& ws) {
            return ServiceDesk(*ws.db, *ws.clock, ws.session).waitingCount(stage);
        };
    return spec;
}
} // namespace

QList<PageSpec> service()
{
    return {
        {Rights::ServiceCreate, QStringLiteral("serviceCreatePage"),
         [](const Workspace& ws, QWidget* parent) { return new ServiceCreatePage(ws, parent); }},
        listPage(Rights::ServiceAssign, Stage::Assign, true),
        listPage(Rights::ServiceHandle, Stage::Handle, true),
        listPage(Rights::ServiceFeedback, Stage::Feedback, true),
        listPage(Rights::ServiceArchive, Stage::Archive, false),
    };
}

} // namespace ketong::pages
