// ketongctl commands of this module (report); Cli adds them (core/cli/Cli.cpp).
#include "cli/Cli.h"

namespace ketong::cli {

QList<Cli::Command> reportCommands()
{
    return {};
}

} // namespace ketong::cli
