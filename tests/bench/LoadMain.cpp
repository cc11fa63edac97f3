// Temporary: ketong-load runs runLoad() until ketong-bench (branch bench) dispatches `load` to it.
#include "Load.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ketong-load"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return runLoad(args);
}
