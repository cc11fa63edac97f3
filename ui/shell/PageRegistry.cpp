#include "PageRegistry.h"

namespace ketong {

const QList<PageSpec>& pageRegistry()
{
    // One line per page; a module's page appears in the navigation once it is listed here.
    static const QList<PageSpec> pages{};
    return pages;
}

} // namespace ketong
