// ketong-bench: builds a deterministic company of the given size through the product's bulk paths and times
// each operation of the scale issue through the product's code path and through the floor (the best
// hand-written SQL for the same answer on the same connection). Prints the table, writes JSON and, with
// --markdown, the page docs/performance.md shows. `ketong-bench load …` runs the multi-client load test.
#include "BenchChild.h"
#include "BenchData.h"
#include "BenchOps.h"
#include "BenchReport.h"
#include "Load.h"
#include "TestDatabase.h"
#include "auth/DbRoles.h"
#include "db/SqlQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <optional>

#include <cstdio>

using namespace ketong;

namespace {
/// PostgreSQL: waits (at most ten minutes) until no autovacuum worker has been busy in the database for three
/// seconds. After a load of millions of rows the server may vacuum and analyze for minutes, which would take a
/// core from whichever side of a timing it overlapped (the product's client work runs beside the server's).
void waitForAutovacuum(const Database& db)
{
    if (!db.dialect().isPostgres())
        return;
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (quiet < 3 && timer.elapsed() < 600000) {
        auto busy = SqlQuery::scalar(db.connection(),
                                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                                                    "'autovacuum worker' AND datname = current_database()"));
        quiet = busy && busy->toInt() == 0 ? quiet + 1 : 0;
        QThread::msleep(1000);
    }
    std::fprintf(stderr, "autovacuum done after %.0f s\n", timer.elapsed() / 1000.0);
}
} // namespace

int main(int argc, char* argv[])
{
    if (bench::isChild(argc, argv))
        return bench::runChild(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ketong-bench"));
    QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == QLatin1String("load")) {
        args.removeFirst();
        args.removeFirst();
        return runLoad(args);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ketong benchmark: product path against the SQL floor."));
    parser.addHelpOption();
    const QCommandLineOption backend(QStringLiteral("backend"), QStringLiteral("sqlite or postgresql"),
                                     QStringLiteral("NAME"), QStringLiteral("sqlite"));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                       QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption lines(QStringLiteral("order-lines"), QStringLiteral("Order lines to generate."),
                                   QStringLiteral("M"), QStringLiteral("50000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per operation (default 7)."),
                                    QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the results as JSON to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption markdown(QStringLiteral("markdown"),
                                      QStringLiteral("Write the results as a Markdown page to FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("Keep the generated database afterwards (its URL goes to stderr; it also holds "
                       "the rows of the database-alone timings, codes EN… and EO…)."));
    const QCommandLineOption existing(QStringLiteral("database"),
                                      QStringLiteral("Time the operations on an existing benchmark database (one "
                                                     "kept with --keep, migrated with ketongctl migrate) instead "
                                                     "of building one; no load figures."),
                                      QStringLiteral("URL"));
    parser.addOptions({backend, customers, lines, repeat, out, markdown, keep, existing});
    parser.process(app);

    // The database: a fresh SQLite file, or a fresh database on the PostgreSQL server of KETONG_TEST_PG_URL.
    qputenv("KETONG_TEST_BACKEND", parser.value(backend).toUtf8());
    bench::Size size;
    size.customers = parser.value(customers).toInt();
    size.orderLines = parser.value(lines).toLongLong();
    const int runs = qMax(1, parser.value(repeat).toInt());
    if (size.customers < 1000 || size.orderLines < 1) {
        std::fprintf(stderr, "ketong-bench: --customers must be at least 1000\n");
        return 2;
    }
    SystemClock clock;
    test::TestDatabase database;
    DatabasePtr db;
    DatabaseUrl url;
    QList<bench::Measurement> rows;
    std::optional<bench::LoadFigures> load; // when the company was built in this run
    if (parser.isSet(existing)) {
        auto parsed = DatabaseUrl::parse(parser.value(existing));
        auto opened = parsed ? Database::open(*parsed) : Result<DatabasePtr>(parsed.error());
        if (!opened) {
            std::fprintf(stderr, "ketong-bench: %s\n", qPrintable(opened.error().fullText()));
            return 1;
        }
        db = *opened;
        url = *parsed;
        // The accounts' server roles carry the prefix the database was made with (the GUI runs log in).
        if (db->dialect().isPostgres() && !qEnvironmentVariableIsSet("KETONG_ROLE_PREFIX")) {
            if (auto prefix = DbRoles::prefix(db->connection()))
                qputenv("KETONG_ROLE_PREFIX", prefix->toUtf8());
        }
        if (!parser.isSet(customers)) // the jump goes to 90 % of the size it was built with
            size.customers =
                SqlQuery::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM customers"))->toInt();
    } else {
        if (!database.createInitialized(true, &clock)) {
            std::fprintf(stderr, "ketong-bench: %s\n", qPrintable(database.lastError()));
            return 1;
        }
        if (parser.isSet(keep)) {
            database.keep();
            std::fprintf(stderr, "keeping the database: %s\n", qPrintable(database.url().toString()));
        }
        std::fprintf(stderr, "building %d customers and %lld order lines on %s…\n", size.customers,
                     static_cast<long long>(size.orderLines), qPrintable(parser.value(backend)));
        auto figures = bench::buildCompany(*database, clock, size);
        if (!figures) {
            std::fprintf(stderr, "ketong-bench: %s\n", qPrintable(figures.error().fullText()));
            return 1;
        }
        db = database.db();
        url = database.url();
        rows << bench::loadMeasurements(*figures, parser.value(backend) == QLatin1String("postgresql"));
        load = *figures;
    }
    waitForAutovacuum(*db);
    std::fprintf(stderr, "timing…\n");
    rows << bench::runOperations(db, clock, size, runs);
    std::fprintf(stderr, "app start, login, GUI-thread stall and list memory (child processes)…\n");
    rows << bench::childMeasurements(url, qMin(runs, 5));
    if (load) {
        // Last, as it adds rows: what the database alone makes of the last import's and feed run's writes.
        std::fprintf(stderr, "the database alone: an import's and a feed run's rows made in SQL…\n");
        auto engine = bench::engineAlone(*db, clock.now(), size.customers, load->lastChunkRows, load->lastFeedRows / 5);
        if (!engine) {
            std::fprintf(stderr, "ketong-bench: %s\n", qPrintable(engine.error().fullText()));
            return 1;
        }
        const QList<bench::Measurement> engineRows = bench::engineMeasurements(*engine);
        for (qsizetype i = 0; i < engineRows.size(); ++i)
            rows.insert(3 + i, engineRows.at(i)); // after the load rates they bound
    }

    const QString backendName = url.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const bench::RunInfo info = bench::RunInfo::current(backendName, size, QCoreApplication::arguments());
    std::printf("%s", qPrintable(bench::table(info, rows)));
    if (parser.isSet(out) && !bench::writeJson(parser.value(out), info, rows))
        return 1;
    if (parser.isSet(markdown) && !bench::writeMarkdown(parser.value(markdown), info, rows))
        return 1;
    return 0;
}
