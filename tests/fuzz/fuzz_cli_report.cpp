// ketongctl's argument parsing, the report filters above all: any argument list ends with an exit code
// of CLI.md (0–3) and messages, never a crash. The database does not exist, so no command gets further
// than opening it.
#include "FuzzSupport.h"
#include "cli/Cli.h"
#include "common/Clock.h"

#include <QBuffer>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ketong::fuzz::ensureApplication();
    qputenv("KETONG_DATABASE", "sqlite:///nonexistent-ketong-fuzz-dir/x.db");
    // Arguments separated by NUL bytes, as a shell would pass them.
    QStringList args;
    for (const QByteArray& part : ketong::fuzz::bytes(data, size).split('\0'))
        args << QString::fromUtf8(part);
    if (args.size() > 40 || args.isEmpty())
        return 0;
    // Only commands that read nothing but their arguments before opening the database: no file is
    // created, copied or read from standard input.
    static const QStringList allowed{QStringLiteral("report"), QStringLiteral("churn-scan"), QStringLiteral("help"),
                                     QStringLiteral("--help"), QStringLiteral("--version")};
    if (!allowed.contains(args.constFirst()))
        return 0;
    for (const QString& arg : std::as_const(args)) {
        if (arg.startsWith(QLatin1String("--database")) || arg.startsWith(QLatin1String("--password-file")) ||
            arg == QLatin1String("-o") || arg.startsWith(QLatin1String("--output")))
            return 0;
    }
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ketong::SystemClock clock;
    ketong::Cli cli(outStream, errStream, clock);
    const int code = cli.run(args);
    if (code < 0 || code > 3)
        std::abort();
    return 0;
}
