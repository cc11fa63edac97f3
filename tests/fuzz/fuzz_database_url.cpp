// The database URL parser (DatabaseUrl::parse): any text gives either a URL that prints and parses back to
// the same place, or an Invalid error naming the URL field — never a crash.
#include "FuzzSupport.h"
#include "db/DatabaseUrl.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(ketong::fuzz::bytes(data, size));
    const auto url = ketong::DatabaseUrl::parse(text);
    if (!url) {
        if (url.error().code() != ketong::ErrorCode::Invalid || url.error().field() != QLatin1String("url"))
            std::abort();
        return 0;
    }
    const auto again = ketong::DatabaseUrl::parse(url->toString());
    if (!again || again->backend() != url->backend())
        std::abort();
    if (url->isSqlite() ? again->path() != url->path()
                        : (again->host() != url->host() || again->databaseName() != url->databaseName() ||
                           again->port() != url->port()))
        std::abort();
    if (!url->embeddedPassword().isEmpty() && url->toString().contains(url->embeddedPassword()) &&
        !url->host().contains(url->embeddedPassword()) && !url->databaseName().contains(url->embeddedPassword()) &&
        !url->user().contains(url->embeddedPassword()))
        std::abort(); // a password never appears in the printed URL
    return 0;
}
