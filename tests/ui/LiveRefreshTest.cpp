// Live refresh in the real window (PostgreSQL): a customer renamed by another client appears in the first
// client's open customer list by itself, within a couple of seconds.
#include "TestDatabase.h"
#include "customers/CustomerService.h"
#include "db/DatabaseEvents.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "sales/ChanceService.h"
#include "sales/SalesChancesPage.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class LiveRefreshTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        if (test::backend() != Backend::PostgreSql)
            QSKIP("PostgreSQL only: a SQLite database serves one PC");
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
    }

    void anotherClientsChangeShowsUp()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        QVERIFY(window.openPage(u"salesChancesPage"_s));
        auto* page = window.findChild<SalesChancesPage*>(u"salesChancesPage"_s);
        page->model()->waitUntilLoaded();
        const int before = page->model()->totalCount();

        // The other PC: its own connection, its own session.
        DatabasePtr other = m_db.openAnother();
        ChanceService theirs(*other, m_clock, m_db.sessionFor(u"director"_s));
        QVERIFY(theirs.create({{}, u"实时刷新测试客户"_s, u"另一台电脑新建"_s, 40, {}, {}, u"描述"_s}));

        QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() == before + 1, 5000);
    }

    void lostConnectionShowsReconnectingUntilBack()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        window.show();
        auto* banner = window.findChild<QLabel*>(u"reconnectLabel"_s);
        QVERIFY(banner && !banner->isVisible());
        Q_EMIT m_db.db()->events()->connectionLost(); // as SqlQuery reports a dropped connection
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"reconnecting"_s));
        // The server is there: the first attempt (after a second) reconnects and the banner goes.
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
    }
};

QTEST_MAIN(LiveRefreshTest)
#include "LiveRefreshTest.moc"
