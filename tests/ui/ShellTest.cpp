// The shell as a user meets it, under QT_QPA_PLATFORM=offscreen: the real LoginDialog, the main window
// built from the role's rights, and the language switched at run time.
#include "LoginDriver.h"
#include "TestDatabase.h"
#include "auth/UserService.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "shell/AppController.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/HomePage.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ketong;
using namespace Qt::StringLiterals;

class ShellTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;
    test::TestDatabase m_db;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Own settings: ctest runs the SQLite and the PostgreSQL run (and other GUI tests) at the same time.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
    }

    void cleanup() { Language::install(u"en"_s); }

    void loginDialogAcceptsDemoAccount()
    {
        Language::install(u"zh_CN"_s);
        LoginDialog dialog(m_db.db(), m_clock, true);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"客通 CRM — 登录"_s);
        QVERIFY(dialog.findChild<QLabel*>(u"hintLabel"_s)->text().contains(u"demo"_s));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"loginLineEdit"_s), u"manager1"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s), u"wrong"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginPushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.findChild<QLabel*>(u"errorLabel"_s)->text(), u"用户名或密码错误"_s);
        dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->clear();
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s), u"demo"_s);
        QTest::keyClick(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().login(), u"manager1"_s);
        QCOMPARE(dialog.session().kind(), RoleKind::Manager);
    }

    void mainWindowSwitchesLanguageAtRunTime()
    {
        Language::install(u"zh_CN"_s);
        LoginDialog dialog(m_db.db(), m_clock, true);
        dialog.setLogin(u"manager1"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s), u"demo"_s);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"loginPushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.result() == QDialog::Accepted);

        MainWindow window(Workspace{m_db.db(), &m_clock, dialog.session(), true});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(u"客通 CRM — 李明(客户经理)"_s));
        QVERIFY(window.windowTitle().contains(u"[演示数据]"_s));
        auto* nav = window.findChild<QTreeWidget*>(u"navigationTreeWidget"_s);
        QCOMPARE(nav->topLevelItem(0)->text(0), u"工作台"_s);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"系统(&S)"_s);

        window.findChild<QAction*>(u"englishAction"_s)->trigger();
        // LanguageChange reaches the widgets through the event loop.
        QTRY_VERIFY(window.windowTitle().startsWith(u"Ketong CRM — 李明 (Account manager)"_s));
        QVERIFY(window.windowTitle().contains(u"[demo company]"_s));
        QCOMPARE(nav->topLevelItem(0)->text(0), u"Home"_s);
        QCOMPARE(window.menuBar()->actions().first()->text(), u"&System"_s);
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"en"_s);

        window.findChild<QAction*>(u"chineseAction"_s)->trigger();
        QTRY_COMPARE(nav->topLevelItem(0)->text(0), u"工作台"_s);
    }

    void homePageShowsTasksOfTheRole()
    {
        const Session manager = m_db.sessionFor(u"manager1"_s);
        MainWindow window(Workspace{m_db.db(), &m_clock, manager, true});
        window.show();
        auto* home = window.findChild<HomePage*>(u"homePage"_s);
        QSignalSpy loaded(home, &HomePage::loaded);
        QVERIFY(loaded.wait(10000));
        // A manager sees their services to handle, not the director's "to assign".
        QVERIFY(home->findChild<QCommandLinkButton*>(u"tickets-to-handleCommandLinkButton"_s));
        QVERIFY(!home->findChild<QCommandLinkButton*>(u"tickets-to-assignCommandLinkButton"_s));

        const Session director = m_db.sessionFor(u"director"_s);
        MainWindow directorWindow(Workspace{m_db.db(), &m_clock, director, true});
        directorWindow.show();
        auto* directorHome = directorWindow.findChild<HomePage*>(u"homePage"_s);
        QSignalSpy directorLoaded(directorHome, &HomePage::loaded);
        QVERIFY(directorLoaded.wait(10000));
        auto* toAssign = directorHome->findChild<QCommandLinkButton*>(u"tickets-to-assignCommandLinkButton"_s);
        QVERIFY(toAssign);
        QVERIFY(toAssign->text().endsWith(u": 8"_s)); // the demo has 8 new tickets
    }

    void controllerRunsTheWholeStart()
    {
        QSettings().clear();
        AppController controller(m_clock);
        test::loginWhenShown(u"director"_s, u"demo"_s);
        QVERIFY(controller.start({m_db.url().toString(), false}));
        QVERIFY(controller.mainWindow());
        QCOMPARE(controller.mainWindow()->workspace().session.login(), u"director"_s);
        QVERIFY(controller.mainWindow()->workspace().demo);
        // The URL given on the command line is not remembered as the default database.
        QVERIFY(!QSettings().contains(u"database/url"_s));
    }

    void forcedPasswordChange()
    {
        const SystemClock clock;
        UserService users(*m_db, clock, Session::system());
        const qint64 role = users.builtinRoleId(RoleKind::Manager).value();
        QVERIFY(users.create({u"newbie"_s, u"新人"_s, role, u"Initial-Secret-1"_s, true}));
        AppController controller(m_clock);
        test::loginWhenShown(u"newbie"_s, u"Initial-Secret-1"_s);
        QTimer::singleShot(300, [] {
            auto* dialog = qobject_cast<ChangePasswordDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"currentPasswordLineEdit"_s), u"Initial-Secret-1"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"newPasswordLineEdit"_s), u"My-Own-Secret-22"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s), u"My-Own-Secret-22"_s);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::keyClick(dialog->findChild<QLineEdit*>(u"repeatPasswordLineEdit"_s), Qt::Key_Return);
        });
        QVERIFY(controller.start({m_db.url().toString(), false}));
        QVERIFY(controller.mainWindow());
        QCOMPARE(UserService(*m_db, clock, Session::system()).find(u"newbie"_s)->mustChangePassword, false);
    }
};

QTEST_MAIN(ShellTest)
#include "ShellTest.moc"
