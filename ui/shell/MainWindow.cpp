#include "MainWindow.h"

#include "ChangePasswordDialog.h"
#include "HomePage.h"
#include "IdleLock.h"
#include "OptionsDialog.h"
#include "PageRegistry.h"
#include "ShortcutsDialog.h"
#include "admin/BackupScheduler.h"
#include "churn/ChurnWatcher.h"
#include "churn/LostCustomersPage.h"
#include "common/Language.h"
#include "common/ListPage.h"
#include "common/LiveRefresh.h"
#include "common/MessageBox.h"
#include "common/TaskRunner.h"
#include "db/DatabaseEvents.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "home/TaskSummary.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <utility>

namespace ketong {

namespace {
constexpr int PageRole = Qt::UserRole + 1; ///< a navigation entry's page key (objectName) or folder right

const PageSpec* specOf(const QString& key)
{
    for (const PageSpec& spec : pageRegistry()) {
        if (spec.objectName == key)
            return &spec;
    }
    return nullptr;
}
} // namespace

MainWindow::MainWindow(Workspace workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_listWorker(ListWorker::of(m_workspace.db))
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_home(new HomePage(m_workspace, m_stack))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_idleLock(new IdleLock(m_workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ketong/icons/ketong.svg")));
    m_navigation->setObjectName(QStringLiteral("navigationTreeWidget"));
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setMinimumWidth(180);
    m_navigation->setRootIsDecorated(true);
    m_navigation->setUniformRowHeights(true);
    m_stack->addWidget(m_home);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 1000});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    buildMenus();
    buildNavigation();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QString key = item->data(0, PageRole).toString();
        if (item == m_homeItem)
            showHome();
        else if (!key.isEmpty() && m_pageItems.contains(key))
            openPage(key);
    });
    connect(m_home, &HomePage::openPage, this, [this](const QString& right) { openPage(right); });
    connect(m_idleLock, &IdleLock::logoutRequested, this, &MainWindow::logoutRequested);
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_navigation->setCurrentItem(m_homeItem);
    // The badges as the window opens (the workbench loads when shown). The background jobs — churn catch-up,
    // scheduled backup and feed, the counts every minute — are started by the login's JobsHost, not here.
    QMetaObject::invokeMethod(this, &MainWindow::updateBadges, Qt::QueuedConnection);
    watchConnection();
    // The workbench and the badges follow every change of what they count: another client's (live refresh),
    // the jobs' (JobsHost) and the user's own (a page's badgesChanged).
    followChanges(
        this, *m_workspace.db, [] { return TaskSummary::tables(); }, nullptr, [this] { refreshCounts(); });
}

void MainWindow::refreshCounts()
{
    updateBadges();
    m_home->reload();
}

void MainWindow::watchConnection()
{
    // Live refresh: other users' changes reach the lists (PostgreSQL; a no-op on SQLite).
    (void)m_workspace.db->listen({QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("activities"),
                                  QStringLiteral("sales_chances"), QStringLiteral("plan_items"),
                                  QStringLiteral("lost_records"), QStringLiteral("service_tickets"),
                                  QStringLiteral("orders"), QStringLiteral("products"), QStringLiteral("stock"),
                                  QStringLiteral("dict_items"), QStringLiteral("users"), QStringLiteral("roles")});
    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_reconnectLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }"));
    m_reconnectLabel->hide();
    statusBar()->addPermanentWidget(m_reconnectLabel);
    // SQLite: another program's (or a worker thread's) commit, seen by SQLite's change counter.
    if (m_workspace.db->dialect().isSqlite()) {
        auto* poll = new QTimer(this);
        poll->setObjectName(QStringLiteral("changePollTimer"));
        connect(poll, &QTimer::timeout, this, [this] { m_workspace.db->pollChanges(); });
        poll->start(1000);
    }
    m_reconnectTimer->setSingleShot(true);
    connect(m_workspace.db->events(), &DatabaseEvents::connectionLost, this, [this] {
        if (m_reconnectLabel->isVisible())
            return; // already retrying
        m_reconnectDelay = 1;
        m_reconnectLabel->setText(tr("Connection to the database lost — reconnecting…"));
        m_reconnectLabel->show();
        m_reconnectTimer->start(1000);
    });
    // A server restart or a dropped network is noticed even when nobody works: a tiny query off the GUI
    // thread every few seconds fails like any other and reports the lost connection.
    if (!m_workspace.db->dialect().isSqlite()) {
        m_heartbeatTimer->setInterval(5000);
        connect(m_heartbeatTimer, &QTimer::timeout, this, [this] {
            if (m_reconnectLabel->isVisible())
                return;
            const DatabasePtr db = m_workspace.db;
            runAsync<bool>(
                this, [db] { return SqlQuery::scalar(db->connection(), QStringLiteral("SELECT 1")).ok(); },
                [](bool) {});
        });
        m_heartbeatTimer->start();
    }
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_workspace.db->reconnectAll()) {
            m_reconnectLabel->hide();
            statusBar()->showMessage(tr("Reconnected to the database."), 10000);
            if (auto* list = qobject_cast<ListPage*>(m_stack->currentWidget()))
                list->refresh();
            refreshCounts();
            return;
        }
        // Back off: 1, 2, 4 … 30 seconds between attempts.
        m_reconnectDelay = qMin(m_reconnectDelay * 2, 30);
        m_reconnectLabel->setText(
            tr("Connection to the database lost — next attempt in %n second(s)…", nullptr, m_reconnectDelay));
        m_reconnectTimer->start(m_reconnectDelay * 1000);
    });
}

QString MainWindow::navigationTitle(const QString& page) const
{
    const PageSpec* spec = specOf(page);
    if (!spec)
        return page;
    const int waiting = m_badges.value(page);
    return waiting > 0 ? tr("%1 (%2)").arg(spec->displayTitle()).arg(waiting) : spec->displayTitle();
}

void MainWindow::updateBadges()
{
    if (m_badgesRunning) {
        m_badgesAgain = true; // the counts may have moved on since this run started
        return;
    }
    QList<std::pair<QString, std::function<Result<int>(const Workspace&)>>> work;
    for (const PageSpec& spec : pageRegistry()) {
        if (spec.badge && m_pageItems.contains(spec.objectName))
            work.append({spec.objectName, spec.badge});
    }
    if (work.isEmpty())
        return;
    m_badgesRunning = true;
    const Workspace ws = m_workspace;
    runAsync<QHash<QString, int>>(
        this,
        [ws, work] {
            QHash<QString, int> counts;
            for (const auto& [page, badge] : work) {
                const Result<int> n = badge(ws);
                counts.insert(page, n ? *n : 0); // a failed count shows no badge; the page itself reports errors
            }
            return counts;
        },
        [this](const QHash<QString, int>& counts) {
            m_badgesRunning = false;
            m_badges = counts;
            for (auto it = m_pageItems.begin(); it != m_pageItems.end(); ++it)
                it.value()->setText(0, navigationTitle(it.key()));
            if (std::exchange(m_badgesAgain, false)) {
                updateBadges();
                return;
            }
            Q_EMIT badgesUpdated();
        });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_systemMenu = menuBar()->addMenu(QString());
    m_systemMenu->setObjectName(QStringLiteral("systemMenu"));
    m_changePasswordAction = m_systemMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_optionsAction = m_systemMenu->addAction(QString(), this, &MainWindow::showOptions);
    m_optionsAction->setObjectName(QStringLiteral("optionsAction"));
    m_churnWatcher = new ChurnWatcher(m_workspace, this, [this] {
        if (openPage(QStringLiteral("lostCustomersPage")))
            if (auto* page = qobject_cast<LostCustomersPage*>(m_pages.value(QStringLiteral("lostCustomersPage"))))
                page->showOpenWarnings();
    });
    // A scan (the catch-up or 立即检查流失) changes the open warnings the workbench counts.
    connect(m_churnWatcher, &ChurnWatcher::scanFinished, this, &MainWindow::refreshCounts);
    m_systemMenu->addAction(m_churnWatcher->scanAction());
    m_systemMenu->addAction(m_churnWatcher->settingsAction());
    m_backupScheduler = new BackupScheduler(m_workspace, this);
    m_systemMenu->addAction(m_backupScheduler->backupAction());
    m_lockAction = m_systemMenu->addAction(QString(), m_idleLock, &IdleLock::lock);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    m_logoutAction = m_systemMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_systemMenu->addSeparator();
    m_quitAction = m_systemMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = m_languageMenu->addAction(QStringLiteral("中文"));
    m_chineseAction->setObjectName(QStringLiteral("chineseAction"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction* action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
    }
    (Language::current() == QLatin1String("zh_CN") ? m_chineseAction : m_englishAction)->setChecked(true);
    connect(m_chineseAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("zh_CN")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::openUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] { ShortcutsDialog(this).exec(); });
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildNavigation()
{
    m_homeItem = new QTreeWidgetItem(m_navigation);
    m_homeItem->setData(0, PageRole, QString());
    for (const PageSpec& page : pageRegistry()) {
        if (!m_workspace.session.has(page.right))
            continue;
        QString parent;
        for (const auto& entry : RightCatalog::entries()) {
            if (entry.code == page.right)
                parent = QString(entry.parent);
        }
        QTreeWidgetItem*& folder = m_folderItems[parent];
        if (!folder) {
            folder = new QTreeWidgetItem(m_navigation);
            folder->setData(0, PageRole, parent);
            folder->setFlags(Qt::ItemIsEnabled);
            folder->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(folder);
        item->setData(0, PageRole, page.objectName);
        m_pageItems.insert(page.objectName, item);
    }
    m_navigation->expandAll();
}

QStringList MainWindow::navigationRights() const
{
    QStringList rights;
    for (const PageSpec& page : pageRegistry()) {
        if (m_pageItems.contains(page.objectName) && !rights.contains(QString(page.right)))
            rights << QString(page.right);
    }
    return rights;
}

QStringList MainWindow::navigationPages() const
{
    QStringList pages;
    for (const PageSpec& page : pageRegistry()) {
        if (m_pageItems.contains(page.objectName))
            pages << page.objectName;
    }
    return pages;
}

bool MainWindow::openPage(const QString& pageOrRight)
{
    QString key = pageOrRight;
    if (!m_pageItems.contains(key)) {
        // A right code (the home page's task links): its first page.
        key.clear();
        for (const PageSpec& spec : pageRegistry()) {
            if (spec.right == pageOrRight && m_pageItems.contains(spec.objectName)) {
                key = spec.objectName;
                break;
            }
        }
        if (key.isEmpty())
            return false;
    }
    QWidget* page = m_pages.value(key);
    if (!page) {
        const PageSpec* spec = specOf(key);
        if (!spec)
            return false;
        page = spec->create(m_workspace, m_stack);
        page->setObjectName(spec->objectName);
        // What 打印/导出 of a list page prints as its title and as who printed it.
        page->setProperty("navigationTitle", spec->displayTitle());
        page->setProperty("printedBy",
                          QStringLiteral("%1 (%2)").arg(m_workspace.session.name(), m_workspace.session.login()));
        if (page->metaObject()->indexOfSignal("badgesChanged()") >= 0)
            connect(page, SIGNAL(badgesChanged()), this, SLOT(refreshCounts()));
        m_pages.insert(key, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
    if (m_navigation->currentItem() != m_pageItems.value(key))
        m_navigation->setCurrentItem(m_pageItems.value(key));
    return true;
}

void MainWindow::showHome()
{
    m_stack->setCurrentWidget(m_home);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslateUi()
{
    const Session& s = m_workspace.session;
    QString title = tr("Ketong CRM — %1 (%2)").arg(s.name(), s.roleLabel());
    if (m_workspace.demo)
        title += QLatin1Char(' ') + tr("[demo company]");
    setWindowTitle(title);
    m_systemMenu->setTitle(tr("&System"));
    m_changePasswordAction->setText(tr("Change &password…"));
    m_optionsAction->setText(tr("&Options…"));
    m_lockAction->setText(tr("Loc&k now"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Ketong CRM"));
    m_guideAction->setText(tr("&User guide"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_churnWatcher->retranslateUi();
    m_backupScheduler->retranslateUi();
    m_homeItem->setText(0, tr("Home"));
    for (auto it = m_folderItems.begin(); it != m_folderItems.end(); ++it)
        it.value()->setText(0, RightCatalog::label(it.key()));
    for (auto it = m_pageItems.begin(); it != m_pageItems.end(); ++it)
        it.value()->setText(0, navigationTitle(it.key()));
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (const PageSpec* spec = specOf(it.key()))
            it.value()->setProperty("navigationTitle", spec->displayTitle());
    }
    m_userLabel->setText(tr("User: %1 (%2) · Role: %3").arg(s.name(), s.login(), s.roleLabel()));
    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.db->url().toString()));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_workspace, false, this);
    dialog.exec();
}

void MainWindow::showOptions()
{
    OptionsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_idleLock->setTimeout(std::chrono::minutes(dialog.idleMinutes()));
}

void MainWindow::switchLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), Language::install(language));
}

void MainWindow::openUserGuide()
{
    const QString name =
        QStringLiteral("user-guide.%1.md")
            .arg(Language::current() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/ketong/") + name);
    const QString source = QDir(QStringLiteral(KETONG_DOCS_SOURCE_DIR)).filePath(name);
    for (const QString& path : {installed, source}) {
        if (QFileInfo::exists(path) &&
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())))
            return;
    }
    MessageBox::warning(this, tr("User guide"), tr("The user guide (%1) is not installed on this computer.").arg(name));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Ketong CRM"),
                       tr("<h3>Ketong CRM %1</h3><p>A desktop CRM for companies that sell to business customers.</p>"
                          "<p>Database schema version %2, Qt %3.</p>")
                           .arg(QStringLiteral(KETONG_VERSION))
                           .arg(Migrator::programVersion())
                           .arg(QString::fromLatin1(qVersion())));
}

} // namespace ketong
