#include "BenchChild.h"

#include "auth/AuthService.h"
#include "churn/ChurnWatcher.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "common/TaskRunner.h"
#include "customers/CustomerImporter.h"
#include "customers/CustomerService.h"
#include "db/Database.h"
#include "models/PagedListModel.h"
#include "reports/ReportPage.h"
#include "shell/AppController.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace ketong::bench {

namespace {
/// Milliseconds on the system-wide monotonic clock (the same in the parent and its children).
double monotonicMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

int scrollChild(const QString& url)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return 1;
    auto db = Database::open(*parsed);
    if (!db)
        return 1;
    SystemClock clock;
    const Session director = *AuthService(**db, clock).sessionFor(QStringLiteral("director"));
    PagedListModel model(*db);
    model.setQuery(*CustomerService(**db, clock, director).listQuery({}));
    model.waitUntilLoaded(600000);
    // Dragged to the end: 200 stops along the way, each a page the model loads (every page of a small list).
    const int step = qMax(200, model.rowCount() / 200);
    for (int row = 0; row < model.rowCount(); row += step) {
        (void)model.data(model.index(row, 0));
        if (!waitFor([&] { return model.idAt(row) != 0; }, 60000))
            return 1;
    }
    const int last = model.rowCount() - 1;
    (void)model.data(model.index(last, 0));
    if (last >= 0 && !waitFor([&] { return model.idAt(last) != 0; }, 60000))
        return 1;
    std::printf("rows %d\npeak-rss-mb %.1f\n", model.rowCount(), peakRssMb());
    return 0;
}

/// The longest gap between ticks of a 2 ms timer on the GUI thread, beyond the interval.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = monotonicMs();
            if (m_last > 0 && now - m_last - 2 > m_worst) {
                m_worst = now - m_last - 2;
                m_worstAt = now - m_started;
            }
            m_last = now;
        });
        m_timer.start();
    }
    double worst() const { return m_worst; }
    /// When the worst stall ended, in ms since the probe started.
    double worstAt() const { return m_worstAt; }
    double elapsed() const { return monotonicMs() - m_started; }

private:
    QTimer m_timer;
    double m_started = monotonicMs();
    double m_last = 0;
    double m_worst = 0;
    double m_worstAt = 0;
};

/// New customers each run (the codes carry the process id).
QByteArray importFile(int rows)
{
    const QByteArray run = "GS" + QByteArray::number(QCoreApplication::applicationPid()) + 'X';
    QByteArray csv("code,name,region,manager\n");
    for (int i = 0; i < rows; ++i)
        csv += run + QByteArray::number(i) + ",界面导入" + run + QByteArray::number(i) + "有限公司,华北,manager1\n";
    return csv;
}

int guiChild(int argc, char* argv[], const QString& url, const QString& login, const QString& password)
{
    QApplication app(argc, argv);
    std::printf("process-started %.3f\n", monotonicMs());
    Language::install(QStringLiteral("zh_CN"));
    SystemClock clock;
    AppController controller(clock);
    double clicked = 0;
    // The login dialog runs modally inside start(): answer it from the event loop.
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        std::printf("login-shown %.3f\n", monotonicMs());
        dialog->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"))->setText(login);
        dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
        clicked = monotonicMs();
        dialog->findChild<QPushButton*>(QStringLiteral("loginPushButton"))->click();
        // A refused login leaves the dialog open: give up instead of waiting for a user.
        QTimer::singleShot(30000, dialog, [dialog] {
            if (dialog->isVisible()) {
                std::fprintf(stderr, "the login was refused\n");
                dialog->reject();
            }
        });
    });
    poll.start();
    if (!controller.start({url, false}))
        return 1;
    if (!waitFor([&] { return controller.mainWindow() && controller.mainWindow()->isVisible(); }, 60000))
        return 1;
    QCoreApplication::processEvents(); // the first paint
    std::printf("login-clicked %.3f\nmain-shown %.3f\n", clicked, monotonicMs());
    std::fflush(stdout);

    // Database work the user starts from the GUI; the GUI thread must keep ticking.
    MainWindow* window = controller.mainWindow();
    StallProbe probe;
    if (!window->openPage(QStringLiteral("contributionReportPage")))
        return 1;
    auto* report = window->findChild<ReportPage*>(QStringLiteral("contributionReportPage"));
    bool reportDone = false;
    if (report)
        QObject::connect(report, &ReportPage::updated, [&] {
            reportDone = true;
            std::fprintf(stderr, "report shown at %.0f ms\n", probe.elapsed());
        });
    bool scanDone = false;
    QObject::connect(window->churnWatcher(), &ChurnWatcher::scanFinished, [&] {
        scanDone = true;
        std::fprintf(stderr, "churn scan finished at %.0f ms\n", probe.elapsed());
    });
    if (auto* scan = window->findChild<QAction*>(QStringLiteral("churnScanAction")))
        scan->trigger();
    bool importDone = false;
    const Workspace& ws = window->workspace();
    runAsync<Result<ImportReport>>(
        window,
        [db = ws.db, session = ws.session, &clock] {
            return CustomerImporter(*db, clock, session).import(importFile(20000), QStringLiteral("gui.csv"));
        },
        [&](const Result<ImportReport>&) {
            importDone = true;
            std::fprintf(stderr, "import finished at %.0f ms\n", probe.elapsed());
        });
    if (!waitFor([&] { return (reportDone || !report) && scanDone && importDone; }, 600000))
        return 1;
    std::fprintf(stderr, "longest stall %.0f ms, ended at %.0f ms\n", probe.worst(), probe.worstAt());
    std::printf("stall-ms %.3f\n", probe.worst());
    return 0;
}

QHash<QString, double> runChildProcess(const QStringList& arguments, double* started)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    *started = monotonicMs();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    QHash<QString, double> values;
    if (!child.waitForFinished(1800000) || child.exitCode() != 0) {
        std::fprintf(stderr, "ketong-bench %s failed: %s\n", qPrintable(arguments.value(0)),
                     child.readAllStandardError().constData());
        return values;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            values.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    return values;
}
} // namespace

bool isChild(int argc, char* argv[])
{
    return argc > 2 && (qstrcmp(argv[1], "scroll") == 0 || qstrcmp(argv[1], "gui") == 0);
}

int runChild(int argc, char* argv[])
{
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString url = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("scroll")) {
        QCoreApplication app(argc, argv);
        return scrollChild(url);
    }
    if (argc < 5)
        return 2;
    return guiChild(argc, argv, url, QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
}

QList<Measurement> childMeasurements(const DatabaseUrl& url, int repeat)
{
    QList<Measurement> rows;
    double scrollStarted = 0;
    const auto scrolled = runChildProcess({QStringLiteral("scroll"), url.toString()}, &scrollStarted);
    Measurement rss(QStringLiteral("peak RSS, a process with the %L1-row customer list dragged to the end")
                        .arg(qint64(scrolled.value(QStringLiteral("rows")))),
                    QStringLiteral("≤ 200 MB"), 200, QStringLiteral("MB"));
    if (!scrolled.isEmpty())
        rss.product << scrolled.value(QStringLiteral("peak-rss-mb"));
    rows << rss;
    Measurement start(QStringLiteral("app start → login window (new process, offscreen)"), QStringLiteral("≤ 500 ms"),
                      500);
    Measurement login(QStringLiteral("login → main window shown"), QStringLiteral("≤ 500 ms"), 500);
    Measurement stall(QStringLiteral("longest GUI-thread stall: contribution report + churn scan + 20 k-row import"),
                      QStringLiteral("≤ 100 ms"), 100);
    for (int i = 0; i < repeat; ++i) {
        double spawned = 0;
        const auto v = runChildProcess(
            {QStringLiteral("gui"), url.toString(), QStringLiteral("director"), QStringLiteral("demo")}, &spawned);
        if (v.isEmpty())
            break;
        start.product << v.value(QStringLiteral("login-shown")) - spawned;
        login.product << v.value(QStringLiteral("main-shown")) - v.value(QStringLiteral("login-clicked"));
        stall.product << v.value(QStringLiteral("stall-ms"));
        std::fprintf(stderr, "  gui run %d: start %.0f ms, login %.0f ms, stall %.0f ms\n", i + 1,
                     start.product.constLast(), login.product.constLast(), stall.product.constLast());
    }
    rows << start << login << stall;
    return rows;
}

} // namespace ketong::bench
