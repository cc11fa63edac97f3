// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
#include "shell/PageRegistry.h"

namespace ketong::pages {

QList<PageSpec> service()
{
    return {};
}

} // namespace ketong::pages
