// The login's background jobs (issue 27): the administrator logs in and the scheduled sales-system feed runs
// at login and again when its interval has passed — a real CSV feed directory, and nobody opens the feed's
// settings page — and at logout every job stops.
#include "../core/erp/FeedTestSupport.h"
#include "LoginDriver.h"
#include "TestDatabase.h"
#include "basedata/FeedSettingsPage.h"
#include "erp/FeedScheduler.h"
#include "erp/FeedSettings.h"
#include "shell/AppController.h"
#include "shell/JobsHost.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ketong;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
bool copyDir(const QString& from, const QString& to)
{
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}
} // namespace

class JobsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_settings;
    QTemporaryDir m_feed;
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    qint64 runs() const
    {
        return SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM feed_runs WHERE dry_run = 0"_s)
            .valueOr(-1)
            .toLongLong();
    }
    QString price(const QString& product) const
    {
        return test::scalarText(*m_db, u"SELECT price FROM products WHERE product_no = '%1'"_s.arg(product));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().clear();
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        QVERIFY(test::addFeedCustomers(*m_db));
        QVERIFY(copyDir(test::feedDir(u"basic"_s), m_feed.path()));
        // The administrator set the feed up earlier: every minute from this directory.
        const FeedSettings feed{m_feed.path(), QString(), 1};
        QVERIFY(feed.save(*m_db, m_clock, Session::system()));
        JobsHost::setCheckInterval(50ms);
    }

    void scheduledFeedRunsAfterLoginAndStopsAtLogout()
    {
        if (!m_db->dialect().isSqlite())
            QSKIP("on PostgreSQL the feed is the owner's job on the server (onlyWhereTheLoginMayWriteTheFeed)");
        QCOMPARE(runs(), 0);
        AppController controller(m_clock);
        test::loginWhenShown(u"admin"_s, u"demo"_s);
        QVERIFY(controller.start({m_db.url().toString(), false}));
        MainWindow* window = controller.mainWindow();
        QVERIFY(window);
        QVERIFY(controller.jobs() && controller.jobs()->isStarted());
        QPointer<FeedScheduler> feed = controller.jobs()->feedScheduler();
        QVERIFY(feed);

        // At login the feed has never run: it runs now.
        QTRY_COMPARE_WITH_TIMEOUT(runs(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isRunning(), 30000);
        QCOMPARE(price(u"FP-001"_s), u"1080000"_s);
        // The sales system changes a price; within the minute nothing runs.
        QFile products(QDir(m_feed.path()).filePath(u"products.csv"_s));
        QVERIFY(products.open(QIODevice::ReadOnly));
        QByteArray text = products.readAll();
        products.close();
        text.replace("i60,2688 9966,台,10800", "i60,2688 9966,台,9900");
        QVERIFY(products.open(QIODevice::WriteOnly | QIODevice::Truncate));
        products.write(text);
        products.close();
        QSignalSpy nothingDue(feed, &FeedScheduler::nothingDue);
        QVERIFY(nothingDue.wait(10000));
        QCOMPARE(runs(), 1);
        // A minute later the next check runs it again and the new price is in.
        QSignalSpy finished(feed, &FeedScheduler::runFinished);
        m_clock.advanceSeconds(61);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).value<FeedReport>().ok);
        QCOMPARE(runs(), 2);
        QCOMPARE(price(u"FP-001"_s), u"990000"_s);
        QTRY_VERIFY(!feed->isRunning());
        // Nobody opened the feed's settings page.
        QVERIFY(!window->findChild<FeedSettingsPage*>());

        // Logout: the jobs go away with the login; however long it is, the feed runs no more.
        bool gone = false;
        qint64 runsAfterLogout = -1;
        test::whenLoginShown([&](LoginDialog* dialog) {
            gone = !controller.jobs() && !feed;
            m_clock.advanceSeconds(3600);
            QTest::qWait(500); // ten check periods of a running host
            runsAfterLogout = runs();
            dialog->reject();
        });
        window->findChild<QAction*>(u"logoutAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(runsAfterLogout >= 0, 20000);
        QVERIFY(gone);
        QCOMPARE(runsAfterLogout, 2);
    }

    void onlyWhereTheLoginMayWriteTheFeed()
    {
        // SQLite: any login keeps the schedule (as the system actor). PostgreSQL: no account's program — the feed
        // reads and writes customer data, which the administrator's login may not; the owner runs it on the server.
        const bool sqlite = m_db->dialect().isSqlite();
        QCOMPARE(FeedScheduler::canSchedule(*m_db, m_db.sessionFor(u"manager1"_s)).ok(), sqlite);
        const Status admin = FeedScheduler::canSchedule(*m_db, m_db.sessionFor(u"admin"_s));
        QCOMPARE(admin.ok(), sqlite);
        if (!sqlite)
            QVERIFY(admin.error().message().contains(u"ketongctl sync"_s));
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true});
        JobsHost jobs(&window);
        QCOMPARE(jobs.feedScheduler() != nullptr, sqlite);
        // The administrator's feed page says where the feed runs instead of offering what would be refused.
        FeedSettingsPage page(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"admin"_s), true});
        QCOMPARE(page.findChild<QPushButton*>(u"syncNowPushButton"_s)->isEnabled(), sqlite);
        QCOMPARE(page.findChild<QCheckBox*>(u"scheduleCheckBox"_s)->isVisibleTo(&page), sqlite);
        QCOMPARE(page.findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"ketongctl sync"_s), !sqlite);
    }
};

QTEST_MAIN(JobsTest)
#include "JobsTest.moc"
