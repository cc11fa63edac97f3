// ketongctl churn-scan (CLI.md): the weekly churn scan for cron / Windows Task Scheduler.
#include "ChurnScan.h"
#include "cli/Cli.h"

namespace ketong::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::cli)
};

int churnScanCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("as-of"), Tr::tr("Evaluate the scan as of this date (YYYY-MM-DD; default today)."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("months"), Tr::tr("Months without a counted order (default: the setting, else 6)."),
                 QStringLiteral("N")});
    if (auto stop = ctx.parse(QStringLiteral("churn-scan [--as-of YYYY-MM-DD] [--months N]"),
                              Tr::tr("Flag active customers without a shipped or paid order for N months, and close "
                                     "the warnings of customers who ordered again. Schedule it weekly (Saturday "
                                     "02:00).")))
        return *stop;
    QDate asOf;
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return ctx.usage(Tr::tr("--as-of must be a date written YYYY-MM-DD"));
    }
    int months = 0;
    if (p.isSet(QStringLiteral("months"))) {
        bool ok = false;
        months = p.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || months < 1 || months > 120)
            return ctx.usage(Tr::tr("--months must be a whole number from 1 to 120"));
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());
    auto outcome = ChurnScan(**db, ctx.clock(), *session).run(asOf, months);
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const auto& f : std::as_const(outcome->flagged))
        ctx.out() << f.code << '\t' << f.name << '\t' << f.referenceDate.toString(Qt::ISODate) << '\n';
    ctx.out() << QStringLiteral("flagged %1, recovered %2, open %3")
                     .arg(outcome->flaggedCount)
                     .arg(outcome->recovered)
                     .arg(outcome->open)
              << '\n';
    return Cli::Success;
}

} // namespace

QList<Cli::Command> churnCommands()
{
    return {{QStringLiteral("churn-scan"), QStringLiteral("churn-scan [--as-of YYYY-MM-DD] [--months N]"),
             churnScanCommand}};
}

} // namespace ketong::cli
