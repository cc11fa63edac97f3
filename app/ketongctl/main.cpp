// ketongctl: parse the command line and hand over to core's commands (spec/CLI.md).
#include "cli/Cli.h"
#include "common/Clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ketongctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ketong"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KETONG_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    ketong::SystemClock clock;
    ketong::Cli cli(out, err, clock);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
