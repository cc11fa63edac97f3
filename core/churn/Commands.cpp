// ketongctl commands of this module (churn-scan); Cli adds them (core/cli/Cli.cpp).
#include "cli/Cli.h"

namespace ketong::cli {

QList<Cli::Command> churnCommands()
{
    return {};
}

} // namespace ketong::cli
