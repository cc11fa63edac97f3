// The workbench (工作台) is never stale (issue 27): without anyone pressing Refresh, its counts follow the
// churn catch-up of the login's jobs, another client's change (PostgreSQL: NOTIFY; SQLite: another
// connection's commit) and the user's own work on a page (badgesChanged).
#include "shell/HomePage.h"
#include "TestDatabase.h"
#include "churn/ChurnWatcher.h"
#include "common/MessageBox.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "sales/ChanceService.h"
#include "sales/SalesChancesPage.h"
#include "shell/JobsHost.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class HomePageTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    qint64 count(const QString& sql) const
    {
        return SqlQuery::scalar(m_db->connection(), sql).valueOr(-1).toLongLong();
    }
    qint64 openWarnings() const { return count(u"SELECT count(*) FROM lost_records WHERE status IN (1, 2)"_s); }
    qint64 chancesToAssign() const { return count(u"SELECT count(*) FROM sales_chances WHERE status = 1"_s); }

    /// The count the workbench shows for an item, or -1 when it shows none.
    static qint64 shown(const MainWindow& window, const QString& key)
    {
        auto* button = window.homePage()->findChild<QCommandLinkButton*>(key + u"CommandLinkButton"_s);
        return button ? button->text().section(u':', -1).trimmed().toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
    }

    void followsTheCatchUpScan()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        window.show();
        const qint64 before = openWarnings();
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"churn-warnings"_s), before, 10000);
        // The demo company has never been scanned: the login's jobs catch up and flag the silent customers.
        JobsHost jobs(&window);
        QSignalSpy finished(window.churnWatcher(), &ChurnWatcher::scanFinished);
        jobs.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        const qint64 after = openWarnings();
        QVERIFY2(after > before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        QVERIFY(finished.first().at(1).toString().contains(u"%1 new warning"_s.arg(after - before)));
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"churn-warnings"_s), after, 10000);
    }

    void followsAnotherClientsChange()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        window.show();
        const qint64 before = chancesToAssign();
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"chances-to-assign"_s), before, 10000);
        // The other PC: its own connection and session.
        DatabasePtr other = m_db.openAnother();
        ChanceService theirs(*other, m_clock, m_db.sessionFor(u"director"_s));
        QVERIFY(theirs.create({{}, u"另一台电脑的客户"_s, u"另一台电脑新建的机会"_s, 50, {}, {}, u"描述"_s}));
        QCOMPARE(chancesToAssign(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"chances-to-assign"_s), before + 1, 10000);
    }

    void followsTheUsersOwnWork()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        window.show();
        const qint64 before = chancesToAssign();
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"chances-to-assign"_s), before, 10000);
        // The director deletes an unassigned chance on its page; the workbench counts one less.
        QVERIFY(window.openPage(u"salesChancesPage"_s));
        auto* page = window.findChild<SalesChancesPage*>(u"salesChancesPage"_s);
        page->model()->waitUntilLoaded();
        page->tableView()->setCurrentIndex(page->model()->index(0, 0));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page->findChild<QAction*>(u"deleteAction"_s)->trigger();
        QCOMPARE(chancesToAssign(), before - 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown(window, u"chances-to-assign"_s), before - 1, 10000);
    }
};

QTEST_MAIN(HomePageTest)
#include "HomePageTest.moc"
