// ketongctl report contribution|composition|service|churn (CLI.md): CSV on stdout or -o FILE,
// --format xlsx|pdf through the same code the GUI uses.
#include "ReportWriter.h"
#include "Reports.h"
#include "cli/Cli.h"

#include <QFile>

namespace ketong::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::cli)
};

ReportPdfWriter& pdfWriter()
{
    static ReportPdfWriter writer;
    return writer;
}

std::optional<int> parseYear(const QString& text, bool* ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const int year = text.toInt(ok);
    if (!*ok || year < 1900 || year > 2999) {
        *ok = false;
        return std::nullopt;
    }
    return year;
}

int reportCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("year"), Tr::tr("Only this year (YYYY)."), QStringLiteral("YYYY")});
    p.addOption({QStringLiteral("customer"), Tr::tr("Customer name contains TEXT."), QStringLiteral("TEXT")});
    p.addOption(
        {QStringLiteral("manager"), Tr::tr("Account manager's name contains TEXT (churn)."), QStringLiteral("TEXT")});
    p.addOption(
        {QStringLiteral("by"), Tr::tr("Composition by level, credit or satisfaction."), QStringLiteral("GROUP")});
    p.addOption({QStringLiteral("from"), Tr::tr("Service report: created on or after DATE."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Tr::tr("Service report: created on or before DATE."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("format"), Tr::tr("csv (default), xlsx or pdf (xlsx and pdf need -o)."),
                 QStringLiteral("FORMAT"), QStringLiteral("csv")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Tr::tr("Write to FILE instead of standard output."),
                 QStringLiteral("FILE")});
    const QString synopsis = QStringLiteral("report contribution|composition|service|churn [--year YYYY] [--customer "
                                            "TEXT] [--manager TEXT] [--by level|credit|satisfaction] [--from DATE --to "
                                            "DATE] [--format csv|xlsx|pdf] [-o FILE]");
    if (auto stop = ctx.parse(synopsis, Tr::tr("The four analyses of 统计报表."), 1, 1))
        return *stop;
    const QString kind = p.positionalArguments().value(1);
    const QString format = p.value(QStringLiteral("format"));
    const QString output = p.value(QStringLiteral("output"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx") && format != QLatin1String("pdf"))
        return ctx.usage(Tr::tr("--format must be csv, xlsx or pdf"));
    if (format != QLatin1String("csv") && output.isEmpty())
        return ctx.usage(Tr::tr("--format %1 needs -o FILE").arg(format));
    bool ok = true;
    const auto year = parseYear(p.value(QStringLiteral("year")), &ok);
    if (!ok)
        return ctx.usage(Tr::tr("--year must be a year such as 2025"));

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());

    Result<ReportTable> table = Error(ErrorCode::Invalid, QString());
    if (kind == QLatin1String("contribution")) {
        table = Reports::contribution(**db, *session, {year, p.value(QStringLiteral("customer"))});
    } else if (kind == QLatin1String("composition")) {
        const QString by = p.value(QStringLiteral("by"));
        if (by != QLatin1String("level") && by != QLatin1String("credit") && by != QLatin1String("satisfaction"))
            return ctx.usage(Tr::tr("--by must be level, credit or satisfaction"));
        table = Reports::composition(**db, *session,
                                     by == QLatin1String("level")    ? CompositionBy::Level
                                     : by == QLatin1String("credit") ? CompositionBy::Credit
                                                                     : CompositionBy::Satisfaction);
    } else if (kind == QLatin1String("service")) {
        ServiceReportFilter f{year, QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate),
                              QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate)};
        if ((p.isSet(QStringLiteral("from")) && !f.from.isValid()) ||
            (p.isSet(QStringLiteral("to")) && !f.to.isValid()))
            return ctx.usage(Tr::tr("--from and --to must be dates written YYYY-MM-DD"));
        if (year && (f.from.isValid() || f.to.isValid()))
            return ctx.usage(Tr::tr("give either --year or --from/--to"));
        table = Reports::service(**db, *session, f);
    } else if (kind == QLatin1String("churn")) {
        table = Reports::churn(**db, *session,
                               {year, p.value(QStringLiteral("customer")), p.value(QStringLiteral("manager"))});
    } else {
        return ctx.usage(Tr::tr("unknown report \"%1\"; usage: ketongctl %2").arg(kind, synopsis));
    }
    if (!table)
        return ctx.fail(table.error());
    // The CSV of CLI.md: composition is group,count,percent; service is type,count.
    ReportTable csv = *table;
    if (kind == QLatin1String("composition") || kind == QLatin1String("service")) {
        csv.columns.removeFirst();
        csv.rows.clear();
        for (QVariantList row : table->rows) {
            row.removeFirst();
            csv.rows.append(row);
        }
        if (!csv.totals.isEmpty())
            csv.totals.removeFirst();
    }

    Status written;
    if (format == QLatin1String("xlsx")) {
        written = ReportWriter::writeXlsx(*table, output);
    } else if (format == QLatin1String("pdf")) {
        if (!pdfWriter())
            return ctx.fail(
                Error(ErrorCode::Invalid, Tr::tr("This ketongctl was built without the PDF report printer")));
        written = pdfWriter()(**db, *session, *table, output);
    } else if (output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ctx.fail(Error(ErrorCode::Io, Tr::tr("Cannot write to standard output")));
        ctx.out().flush();
        written = ReportWriter::writeCsv(csv, out, false);
    } else {
        QFile out(output);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(Error(ErrorCode::Io, Tr::tr("Cannot write %1: %2").arg(output, out.errorString())));
        written = ReportWriter::writeCsv(csv, out, true);
    }
    if (!written)
        return ctx.fail(written.error());
    return Cli::Success;
}

} // namespace

void setReportPdfWriter(ReportPdfWriter writer)
{
    pdfWriter() = std::move(writer);
}

QList<Cli::Command> reportCommands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("report contribution|composition|service|churn [filters] [--format csv|xlsx|pdf] [-o FILE]"),
         reportCommand}};
}

} // namespace ketong::cli
