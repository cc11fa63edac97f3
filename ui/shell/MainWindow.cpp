#include "MainWindow.h"

#include "ChangePasswordDialog.h"
#include "HomePage.h"
#include "PageRegistry.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "db/Migrator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>

namespace ketong {

namespace {
constexpr int RightRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(Workspace workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
    , m_navigation(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_home(new HomePage(m_workspace, m_stack))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
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
        const QString right = item->data(0, RightRole).toString();
        if (item == m_homeItem)
            showHome();
        else if (!right.isEmpty() && m_pageItems.contains(right))
            openPage(right);
    });
    connect(m_home, &HomePage::openPage, this, [this](const QString& right) { openPage(right); });
    retranslateUi();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_navigation->setCurrentItem(m_homeItem);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_systemMenu = menuBar()->addMenu(QString());
    m_systemMenu->setObjectName(QStringLiteral("systemMenu"));
    m_changePasswordAction = m_systemMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
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
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::buildNavigation()
{
    m_homeItem = new QTreeWidgetItem(m_navigation);
    m_homeItem->setData(0, RightRole, QString());
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
            folder->setData(0, RightRole, parent);
            folder->setFlags(Qt::ItemIsEnabled);
            folder->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(folder);
        item->setData(0, RightRole, QString(page.right));
        m_pageItems.insert(QString(page.right), item);
    }
    m_navigation->expandAll();
}

QStringList MainWindow::navigationRights() const
{
    QStringList rights;
    for (const PageSpec& page : pageRegistry()) {
        if (m_pageItems.contains(QString(page.right)))
            rights << QString(page.right);
    }
    return rights;
}

bool MainWindow::openPage(const QString& right)
{
    if (!m_pageItems.contains(right))
        return false;
    QWidget* page = m_pages.value(right);
    if (!page) {
        for (const PageSpec& spec : pageRegistry()) {
            if (spec.right == right) {
                page = spec.create(m_workspace, m_stack);
                page->setObjectName(spec.objectName);
                break;
            }
        }
        if (!page)
            return false;
        m_pages.insert(right, page);
        m_stack->addWidget(page);
    }
    m_stack->setCurrentWidget(page);
    if (m_navigation->currentItem() != m_pageItems.value(right))
        m_navigation->setCurrentItem(m_pageItems.value(right));
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
    QString title = tr("Ketong CRM — %1 (%2)").arg(s.name(), s.roleName());
    if (m_workspace.demo)
        title += QLatin1Char(' ') + tr("[demo company]");
    setWindowTitle(title);
    m_systemMenu->setTitle(tr("&System"));
    m_changePasswordAction->setText(tr("Change &password…"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("L&anguage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Ketong CRM"));
    m_homeItem->setText(0, tr("Home"));
    for (auto it = m_folderItems.begin(); it != m_folderItems.end(); ++it)
        it.value()->setText(0, RightCatalog::label(it.key()));
    for (auto it = m_pageItems.begin(); it != m_pageItems.end(); ++it)
        it.value()->setText(0, RightCatalog::label(it.key()));
    m_userLabel->setText(tr("User: %1 (%2) · Role: %3").arg(s.name(), s.login(), s.roleName()));
    m_databaseLabel->setText(tr("Database: %1").arg(m_workspace.db->url().toString()));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_workspace, false, this);
    dialog.exec();
}

void MainWindow::switchLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("language"), Language::install(language));
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
