// ketongctl: parse the command line and hand over to core's commands (spec/CLI.md).
#include "cli/Cli.h"
#include "common/Clock.h"
#include "reports/ChartFactory.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportTableModel.h"
#include "setup/ReferenceData.h"
#include "setup/Settings.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
bool g_showQtMessages = false;

/// Qt's own diagnostics are not ketongctl's messages (ketongctl writes its own to standard error, one line
/// each): run from cron — no display, no XDG_RUNTIME_DIR — the toolkit warns ("QStandardPaths: XDG_RUNTIME_DIR
/// not set…") where nothing is wrong, and cron mails every line. They are dropped unless
/// KETONGCTL_QT_MESSAGES=1; critical and fatal ones always show.
void qtMessage(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type != QtCriticalMsg && type != QtFatalMsg && !g_showQtMessages)
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, text)));
    std::fflush(stderr);
}

/// `report … --format pdf` draws a QtCharts chart, which needs a (headless) QApplication.
bool wantsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    g_showQtMessages = qEnvironmentVariableIntValue("KETONGCTL_QT_MESSAGES") == 1;
    qInstallMessageHandler(qtMessage);
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ketongctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ketong"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KETONG_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    ketong::SystemClock clock;
    ketong::cli::setReportPdfWriter([&clock](const ketong::Database& db, const ketong::Session& session,
                                             const ketong::ReportTable& computed, const QString& path) {
        const ketong::ReportTable table = ketong::ReportTableModel::displayed(computed); // ratings as ★★★☆☆
        const auto kind = ketong::ChartFactory::kindFor(table);
        const ketong::ReportPrinter::Document doc{
            table,
            kind,
            ketong::ChartFactory::data(table, kind),
            ketong::Settings::value(db, ketong::SettingKey::CompanyName).valueOr(QString()),
            session.name(),
            clock.now()};
        return ketong::ReportPrinter::writePdf(doc, path);
    });
    ketong::Cli cli(out, err, clock);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return cli.run(args);
}
