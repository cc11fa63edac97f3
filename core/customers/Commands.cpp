// ketongctl import customers FILE [--dry-run] (CSV, .xlsx, .xls) and export customers [-o FILE] [--format csv|xlsx]
// (CLI.md, EXCHANGE.md customers.csv).
#include "CustomerExporter.h"
#include "CustomerImporter.h"
#include "cli/Cli.h"

#include <QFile>

namespace ketong::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::cli)
};

QString actionName(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Create:
        return QStringLiteral("create");
    case ImportRow::Action::Update:
        return QStringLiteral("update");
    case ImportRow::Action::Unchanged:
        return QStringLiteral("unchanged");
    case ImportRow::Action::Invalid:
        return QStringLiteral("error");
    }
    return {};
}

int importCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("dry-run"), Tr::tr("Check the file and show what would change; write nothing.")});
    const QString synopsis = QStringLiteral("import customers FILE [--dry-run]");
    if (auto stop = ctx.parse(synopsis,
                              Tr::tr("Import customers (EXCHANGE.md) from a CSV file or from the first sheet of an "
                                     ".xlsx or .xls workbook: every row is checked first; with any error nothing is "
                                     "written and every error is listed as FILE:LINE:COLUMN: message (CSV) or "
                                     "FILE:SHEET!CELL: message (workbook)."),
                              2, 2))
        return *stop;
    const QStringList args = p.positionalArguments();
    if (args.value(1) != QLatin1String("customers"))
        return ctx.usage(Tr::tr("unknown import \"%1\"; usage: ketongctl %2").arg(args.value(1), synopsis));
    const QString file = args.value(2);
    auto data = CustomerImporter::readFile(file);
    if (!data)
        return ctx.fail(data.error());
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());
    CustomerImporter importer(**db, ctx.clock(), *session);
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto report = dryRun ? importer.preview(*data, file) : importer.import(*data, file);
    if (!report && report.error().field() == QLatin1String("file")) // a workbook that cannot be read: say which
        return ctx.fail(Error(report.error().code(), QStringLiteral("%1: %2").arg(file, report.error().message())));
    if (!report)
        return ctx.fail(report.error());
    for (const ImportIssue& issue : std::as_const(report->issues))
        ctx.err() << issue.toString(file) << '\n';
    if (report->hasErrors()) {
        ctx.err() << Tr::tr("ketongctl: %n error(s); nothing was written", nullptr, report->errorCount()) << '\n';
        return Cli::Failure;
    }
    if (dryRun) {
        for (const ImportRow& row : std::as_const(report->rows))
            ctx.out() << row.line << '\t' << actionName(row.action) << '\t' << row.customer.code << '\t'
                      << row.customer.name << '\n';
    }
    ctx.out() << report->summary() << '\n';
    return Cli::Success;
}

int exportCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("format"), Tr::tr("csv (default) or xlsx (needs -o)."), QStringLiteral("FORMAT"),
                 QStringLiteral("csv")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Tr::tr("Write to FILE instead of standard output."),
                 QStringLiteral("FILE")});
    const QString synopsis = QStringLiteral("export customers [-o FILE] [--format csv|xlsx]");
    if (auto stop = ctx.parse(synopsis,
                              Tr::tr("Export every customer that is not deleted in the format of the import "
                                     "(customers.csv; UTF-8 with BOM), or as XLSX."),
                              1, 1))
        return *stop;
    if (p.positionalArguments().value(1) != QLatin1String("customers"))
        return ctx.usage(
            Tr::tr("unknown export \"%1\"; usage: ketongctl %2").arg(p.positionalArguments().value(1), synopsis));
    const QString format = p.value(QStringLiteral("format"));
    const QString output = p.value(QStringLiteral("output"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return ctx.usage(Tr::tr("--format must be csv or xlsx"));
    if (format == QLatin1String("xlsx") && output.isEmpty())
        return ctx.usage(Tr::tr("--format %1 needs -o FILE").arg(format));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());
    CustomerExporter exporter(**db, ctx.clock(), *session);
    Result<int> written = 0;
    if (format == QLatin1String("xlsx")) {
        written = exporter.writeXlsx(output);
    } else if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error(ErrorCode::Io, Tr::tr("Cannot write to standard output")));
        ctx.out().flush();
        written = exporter.writeCsv(out, CustomerExporter::allCustomers(), false);
    } else {
        QFile out(output);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(output, out.errorString())));
        written = exporter.writeCsv(out);
    }
    if (!written)
        return ctx.fail(written.error());
    // A result, not a diagnostic: standard error stays empty for cron.
    if (!output.isEmpty())
        ctx.out() << Tr::tr("Exported %n customer(s) to %1", nullptr, *written).arg(output) << '\n';
    return Cli::Success;
}

} // namespace

QList<Cli::Command> customerCommands()
{
    return {
        {QStringLiteral("import"), QStringLiteral("import customers FILE [--dry-run]"), importCommand},
        {QStringLiteral("export"), QStringLiteral("export customers [-o FILE] [--format csv|xlsx]"), exportCommand},
    };
}

} // namespace ketong::cli
