#pragma once

#include "Workspace.h"
#include "models/ListWorker.h"

#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ketong {

class BackupScheduler;
class ChurnWatcher;

class HomePage;
class IdleLock;

/// The main window: navigation by module (the seed's menu tree, built from the role's rights), the
/// pages, and the menus for password, log out, language and About. Pages own their actions; this
/// window only hosts them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Workspace workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Workspace& workspace() const { return m_workspace; }
    /// Shows a page (creating it on first use), given its objectName or a right code (then the first page
    /// of that right). False when the role has no such page.
    bool openPage(const QString& pageOrRight);
    /// The rights whose pages appear in the navigation, in order, each once.
    QStringList navigationRights() const;
    /// The objectNames of the pages in the navigation, in order.
    QStringList navigationPages() const;
    /// The idle lock (tests shorten its time).
    IdleLock* idleLock() const { return m_idleLock; }
    /// The churn scan's actions, the manager's notice and the catch-up (started by the login's JobsHost).
    ChurnWatcher* churnWatcher() const { return m_churnWatcher; }
    /// The workbench.
    HomePage* homePage() const { return m_home; }
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }

Q_SIGNALS:
    void logoutRequested();
    /// The navigation's waiting counts were refreshed (tests wait for it).
    void badgesUpdated();

public Q_SLOTS:
    /// Recomputes the waiting counts of the pages that have a badge, off the GUI thread.
    void updateBadges();
    /// The badges and the workbench's counts again (after a change of what they count).
    void refreshCounts();

public:
    /// The waiting count shown beside a page (0 when none).
    int badge(const QString& page) const { return m_badges.value(page); }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildNavigation();
    void retranslateUi();
    void showHome();
    void changePassword();
    void showOptions();
    void switchLanguage(const QString& language);
    void about();
    void openUserGuide();
    QString navigationTitle(const QString& page) const;
    void watchConnection();

    Workspace m_workspace;
    std::shared_ptr<ListWorker> m_listWorker; ///< the lists' thread and connection, kept for the session
    QTreeWidget* m_navigation;
    QStackedWidget* m_stack;
    HomePage* m_home;
    QTreeWidgetItem* m_homeItem = nullptr;
    QHash<QString, QTreeWidgetItem*> m_pageItems;   ///< page objectName → navigation entry
    QHash<QString, QTreeWidgetItem*> m_folderItems; ///< folder right → navigation entry
    QHash<QString, QWidget*> m_pages;               ///< page objectName → page, once created
    QMenu* m_systemMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_changePasswordAction;
    QAction* m_optionsAction;
    QAction* m_lockAction;
    QAction* m_logoutAction;
    QAction* m_quitAction;
    QAction* m_chineseAction;
    QAction* m_englishAction;
    QAction* m_aboutAction;
    QAction* m_guideAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QActionGroup* m_languageGroup;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    IdleLock* m_idleLock;
    ChurnWatcher* m_churnWatcher = nullptr;
    BackupScheduler* m_backupScheduler = nullptr;
    QHash<QString, int> m_badges; ///< page objectName → waiting count
    bool m_badgesRunning = false;
    bool m_badgesAgain = false;
    QLabel* m_reconnectLabel = new QLabel(this); ///< "reconnecting…" while the server is away
    QTimer* m_reconnectTimer = new QTimer(this);
    QTimer* m_heartbeatTimer = new QTimer(this); ///< notices a lost server while the user is idle
    int m_reconnectDelay = 1;                    ///< seconds until the next attempt
};

} // namespace ketong
