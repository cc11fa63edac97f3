// The administration pages as the administrator uses them (offscreen): creating an account whose
// generated password must be changed at the first login, disabling an account so it cannot log in,
// ticking and saving the rights tree and seeing it reloaded, renaming an account and finding the old and
// new name with actor and time on the audit page, a record's history, and the idle lock that keeps an
// unsaved form.
#include "TestDatabase.h"
#include "admin/AuditPage.h"
#include "admin/RightsPage.h"
#include "admin/RolesPage.h"
#include "admin/UserDialog.h"
#include "admin/UsersPage.h"
#include "auth/RightsService.h"
#include "auth/RoleService.h"
#include "auth/UserService.h"
#include "common/AuditChangesView.h"
#include "common/HistoryDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "shell/AppController.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/IdleLock.h"
#include "shell/LockDialog.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// Runs `act` on the modal dialog of type T as soon as it is shown (the test itself is blocked in exec()).
template <typename T> void whenModal(std::function<void(T*)> act)
{
    QTimer::singleShot(50, [act] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenModal<T>(act);
            return;
        }
        act(dialog);
    });
}

void typeInto(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // QTest cannot type Chinese; an input method would insert it like this
}

void click(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QPushButton*>(name);
    QVERIFY2(button, qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

class AdminPagesTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;
    test::TestDatabase m_db;
    SystemClock m_clock;
    std::unique_ptr<MainWindow> m_window;

    UserRecord account(const QString& login) const
    {
        return UserService(*m_db, m_clock, Session::system()).find(login).value();
    }
    template <typename Page> Page* open(const QString& name)
    {
        if (!m_window->openPage(name))
            return nullptr;
        return m_window->findChild<Page*>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Own settings: the other GUI tests run at the same time and clear theirs.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        Language::install(u"en"_s);
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_window = std::make_unique<MainWindow>(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"admin"_s), true});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void navigationShowsTheFourAdminPages()
    {
        const QStringList pages = m_window->navigationPages();
        QCOMPARE(pages.mid(pages.indexOf(u"usersPage"_s), 4),
                 (QStringList{u"usersPage"_s, u"rolesPage"_s, u"rightsPage"_s, u"auditPage"_s}));
        auto* nav = m_window->findChild<QTreeWidget*>(u"navigationTreeWidget"_s);
        const auto items = nav->findItems(u"Audit log"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()->parent()->text(0), u"Permissions"_s);
        // The home page's links give a right code: its first page opens.
        QVERIFY(m_window->openPage(u"024"_s));
        QVERIFY(m_window->findChild<UsersPage*>(u"usersPage"_s)->isVisible());

        Language::install(u"zh_CN"_s);
        QTRY_COMPARE(nav->findItems(u"审计日志"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
        QCOMPARE(nav->findItems(u"用户管理"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
        QCOMPARE(nav->findItems(u"角色管理"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
        QCOMPARE(nav->findItems(u"权限分配"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
        Language::install(u"en"_s);
        QTRY_COMPARE(nav->findItems(u"Audit log"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
    }

    /// English is English: the built-in roles (stored as 系统管理员, 销售主管…) by their English names in the
    /// English UI wherever a role is named, and by their Chinese names after switching to Chinese.
    void builtinRoleNamesFollowTheLanguage()
    {
        auto* users = open<UsersPage>(u"usersPage"_s);
        users->reload();
        auto* usersTable = users->findChild<QTableWidget*>(u"usersTableWidget"_s);
        const auto roleOf = [usersTable](const QString& login) {
            for (int row = 0; row < usersTable->rowCount(); ++row) {
                if (usersTable->item(row, 0)->text() == login)
                    return usersTable->item(row, 2)->text();
            }
            return QString();
        };
        auto* roleFilter = users->findChild<QComboBox*>(u"roleFilterComboBox"_s);
        auto* roles = open<RolesPage>(u"rolesPage"_s);
        roles->reload();
        auto* rolesTable = roles->findChild<QTableWidget*>(u"rolesTableWidget"_s);
        auto* rights = open<RightsPage>(u"rightsPage"_s);
        auto* rightsRoles = rights->findChild<QListWidget*>(u"rolesListWidget"_s);
        auto* userLabel = m_window->findChild<QLabel*>(u"userLabel"_s);
        auto* intro = m_window->findChild<QLabel*>(u"introLabel"_s);
        QVERIFY(userLabel && intro);
        const auto named = [rolesTable](const QString& name) { // the name column, not the kind's
            const auto items = rolesTable->findItems(name, Qt::MatchExactly);
            return std::count_if(items.begin(), items.end(), [](QTableWidgetItem* i) { return i->column() == 0; });
        };
        const auto shows = [&](const QStringList& names) {
            // admin, director, manager, executive
            return roleOf(u"director"_s) == names.at(1) && roleOf(u"manager1"_s) == names.at(2) &&
                   roleFilter->findText(names.at(0)) > 0 && named(names.at(3)) == 1 &&
                   rightsRoles->findItems(names.at(2), Qt::MatchExactly).size() == 1 &&
                   userLabel->text().endsWith(names.at(0)) && m_window->windowTitle().contains(names.at(0)) &&
                   intro->text().contains(names.at(0));
        };
        const QStringList english{u"System administrator"_s, u"Sales director"_s, u"Account manager"_s, u"Executive"_s};
        const QString seen =
            QStringList{roleOf(u"manager1"_s),
                        QString::number(roleFilter->findText(english.at(0))),
                        QString::number(named(english.at(3))),
                        QString::number(rightsRoles->findItems(english.at(2), Qt::MatchExactly).size()),
                        m_window->windowTitle(),
                        intro->text()}
                .join(u" | "_s);
        QVERIFY2(shows(english), qPrintable(seen));
        QCOMPARE(rolesTable
                     ->findItems(u"Reads the analyses of customer contribution, composition, services and churn"_s,
                                 Qt::MatchExactly)
                     .size(),
                 1);
        Language::install(u"zh_CN"_s);
        QTRY_VERIFY(shows({u"系统管理员"_s, u"销售主管"_s, u"客户经理"_s, u"高管"_s}));
        QCOMPARE(
            rolesTable->findItems(RightCatalog::builtinRoleDescription(RoleKind::Executive), Qt::MatchExactly).size(),
            1);
        Language::install(u"en"_s);
        QTRY_VERIFY(shows(english));
    }

    void newAccountMustChangeItsPasswordAtFirstLogin()
    {
        auto* page = open<UsersPage>(u"usersPage"_s);
        QVERIFY(page);
        QString generated;
        whenModal<UserDialog>([&generated](UserDialog* dialog) {
            typeInto(dialog, u"loginLineEdit"_s, u"xiaoming"_s);
            typeInto(dialog, u"nameLineEdit"_s, u"萧明"_s);
            auto* role = dialog->findChild<QComboBox*>(u"roleComboBox"_s);
            role->setCurrentIndex(role->findText(u"Account manager"_s));
            click(dialog, u"generatePasswordPushButton"_s);
            generated = dialog->findChild<QLineEdit*>(u"passwordLineEdit"_s)->text();
            MessageBox::setNextAnswer(QMessageBox::Ok);
            click(dialog, u"savePushButton"_s);
        });
        page->newUser();
        QVERIFY(!generated.isEmpty());
        QVERIFY2(MessageBox::lastText().contains(generated), qPrintable(MessageBox::lastText())); // shown once
        QCOMPARE(page->selected()->login, u"xiaoming"_s);
        QVERIFY(account(u"xiaoming"_s).mustChangePassword);

        // First login: the program insists on a new password before the main window.
        AppController controller(m_clock);
        whenModal<LoginDialog>([generated](LoginDialog* dialog) {
            typeInto(dialog, u"loginLineEdit"_s, u"xiaoming"_s);
            typeInto(dialog, u"passwordLineEdit"_s, generated);
            click(dialog, u"loginPushButton"_s);
        });
        bool forced = false;
        whenModal<ChangePasswordDialog>([generated, &forced](ChangePasswordDialog* dialog) {
            forced = true;
            typeInto(dialog, u"currentPasswordLineEdit"_s, generated);
            typeInto(dialog, u"newPasswordLineEdit"_s, u"Xiao-Ming-2026"_s);
            typeInto(dialog, u"repeatPasswordLineEdit"_s, u"Xiao-Ming-2026"_s);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::keyClick(dialog->findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s), Qt::Key_Return);
        });
        QVERIFY(controller.start({m_db.url().toString(), false}));
        QVERIFY(forced);
        QCOMPARE(controller.mainWindow()->workspace().session.login(), u"xiaoming"_s);
        QVERIFY(!account(u"xiaoming"_s).mustChangePassword);
    }

    void disabledAccountCannotLogIn()
    {
        auto* page = open<UsersPage>(u"usersPage"_s);
        QVERIFY(page->select(u"manager3"_s));
        auto* toggle = page->findChild<QPushButton*>(u"activePushButton"_s);
        QCOMPARE(toggle->text(), u"Disable"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!account(u"manager3"_s).active);
        QVERIFY(page->select(u"manager3"_s));
        QCOMPARE(toggle->text(), u"Enable"_s);

        LoginDialog login(m_db.db(), m_clock, true);
        login.setLogin(u"manager3"_s);
        typeInto(&login, u"passwordLineEdit"_s, u"demo"_s);
        click(&login, u"loginPushButton"_s);
        QCOMPARE(login.result(), int(QDialog::Rejected));
        QCOMPARE(login.findChild<QLabel*>(u"errorLabel"_s)->text(),
                 u"This account is disabled; ask the administrator"_s);

        // Nor can the administrator disable themselves: the core's refusal is shown.
        QVERIFY(page->select(u"admin"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(MessageBox::lastText(), u"You cannot disable your own account"_s);
        QVERIFY(account(u"admin"_s).active);
    }

    void rightsTreeSavesAndReloads()
    {
        auto* page = open<RightsPage>(u"rightsPage"_s);
        QVERIFY(page->selectRole(u"高管"_s));
        QTreeWidgetItem* reports = page->itemOf(u"005"_s);
        QTreeWidgetItem* basedata = page->itemOf(u"006"_s);
        QCOMPARE(reports->checkState(0), Qt::Checked);
        QCOMPARE(basedata->checkState(0), Qt::Unchecked);
        // Unticking a folder unticks its pages; ticking one page makes its folder partly ticked.
        reports->setCheckState(0, Qt::Unchecked);
        QCOMPARE(page->itemOf(u"017"_s)->checkState(0), Qt::Unchecked);
        page->itemOf(u"017"_s)->setCheckState(0, Qt::Checked);
        page->itemOf(u"022"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(reports->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(basedata->checkState(0), Qt::PartiallyChecked);
        QVERIFY(page->isDirty());
        QCOMPARE(page->checkedCodes(), (QStringList{u"017"_s, u"022"_s}));
        click(page, u"savePushButton"_s);
        QVERIFY(!page->isDirty());

        const qint64 executive =
            UserService(*m_db, m_clock, Session::system()).builtinRoleId(RoleKind::Executive).value();
        QCOMPARE(*RightsService(*m_db, m_clock, Session::system()).roleRights(executive),
                 (QStringList{u"017"_s, u"022"_s}));
        RightsPage fresh(m_window->workspace());
        QVERIFY(fresh.selectRole(u"高管"_s));
        QCOMPARE(fresh.checkedCodes(), (QStringList{u"017"_s, u"022"_s}));
        QCOMPARE(fresh.itemOf(u"005"_s)->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(fresh.itemOf(u"023"_s)->checkState(0), Qt::Unchecked);
        // Ticking a folder ticks all its pages.
        fresh.itemOf(u"005"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(fresh.itemOf(u"020"_s)->checkState(0), Qt::Checked);
    }

    void roleDeleteRefusalNamesTheAccounts()
    {
        auto* page = open<RolesPage>(u"rolesPage"_s);
        const qint64 id =
            *RoleService(*m_db, m_clock, Session::system()).create({u"外勤"_s, {}, RoleKind::Manager, true});
        QVERIFY(UserService(*m_db, m_clock, Session::system())
                    .create({u"waiqin"_s, u"外勤一"_s, id, u"Field-Work-909"_s, true}));
        page->reload();
        QVERIFY(page->select(u"外勤"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation; the refusal box is shown after it
        whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
        click(page, u"deletePushButton"_s);
        QVERIFY2(MessageBox::lastText().contains(u"1 account"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(page->select(u"外勤"_s));
    }

    void renamedAccountShowsOnTheAuditPage()
    {
        auto* users = open<UsersPage>(u"usersPage"_s);
        QVERIFY(users->select(u"manager2"_s));
        const QString oldName = account(u"manager2"_s).name;
        whenModal<UserDialog>([](UserDialog* dialog) {
            typeInto(dialog, u"nameLineEdit"_s, u"张晓红"_s);
            click(dialog, u"savePushButton"_s);
        });
        users->editUser();
        QCOMPARE(account(u"manager2"_s).name, u"张晓红"_s);

        auto* audit = open<AuditPage>(u"auditPage"_s);
        auto* entity = audit->findChild<QComboBox*>(u"entityComboBox"_s);
        audit->resetFilter(); // new actions and record types are offered
        entity->setCurrentIndex(entity->findData(u"users"_s));
        auto* action = audit->findChild<QComboBox*>(u"actionComboBox"_s);
        action->setCurrentIndex(action->findData(u"update"_s));
        click(audit, u"searchPushButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!audit->isLoading(), 10000);
        auto* table = audit->findChild<QTableWidget*>(u"auditTableWidget"_s);
        QVERIFY(table->rowCount() >= 1);
        QVERIFY(table->item(0, 1)->text().contains(u"admin"_s));
        QCOMPARE(table->item(0, 5)->text(), u"Name: %1 → 张晓红"_s.arg(oldName));
        const QDateTime at = QDateTime::fromString(table->item(0, 0)->text(), u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 600);

        // The detail pane: field by field.
        auto* changes = audit->findChild<QTableWidget*>(u"auditChangesTableWidget"_s);
        QCOMPARE(changes->rowCount(), 1);
        QCOMPARE(changes->item(0, 0)->text(), u"Name"_s);
        QCOMPARE(changes->item(0, 1)->text(), oldName);
        QCOMPARE(changes->item(0, 2)->text(), u"张晓红"_s);
        QVERIFY(audit->findChild<QLabel*>(u"auditEntryLabel"_s)->text().contains(u"赵文斌 (admin)"_s));
    }

    void auditExportsCsvWithBomAndExcel()
    {
        auto* audit = open<AuditPage>(u"auditPage"_s);
        QSignalSpy exported(audit, &AuditPage::exported);
        const QString path =
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"audit.csv"_s);
        audit->exportTo(path, u"csv"_s);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"张晓红"_s));

        const QString xlsx =
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(u"audit.xlsx"_s);
        audit->exportTo(xlsx, u"xlsx"_s);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK")); // a zip container, as XLSX is
    }

    void historyButtonOfTheUserDialog()
    {
        UserDialog dialog(m_window->workspace(), account(u"manager2"_s).id);
        auto* history = dialog.findChild<QPushButton*>(u"historyPushButton"_s);
        QVERIFY(history && history->isEnabled());
        int count = 0;
        QString newest;
        whenModal<HistoryDialog>([&](HistoryDialog* shown) {
            count = shown->entryCount();
            newest = shown->findChild<QTableWidget*>(u"historyTableWidget"_s)->item(0, 3)->text();
            shown->reject();
        });
        QTest::mouseClick(history, Qt::LeftButton);
        QVERIFY(count >= 1);
        QCOMPARE(newest, u"Name: 张伟 → 张晓红"_s);
    }

    void idleLockKeepsTheUnsavedForm()
    {
        UserDialog form(m_window->workspace(), account(u"manager1"_s).id, m_window.get());
        form.show();
        typeInto(&form, u"nameLineEdit"_s, u"还没保存"_s);
        IdleLock* lock = m_window->idleLock();
        QSignalSpy locked(lock, &IdleLock::locked);
        lock->setTimeout(std::chrono::milliseconds(300));
        QVERIFY(locked.wait(10000));
        QVERIFY(lock->isLocked());
        auto* dialog = qobject_cast<LockDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(m_window->findChild<QWidget*>(u"lockCoverWidget"_s)->isVisible());
        QVERIFY(form.findChild<QWidget*>(u"lockCoverWidget"_s)); // the form is covered too

        typeInto(dialog, u"passwordLineEdit"_s, u"wrong-password"_s);
        click(dialog, u"unlockPushButton"_s);
        QVERIFY(lock->isLocked());
        QCOMPARE(dialog->findChild<QLabel*>(u"errorLabel"_s)->text(), u"Wrong login name or password"_s);
        QSignalSpy unlocked(lock, &IdleLock::unlocked);
        typeInto(dialog, u"passwordLineEdit"_s, u"demo"_s);
        click(dialog, u"unlockPushButton"_s);
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!lock->isLocked());
        QVERIFY(!form.findChild<QWidget*>(u"lockCoverWidget"_s));
        QVERIFY(form.isVisible());
        QCOMPARE(form.findChild<QLineEdit*>(u"nameLineEdit"_s)->text(), u"还没保存"_s);

        // Log out from the lock: the open form is closed, the window asks to log out.
        QSignalSpy logout(m_window.get(), &MainWindow::logoutRequested);
        QVERIFY(locked.wait(10000));
        click(qobject_cast<LockDialog*>(QApplication::activeModalWidget()), u"logoutPushButton"_s);
        QVERIFY(logout.wait(5000));
        QVERIFY(!form.isVisible());
        lock->setTimeout(std::chrono::milliseconds(0));
    }
};

QTEST_MAIN(AdminPagesTest)
#include "AdminPagesTest.moc"
