#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "db/Database.h"

namespace ketong {

/// What every page works with after login: the database, the clock and the logged-in session.
/// The main window owns it; pages keep a const reference and build core services from it.
struct Workspace
{
    DatabasePtr db;
    const Clock* clock = nullptr;
    Session session;
    bool demo = false; ///< the demo company (the window title says so)
};

} // namespace ketong
