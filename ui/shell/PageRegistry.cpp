#include "PageRegistry.h"

namespace ketong {

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
