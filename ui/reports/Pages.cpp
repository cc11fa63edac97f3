// The pages of 统计报表 in the navigation.
#include "ReportPage.h"
#include "shell/PageRegistry.h"

namespace ketong::pages {

QList<PageSpec> reports()
{
    const auto page = [](QLatin1String right, const char* name, ReportKind kind) {
        return PageSpec{right, QString::fromLatin1(name),
                        [kind](const Workspace& ws, QWidget* parent) { return new ReportPage(ws, kind, parent); }};
    };
    return {page(Rights::ContributionReport, "contributionReportPage", ReportKind::Contribution),
            page(Rights::CompositionReport, "compositionReportPage", ReportKind::Composition),
            page(Rights::ServiceReport, "serviceReportPage", ReportKind::Service),
            page(Rights::ChurnReport, "churnReportPage", ReportKind::Churn)};
}

} // namespace ketong::pages
