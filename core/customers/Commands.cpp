// ketongctl commands of this module (import customers); Cli adds them (core/cli/Cli.cpp).
#include "cli/Cli.h"

namespace ketong::cli {

QList<Cli::Command> customerCommands()
{
    return {};
}

} // namespace ketong::cli
