// ketongctl sync (CLI.md): apply a sales-system feed from a directory or an http(s) URL — for cron.
#include "FeedSettings.h"
#include "SalesSystemSync.h"
#include "cli/Cli.h"

namespace ketong::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::cli)
};

int syncCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("from"),
                 Tr::tr("The feed: a directory of CSV files or an http(s) base URL of JSON files (default: the source "
                        "and token file saved in the program's feed settings)."),
                 QStringLiteral("DIR_OR_URL")});
    p.addOption({QStringLiteral("token-file"), Tr::tr("HTTP: read the bearer token from the first line of FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Check the feed and count what would change; write nothing.")});
    p.addOption({QStringLiteral("timeout"),
                 Tr::tr("HTTP: seconds to wait for an answer and for each stall (default 60)."),
                 QStringLiteral("SECONDS")});
    if (auto stop = ctx.parse(QStringLiteral("sync [--from DIR_OR_URL] [--token-file F] [--dry-run]"),
                              Tr::tr("Apply a sales-system feed (products, stock, orders, order lines): everything is "
                                     "checked first, then written in one transaction, or nothing is written.")))
        return *stop;
    SalesSystemSync::Options options;
    options.source = p.value(QStringLiteral("from"));
    options.tokenFile = p.value(QStringLiteral("token-file"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return ctx.usage(Tr::tr("--timeout must be a whole number of seconds from 1 to 3600"));
        options.http.connectTimeoutMs = seconds * 1000;
        options.http.transferTimeoutMs = seconds * 1000;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (!p.isSet(QStringLiteral("from"))) {
        // On the office server the owner's cron runs the feed the administrator set up in the program.
        auto saved = FeedSettings::load(**db);
        if (!saved)
            return ctx.fail(saved.error());
        if (saved->source.trimmed().isEmpty())
            return ctx.usage(Tr::tr("--from DIR_OR_URL is required: no source is saved in the feed's settings"));
        options.source = saved->source;
        if (!p.isSet(QStringLiteral("token-file")))
            options.tokenFile = saved->tokenFile;
    }
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());
    auto report = SalesSystemSync(**db, ctx.clock(), *session).run(options);
    if (!report)
        return ctx.fail(report.error());
    if (!report->ok) {
        for (const QString& e : std::as_const(report->errors))
            ctx.err() << e << '\n';
        if (report->errorCount > report->errors.size())
            ctx.err() << Tr::tr("… and %1 more errors").arg(report->errorCount - report->errors.size()) << '\n';
        ctx.err() << "ketongctl: "
                  << Tr::tr("the feed was not applied (%n error(s)); nothing was written", nullptr,
                            int(qMin<qint64>(report->errorCount, std::numeric_limits<int>::max())))
                  << '\n';
        ctx.err().flush();
        return Cli::Failure;
    }
    for (FeedFormat::File f : FeedFormat::files()) {
        const auto i = std::size_t(f);
        if (report->present.at(i))
            ctx.out() << FeedFormat::name(f) << ": " << FeedReport::countsText(report->counts.at(i)) << '\n';
    }
    ctx.out() << FeedReport::countsText(report->total());
    if (report->dryRun)
        ctx.out() << ' ' << Tr::tr("(dry run: nothing was written)");
    ctx.out() << '\n';
    return Cli::Success;
}

} // namespace

QList<Cli::Command> erpCommands()
{
    return {
        {QStringLiteral("sync"), QStringLiteral("sync [--from DIR_OR_URL] [--token-file F] [--dry-run]"), syncCommand}};
}

} // namespace ketong::cli
