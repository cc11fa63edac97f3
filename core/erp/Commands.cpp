// ketongctl commands of this module (sync); Cli adds them (core/cli/Cli.cpp).
#include "cli/Cli.h"

namespace ketong::cli {

QList<Cli::Command> erpCommands()
{
    return {};
}

} // namespace ketong::cli
