// ketong-bench load (issue 12): N clients with their own connections and accounts run the mix for S seconds;
// then the table and the verification (no lost update, no orphan or duplicate row).
#include "Load.h"

#include "load/LoadClient.h"
#include "load/LoadSetup.h"
#include "load/LoadVerify.h"

#include "db/SqlQuery.h"

#include <QCommandLineParser>

#include <cstdio>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

using namespace ketong;
using namespace ketong::load;

namespace {

void print(const QString& text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

struct Options
{
    QString backend = QStringLiteral("postgresql");
    int clients = 20;
    int seconds = 120;
    bool ok = true;
};

Options parse(QStringList args)
{
    if (!args.isEmpty() && args.constFirst() == QLatin1String("load"))
        args.removeFirst();
    args.prepend(QStringLiteral("ketong-bench load"));
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("backend"), QStringLiteral("postgresql or sqlite"), QStringLiteral("B")},
                  {QStringLiteral("clients"), QStringLiteral("client threads (default 20)"), QStringLiteral("N")},
                  {QStringLiteral("seconds"), QStringLiteral("duration (default 120)"), QStringLiteral("S")},
                  {QStringLiteral("database"),
                   QStringLiteral("PostgreSQL server URL (default $KETONG_TEST_PG_URL; password from PGPASSWORD)"),
                   QStringLiteral("URL")}});
    Options o;
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        std::fprintf(stderr,
                     "%s\nusage: ketong-bench load [--backend postgresql|sqlite] [--clients N] [--seconds S] "
                     "[--database URL]\n",
                     qPrintable(p.errorText()));
        o.ok = false;
        return o;
    }
    if (p.isSet(QStringLiteral("backend")))
        o.backend = p.value(QStringLiteral("backend"));
    if (p.isSet(QStringLiteral("clients")))
        o.clients = p.value(QStringLiteral("clients")).toInt();
    if (p.isSet(QStringLiteral("seconds")))
        o.seconds = p.value(QStringLiteral("seconds")).toInt();
    if (p.isSet(QStringLiteral("database")))
        qputenv("KETONG_TEST_PG_URL", p.value(QStringLiteral("database")).toUtf8());
    o.ok = (o.backend == QLatin1String("postgresql") || o.backend == QLatin1String("sqlite")) && o.clients > 0 &&
           o.clients <= 200 && o.seconds > 0;
    if (!o.ok)
        std::fprintf(stderr, "ketong-bench load: bad --backend, --clients (1–200) or --seconds\n");
    return o;
}

/// Runs the clients; returns their merged statistics and ledger.
std::pair<LoadStats, LoadLedger> drive(const LoadSetup& setup, const Options& o, const Clock& clock, int& loginErrors)
{
    std::vector<std::unique_ptr<LoadClient>> clients(size_t(o.clients));
    std::latch ready(o.clients);
    std::latch start(1);
    QElapsedTimer timer;
    const qint64 deadline = qint64(o.seconds) * 1000;
    std::vector<std::thread> threads;
    std::atomic<int> failedLogins = 0;
    for (int i = 0; i < o.clients; ++i) {
        threads.emplace_back([&, i] {
            auto login = setup.login(i, clock);
            if (login)
                clients[size_t(i)] =
                    std::make_unique<LoadClient>(i, login->db, login->session, setup.world(), clock, quint64(1000 + i));
            else
                std::fprintf(stderr, "client %d: %s\n", i, qPrintable(login.error().fullText())), ++failedLogins;
            ready.count_down();
            start.wait();
            if (clients[size_t(i)])
                clients[size_t(i)]->run(timer, deadline);
        });
    }
    ready.wait();
    timer.start();
    start.count_down();
    for (std::thread& t : threads)
        t.join();
    loginErrors = failedLogins;
    LoadStats stats;
    LoadLedger ledger;
    for (const auto& c : clients) {
        if (!c)
            continue;
        stats.merge(c->stats());
        ledger.merge(c->ledger());
    }
    clients.clear(); // each client's Database (and its connection) goes now
    return {stats, ledger};
}

/// The latency target: p95 ≤ 100 ms for single-record operations.
bool latencyTargetMet(const LoadStats& stats)
{
    bool met = true;
    for (auto it = stats.ops().cbegin(); it != stats.ops().cend(); ++it) {
        if (it.key() == QLatin1String("list") || it.key() == QLatin1String("search") ||
            it.key() == QLatin1String("report"))
            continue;
        QList<double> ms = it->ms;
        std::sort(ms.begin(), ms.end());
        if (LoadStats::percentile(ms, 95) > 100.0) {
            print(QStringLiteral("latency target missed: %1 p95 %2 ms > 100 ms\n")
                      .arg(it.key())
                      .arg(LoadStats::percentile(ms, 95), 0, 'f', 1));
            met = false;
        }
    }
    return met;
}

} // namespace

int runLoad(const QStringList& args)
{
    const Options o = parse(args);
    if (!o.ok)
        return 2;
    qputenv("PGOPTIONS", "-c client_min_messages=error"); // no notices while the login roles are made
    SystemClock clock;
    LoadSetup setup;
    print(QStringLiteral("setting up: demo company on %1, %2 accounts…\n").arg(o.backend).arg(o.clients));
    if (auto s = setup.create(o.backend, o.clients, clock); !s) {
        std::fprintf(stderr, "ketong-bench load: %s\n", qPrintable(s.error().fullText()));
        return 3;
    }
    int directors = 0;
    for (const auto& a : setup.accounts())
        directors += a.kind == RoleKind::Director ? 1 : 0;
    print(QStringLiteral("running %1 clients (%2 directors, %3 account managers) for %4 s, think time 0\n\n")
              .arg(o.clients)
              .arg(directors)
              .arg(o.clients - directors)
              .arg(o.seconds));
    int loginErrors = 0;
    const auto [stats, ledger] = drive(setup, o, clock, loginErrors);
    print(stats.table(o.seconds));
    for (const QString& e : stats.errorSamples())
        print(QStringLiteral("error: %1\n").arg(e));
    if (qEnvironmentVariableIsSet("KETONG_LOAD_SABOTAGE")) {
        // Self-check of the verification: undo one successful edit behind the clients' backs.
        (void)SqlQuery::run(
            setup.db().connection(), QStringLiteral("UPDATE customers SET fax = 'lost' WHERE id = :id"),
            {{QStringLiteral("id"), ledger.customerEdits.isEmpty() ? 0 : ledger.customerEdits.cbegin().key()}});
        print(QStringLiteral("KETONG_LOAD_SABOTAGE: one edit overwritten behind the clients' backs\n"));
    }
    const LoadVerdict v = verifyLoad(setup, ledger);
    print(QStringLiteral("\nverification: %1 customers edited by %2 successful edits; lost updates %3; audit "
                         "mismatches %4; orphan/integrity problems %5; duplicate or unaccounted rows %6\n")
              .arg(v.editedCustomers)
              .arg(v.successfulEdits)
              .arg(v.lostUpdates)
              .arg(v.auditMismatches)
              .arg(v.orphans)
              .arg(v.duplicates));
    for (const QString& d : v.details)
        print(QStringLiteral("  %1\n").arg(d));
    const bool latencyOk = latencyTargetMet(stats);
    const bool ok = v.ok() && stats.totalErrors() == 0 && loginErrors == 0;
    print(QStringLiteral("result: %1 (errors other than detected conflicts: %2; latency target %3)\n")
              .arg(ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
              .arg(stats.totalErrors() + loginErrors)
              .arg(latencyOk ? QStringLiteral("met") : QStringLiteral("missed")));
    return ok ? 0 : 1;
}
