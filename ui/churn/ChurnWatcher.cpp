#include "ChurnWatcher.h"

#include "churn/ChurnScan.h"
#include "churn/ChurnService.h"
#include "common/MessageBox.h"
#include "common/TaskRunner.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace ketong {

struct ChurnWatcher::ScanResult
{
    Status status;
    bool ran = false; ///< false: the catch-up found the weekly scan already done
    int flagged = 0;
    int recovered = 0;
};

ChurnWatcher::ChurnWatcher(const Workspace& workspace, QMainWindow* window, std::function<void()> openWarnings)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_openWarnings(std::move(openWarnings))
    , m_scanAction(new QAction(this))
    , m_settingsAction(new QAction(this))
    , m_busy(new QProgressBar(window))
    , m_busyLabel(new QLabel(window))
{
    setObjectName(QStringLiteral("churnWatcher"));
    m_scanAction->setObjectName(QStringLiteral("churnScanAction"));
    m_settingsAction->setObjectName(QStringLiteral("churnSettingsAction"));
    m_scanAction->setVisible(ChurnScan::canRun(m_workspace.session).ok());
    m_settingsAction->setVisible(m_workspace.session.kind() == RoleKind::Admin);
    m_busy->setObjectName(QStringLiteral("churnScanProgressBar"));
    m_busy->setRange(0, 0); // busy: the scan is one statement, it has no steps to count
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_busyLabel->hide();
    window->statusBar()->addWidget(m_busyLabel);
    window->statusBar()->addWidget(m_busy);
    connect(m_scanAction, &QAction::triggered, this, [this] { runScan(false); });
    connect(m_settingsAction, &QAction::triggered, this, &ChurnWatcher::editSettings);
    retranslateUi();
}

void ChurnWatcher::retranslateUi()
{
    m_scanAction->setText(tr("Check churn now"));
    m_scanAction->setToolTip(tr("Look for customers who have not ordered for the set number of months"));
    m_settingsAction->setText(tr("Churn check settings…"));
    m_busyLabel->setText(tr("Checking for customer churn…"));
    if (m_notice)
        showNotice();
}

void ChurnWatcher::start()
{
    runScan(true);
}

void ChurnWatcher::runScan(bool catchUp)
{
    if (m_running)
        return;
    m_running = true;
    m_scanAction->setEnabled(false);
    const DatabasePtr db = m_workspace.db;
    const Clock* clock = m_workspace.clock;
    const Session session = catchUp ? Session::system() : m_workspace.session;
    const auto work = [db, clock, session, catchUp]() -> ScanResult {
        ScanResult result;
        if (catchUp) {
            auto last = ChurnScan::lastSuccessfulRun(*db);
            if (!last) {
                result.status = last.error();
                return result;
            }
            if (!ChurnScan::isDue(*last, clock->now()))
                return result;
        }
        result.ran = true;
        auto outcome = ChurnScan(*db, *clock, session).run();
        if (!outcome) {
            result.status = outcome.error();
            return result;
        }
        result.flagged = outcome->flaggedCount;
        result.recovered = outcome->recovered;
        return result;
    };
    // The busy indicator appears only when a scan really runs; the catch-up decision is instant.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_running) {
                m_busyLabel->show();
                m_busy->show();
            }
        },
        Qt::QueuedConnection);
    runAsync<ScanResult>(this, work, [this, catchUp](const ScanResult& result) { finishScan(catchUp, result); });
}

void ChurnWatcher::finishScan(bool catchUp, const ScanResult& result)
{
    m_running = false;
    m_scanAction->setEnabled(true);
    m_busy->hide();
    m_busyLabel->hide();
    QString message;
    if (!result.status) {
        // AlreadyRunning: another PC is scanning right now, which is what the catch-up wanted.
        message = result.status.error().code() == ErrorCode::AlreadyRunning
                      ? tr("Another computer is checking for churn right now.")
                      : tr("The churn check failed: %1").arg(result.status.error().message());
        if (!catchUp)
            MessageBox::warning(m_window, tr("Check churn now"), message);
    } else if (result.ran) {
        message = tr("Churn check done: %1 new warning(s), %2 customer(s) ordered again.")
                      .arg(result.flagged)
                      .arg(result.recovered);
        if (!catchUp)
            MessageBox::information(m_window, tr("Check churn now"), message);
    }
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 15000);
    Q_EMIT scanFinished(result.status.ok(), message);
    if (catchUp && m_workspace.session.kind() == RoleKind::Manager)
        showNotice();
}

void ChurnWatcher::showNotice()
{
    auto count = ChurnService(*m_workspace.db, *m_workspace.clock, m_workspace.session).openCount();
    if (!count || *count == 0) {
        if (m_notice)
            m_notice->close();
        return;
    }
    if (!m_notice) {
        m_notice = new QMessageBox(QMessageBox::Information, QString(), QString(), QMessageBox::NoButton, m_window);
        m_notice->setObjectName(QStringLiteral("churnNoticeMessageBox"));
        m_notice->setWindowModality(Qt::NonModal);
        m_notice->setAttribute(Qt::WA_DeleteOnClose, false);
        QPushButton* open = m_notice->addButton(QString(), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openListPushButton"));
        QPushButton* later = m_notice->addButton(QString(), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("laterPushButton"));
        connect(open, &QPushButton::clicked, this, [this] { m_openWarnings(); });
    }
    m_notice->setWindowTitle(tr("Customer churn"));
    m_notice->setText(tr("%n of your customers have open churn warnings.", nullptr, *count));
    m_notice->setInformativeText(tr("Record what you do to keep them (暂缓流失), or confirm a loss."));
    m_notice->findChild<QPushButton*>(QStringLiteral("openListPushButton"))->setText(tr("Open the list"));
    m_notice->findChild<QPushButton*>(QStringLiteral("laterPushButton"))->setText(tr("Later"));
    m_notice->show();
}

void ChurnWatcher::editSettings()
{
    auto months = ChurnScan::configuredMonths(*m_workspace.db);
    if (!months) {
        MessageBox::warning(m_window, tr("Churn check settings"), months.error().message());
        return;
    }
    auto last = ChurnScan::lastSuccessfulRun(*m_workspace.db);
    const QString lastText =
        last && last->isValid() ? last->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("never");
    bool ok = false;
    const int chosen = QInputDialog::getInt(
        m_window, tr("Churn check settings"),
        tr("A customer who has not ordered for this many months gets a churn warning.\nLast check: %1").arg(lastText),
        *months, 1, ChurnScan::MaxMonths, 1, &ok);
    if (!ok || chosen == *months)
        return;
    if (auto s = ChurnScan::setConfiguredMonths(*m_workspace.db, *m_workspace.clock, m_workspace.session, chosen); !s)
        MessageBox::warning(m_window, tr("Churn check settings"), s.error().message());
}

} // namespace ketong
