// ketong-crash: the crash-consistency harness (docs/development.md, "Crash consistency").
//   ketong-crash --backend sqlite|postgresql [--kills N] [--power-loss N] [--ops import,sync,…] [--seed S]
// Prints per operation: kills, consistent databases (entirely before / entirely after). Exit 0 only
// when every killed database is consistent. PostgreSQL uses the server of KETONG_TEST_PG_URL.
#include "CrashHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace ketong::crash;

namespace {
QCommandLineParser& parser()
{
    static QCommandLineParser p;
    return p;
}

int report(const QString& what, const CrashHarness::Tally& t)
{
    std::printf("%-30s kills %4d  consistent %4d  (before %4d, after %4d)  %s  finished-before-kill %3d\n",
                qPrintable(what), t.kills, t.consistent, t.before, t.after,
                qPrintable(what.startsWith(QLatin1String("sqlite"))
                               ? QStringLiteral("during-write %1").arg(t.duringWrite, 4)
                               : QString()),
                t.completedFirst);
    std::fflush(stdout);
    return t.failures.isEmpty() && t.kills > 0 && t.consistent == t.kills ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The server's notices while the test databases get their roles are not the harness's business.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (message.startsWith(QLatin1String("WARNING:")) || message.startsWith(QLatin1String("NOTICE:")))
            return;
        std::fprintf(stderr, "%s%s\n", type == QtWarningMsg ? "warning: " : "", qPrintable(message));
    });
    QCoreApplication::setApplicationName(QStringLiteral("ketong-crash"));
    QCommandLineParser& p = parser();
    p.addHelpOption();
    p.addOptions(
        {{QStringLiteral("backend"), QStringLiteral("sqlite or postgresql"), QStringLiteral("B"),
          QStringLiteral("sqlite")},
         {QStringLiteral("kills"), QStringLiteral("SIGKILLs per operation"), QStringLiteral("N"), QStringLiteral("3")},
         {QStringLiteral("power-loss"), QStringLiteral("SQLite power-loss snapshots per operation"),
          QStringLiteral("N"), QStringLiteral("0")},
         {QStringLiteral("ops"), QStringLiteral("operations (default: all)"), QStringLiteral("LIST")},
         {QStringLiteral("seed"), QStringLiteral("random seed"), QStringLiteral("S"), QStringLiteral("1")},
         {QStringLiteral("ketongctl"), QStringLiteral("ketongctl program"), QStringLiteral("PATH")},
         {QStringLiteral("op-program"), QStringLiteral("ketong-crash-op program"), QStringLiteral("PATH")}});
    p.process(app);
    CrashHarness::Options options;
    options.backend = p.value(QStringLiteral("backend"));
    options.kills = p.value(QStringLiteral("kills")).toInt();
    options.powerLosses =
        options.backend == QLatin1String("sqlite") ? p.value(QStringLiteral("power-loss")).toInt() : 0;
    options.seed = p.value(QStringLiteral("seed")).toULongLong();
    const QString binDir = QCoreApplication::applicationDirPath();
    options.ketongctl = p.isSet(QStringLiteral("ketongctl")) ? p.value(QStringLiteral("ketongctl"))
                                                             : binDir + QStringLiteral("/../bin/ketongctl");
    options.opProgram = p.isSet(QStringLiteral("op-program")) ? p.value(QStringLiteral("op-program"))
                                                              : binDir + QStringLiteral("/ketong-crash-op");
    options.sourceDir = qEnvironmentVariable("KETONG_SOURCE_DIR", QStringLiteral(KETONG_SOURCE_DIR_DEFAULT));
    if (options.backend == QLatin1String("postgresql") && qEnvironmentVariableIsEmpty("KETONG_TEST_PG_URL")) {
        std::printf("SKIP: KETONG_TEST_PG_URL is not set (scripts/test starts a server)\n");
        return 77;
    }
    if (options.backend == QLatin1String("postgresql"))
        qputenv("PGOPTIONS", "-c client_min_messages=error"); // no notices while test roles are made
    QTemporaryDir work;
    options.workDir = work.path();
    CrashHarness harness(options);
    if (!harness.prepare())
        return 1;
    const QStringList only = p.value(QStringLiteral("ops")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int failed = 0;
    for (const auto& op : harness.operations()) {
        if (!only.isEmpty() && !only.contains(op.name))
            continue;
        failed += report(QStringLiteral("%1 %2 kill -9").arg(options.backend, op.name), harness.runKills(op));
        if (options.powerLosses > 0)
            failed +=
                report(QStringLiteral("%1 %2 power loss").arg(options.backend, op.name), harness.runPowerLosses(op));
    }
    std::printf(failed == 0 ? "all consistent\n" : "%d runs FAILED\n", failed);
    return failed == 0 ? 0 : 1;
}
