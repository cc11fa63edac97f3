#include "PageRegistry.h"

namespace ketong {

QString PageSpec::displayTitle() const
{
    return title ? title() : RightCatalog::label(QString(right));
}

const QList<PageSpec>& pageRegistry()
{
    static const QList<PageSpec> all = [] {
        QList<PageSpec> list;
        for (const auto& module : {pages::sales, pages::customers, pages::churn, pages::service, pages::reports,
                                   pages::basedata, pages::admin})
            list += module();
        return list;
    }();
    return all;
}

} // namespace ketong
