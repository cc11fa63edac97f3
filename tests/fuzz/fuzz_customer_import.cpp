// customers.csv validation (CustomerImporter::preview, which runs CustomerImportChecker over the rows)
// on a SQLite database initialised once with the demo company: any file gives a report or a typed error,
// never a crash; every issue is on a line of the file; the preview writes nothing.
#include "FuzzSupport.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "customers/CustomerImporter.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "setup/Setup.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdlib>

namespace {

const ketong::Database& database()
{
    static QTemporaryDir dir;
    static std::shared_ptr<ketong::Database> db = [] {
        ketong::OpenOptions options;
        options.create = true;
        auto opened =
            ketong::Database::open(ketong::DatabaseUrl::sqlite(dir.filePath(QStringLiteral("fuzz.db"))), options);
        if (!opened)
            std::abort();
        ketong::SystemClock clock;
        ketong::Setup::Options setup;
        setup.demo = true;
        if (!ketong::Setup::initialize(**opened, clock, setup))
            std::abort();
        return *opened;
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    static const ketong::SystemClock clock;
    const QByteArray bytes = ketong::fuzz::bytes(data, size);
    ketong::CustomerImporter importer(database(), clock, ketong::Session::system());
    const auto report = importer.preview(bytes, QStringLiteral("customers.csv"));
    if (!report)
        return 0;
    if (report->written)
        std::abort();
    return 0;
}
