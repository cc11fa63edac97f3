#include "BenchReport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace ketong::bench {

namespace {
QString firstLineWith(const QString& file, const QString& prefix)
{
    // /proc files report size 0: read them whole instead of testing atEnd().
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (line.startsWith(prefix))
            return line.section(QLatin1Char(':'), 1).trimmed();
    return {};
}

QString number(double v)
{
    if (v == 0)
        return QStringLiteral("—");
    return v >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', v >= 10 ? 1 : 2);
}

struct Cells
{
    QString operation, product, p95, floor, ratio, target, result;
};

Cells cellsOf(const Measurement& m)
{
    Cells c;
    c.operation = m.operation;
    const QString unit = m.unit == QLatin1String("ms") ? QString() : QLatin1Char(' ') + m.unit;
    c.product = number(m.median(m.product)) + unit;
    c.p95 = m.product.size() > 1 ? number(m.p95(m.product)) + unit : QStringLiteral("—");
    c.floor = m.floor.isEmpty() ? QStringLiteral("—") : number(m.median(m.floor)) + unit;
    c.ratio = m.floor.isEmpty() ? QStringLiteral("—") : QString::number(m.ratio(), 'f', 2);
    c.target = m.target;
    c.result = m.limit <= 0 && m.floor.isEmpty() ? QStringLiteral("info")
               : m.passes()                      ? QStringLiteral("pass")
                                                 : QStringLiteral("FAIL");
    return c;
}
} // namespace

RunInfo RunInfo::current(const QString& backend, const Size& size, const QStringList& arguments)
{
    RunInfo info;
    info.backend = backend;
    info.size = size;
    QStringList args = arguments;
    if (!args.isEmpty())
        args.first() = QStringLiteral("build/bin/ketong-bench");
    info.command = args.join(QLatin1Char(' '));
    const QString memory = firstLineWith(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    info.machine = QStringLiteral("%1, %2 cores, %3 memory, %4")
                       .arg(firstLineWith(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
                       .arg(QThread::idealThreadCount())
                       .arg(QString::number(memory.section(QLatin1Char(' '), 0, 0).toLongLong() / 1024 / 1024) +
                            QStringLiteral(" GiB"))
                       .arg(QSysInfo::prettyProductName());
    info.date = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return info;
}

QList<Measurement> loadMeasurements(const LoadFigures& f, bool postgres)
{
    QList<Measurement> rows;
    Measurement bulk(QStringLiteral("bulk load: %L1 customers, %L2 orders, %L3 lines; %L4 rows by the importer and "
                                    "the feed")
                         .arg(f.customers)
                         .arg(f.orders)
                         .arg(f.orderLines)
                         .arg(f.productRows),
                     QStringLiteral("≥ 200 k/s SQLite, ≥ 50 k/s PostgreSQL"), postgres ? 50000 : 200000,
                     QStringLiteral("rows/s"));
    bulk.product << f.productRows / f.productSeconds;
    bulk.higherIsBetter = true;
    rows << bulk;
    Measurement import(
        QStringLiteral("import customers.csv, %L1 rows into a full table (validated)").arg(f.lastChunkRows),
        QStringLiteral("≥ 50 k/s"), 50000, QStringLiteral("rows/s"));
    import.product << f.lastChunkRowsPerSecond;
    import.floor << f.lastChunkFloorRowsPerSecond;
    import.higherIsBetter = true;
    rows << import;
    Measurement feed(
        QStringLiteral("sales-system feed, last run: %L1 orders and lines into full tables").arg(f.lastFeedRows),
        QStringLiteral("(part of bulk load)"), 0, QStringLiteral("rows/s"));
    feed.product << f.lastFeedRowsPerSecond;
    if (f.lastFeedFloorRowsPerSecond > 0)
        feed.floor << f.lastFeedFloorRowsPerSecond;
    feed.higherIsBetter = true;
    rows << feed;
    return rows;
}

QList<Measurement> engineMeasurements(const EngineFigures& f)
{
    const auto rate = [](const QString& operation, const QString& target, double rowsPerSecond) {
        Measurement m(operation, target, 0, QStringLiteral("rows/s"));
        m.product << rowsPerSecond;
        m.higherIsBetter = true;
        return m;
    };
    return {rate(QStringLiteral("the database alone: %L1 customers made in SQL into the full table (every index, "
                                "the search index, an audit row each; no client)")
                     .arg(f.customers),
                 QStringLiteral("(bounds the import)"), f.customersPerSecond),
            rate(QStringLiteral("the database alone: %L1 orders and lines made in SQL into the full tables (every "
                                "index, the contribution totals; no client)")
                     .arg(f.feedRows),
                 QStringLiteral("(bounds the feed and the bulk load)"), f.feedRowsPerSecond)};
}

QString table(const RunInfo& info, const QList<Measurement>& rows)
{
    QString out = QStringLiteral("Ketong benchmark — %1, %L2 customers, %L3 order lines — %4\n%5\n\n")
                      .arg(info.backend)
                      .arg(info.size.customers)
                      .arg(info.size.orderLines)
                      .arg(info.date, info.machine);
    const auto line = [](const Cells& c) {
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
            .arg(c.operation.left(72), -72)
            .arg(c.product, 14)
            .arg(c.p95, 10)
            .arg(c.floor, 9)
            .arg(c.ratio, 6)
            .arg(c.target, -38)
            .arg(c.result);
    };
    out += line({QStringLiteral("operation"), QStringLiteral("product (med)"), QStringLiteral("p95"),
                 QStringLiteral("floor"), QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("result")});
    for (const Measurement& m : rows)
        out += line(cellsOf(m));
    return out;
}

bool writeJson(const QString& file, const RunInfo& info, const QList<Measurement>& rows)
{
    QJsonArray operations;
    for (const Measurement& m : rows) {
        QJsonArray product, floor;
        for (double v : m.product)
            product.append(v);
        for (double v : m.floor)
            floor.append(v);
        operations.append(QJsonObject{{QStringLiteral("operation"), m.operation},
                                      {QStringLiteral("unit"), m.unit},
                                      {QStringLiteral("product"), product},
                                      {QStringLiteral("floor"), floor},
                                      {QStringLiteral("median"), m.median(m.product)},
                                      {QStringLiteral("p95"), m.p95(m.product)},
                                      {QStringLiteral("ratio"), m.ratio()},
                                      {QStringLiteral("target"), m.target},
                                      {QStringLiteral("result"), cellsOf(m).result}});
    }
    const QJsonObject root{{QStringLiteral("backend"), info.backend},
                           {QStringLiteral("customers"), info.size.customers},
                           {QStringLiteral("orderLines"), double(info.size.orderLines)},
                           {QStringLiteral("command"), info.command},
                           {QStringLiteral("machine"), info.machine},
                           {QStringLiteral("date"), info.date},
                           {QStringLiteral("operations"), operations}};
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0) {
        std::fprintf(stderr, "ketong-bench: cannot write %s\n", qPrintable(file));
        return false;
    }
    return true;
}

namespace {
QString sectionTitle(const QString& backend)
{
    return backend == QLatin1String("postgresql") ? QStringLiteral("## PostgreSQL\n") : QStringLiteral("## SQLite\n");
}

/// The section of `backend` in a page written before (from its heading to the next one), or nothing.
QString sectionOf(const QString& page, const QString& backend)
{
    const QString title = sectionTitle(backend);
    const qsizetype from = page.indexOf(title);
    if (from < 0)
        return {};
    const qsizetype to = page.indexOf(QStringLiteral("\n## "), from + title.size());
    return page.mid(from, to < 0 ? -1 : to + 1 - from);
}
} // namespace

bool writeMarkdown(const QString& file, const RunInfo& info, const QList<Measurement>& rows)
{
    QString section = sectionTitle(info.backend) + QLatin1Char('\n');
    section += QStringLiteral("* %L1 customers, %L2 order lines\n* Machine: %3\n* Date: %4\n* Command: `%5`\n\n")
                   .arg(info.size.customers)
                   .arg(info.size.orderLines)
                   .arg(info.machine, info.date, info.command);
    section += QStringLiteral("| operation | product (median) | p95 | floor (median) | ratio | target | result |\n"
                              "|---|---:|---:|---:|---:|---|---|\n");
    for (const Measurement& m : rows) {
        const Cells c = cellsOf(m);
        section += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                       .arg(c.operation, c.product, c.p95, c.floor, c.ratio, c.target, c.result);
    }
    // One section per backend: a run replaces its own and keeps the other backend's latest run.
    QString previous;
    if (QFile old(file); old.open(QIODevice::ReadOnly))
        previous = QString::fromUtf8(old.readAll());
    QString md = QStringLiteral(
        "# Performance\n\n"
        "This page is written by `ketong-bench --markdown` from its latest full run on each backend; "
        "do not edit it by hand. Each operation is timed through the product's code path (the "
        "services, models and report classes the GUI calls) and through the *floor*: the best "
        "hand-written SQL for the same answer on the same connection, every value read. For the "
        "writes, the floor writes the customers.csv and the feed run before the last ones by "
        "multi-row INSERTs in one committed transaction (ids looked up in SQL, an audit row per "
        "customer, no checks), the product all the others; the last import and the last feed run "
        "(the same number of rows, into a table as full or fuller) are compared with them, commit "
        "included on both sides. The rows \"the database alone\" show what the database makes of the same "
        "writes with no client at all: an import's customers and a feed run's orders and lines made "
        "in SQL from a number series (INSERT … SELECT: no file, no checks, no round trips), in one "
        "committed transaction into the full tables, after everything else was timed; no client "
        "can write faster with this schema on this machine. Floors read through Qt's driver. On PostgreSQL the "
        "contribution report reads its rows through libpq, in about half the time Qt's driver takes, so it comes "
        "in under its floor; the row below it gives libpq's own time for the floor's statement. "
        "The ratio is always time over time; it is not judged when "
        "the "
        "product takes under a millisecond (a thread hop and a model weigh more than the query "
        "there). Each read operation runs once untimed before its timed runs, product and floor (the product "
        "runs first in each pair and would pay alone for what the statement reads from disk the first time). "
        "Times in milliseconds unless a unit is given; medians of the runs, p95 where the "
        "target says so.\n\n");
    for (const QString& backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const QString part = backend == info.backend ? section : sectionOf(previous, backend);
        if (!part.isEmpty())
            md += part.endsWith(QLatin1String("\n\n")) ? part : part + QLatin1Char('\n');
    }
    md.chop(1); // one newline at the end
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(md.toUtf8()) < 0) {
        std::fprintf(stderr, "ketong-bench: cannot write %s\n", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace ketong::bench
