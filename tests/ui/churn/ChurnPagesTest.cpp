// 客户流失管理 in the real widgets: manager1 adds two retention measures to a warning and confirms the
// loss; the customer is then 流失 and no longer offered where a customer is picked. Also the scope of the
// list, the state of 确认流失 at status 1, the catch-up after login and the manager's notice.
#include "TestDatabase.h"
#include "churn/ChurnScan.h"
#include "churn/ChurnService.h"
#include "churn/ChurnWatcher.h"
#include "churn/LostCustomersPage.h"
#include "churn/LostRecordDialog.h"
#include "common/MessageBox.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "shell/JobsHost.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
template <typename T> void whenModal(std::function<void(T*)> work)
{
    QTimer::singleShot(20, [work] {
        auto* modal = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!modal) {
            whenModal<T>(work);
            return;
        }
        work(modal);
    });
}
} // namespace

class ChurnPagesTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};

    QVariant scalar(const QString& sql, const QVariantMap& values = {}) const
    {
        auto v = SqlQuery::scalar(m_db->connection(), sql, values);
        return v ? *v : QVariant();
    }

    /// An open warning (status 1) of a customer manager1 manages, made by a scan if the demo has none.
    qint64 warningOfManager1()
    {
        const QString sql = u"SELECT min(r.id) FROM lost_records r JOIN customers c ON c.id = r.customer_id JOIN "
                            "users u ON u.id = c.manager_id WHERE u.login = 'manager1' AND r.status = 1"_s;
        return scalar(sql).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        if (warningOfManager1() == 0)
            QVERIFY(ChurnScan(*m_db, m_clock, Session::system()).run());
        QVERIFY(warningOfManager1() > 0);
    }

    void managerDelaysTwiceAndConfirms()
    {
        const qint64 id = warningOfManager1();
        const qint64 customer =
            scalar(u"SELECT customer_id FROM lost_records WHERE id = :id"_s, {{u"id"_s, id}}).toLongLong();
        const QString name = scalar(u"SELECT name FROM customers WHERE id = :id"_s, {{u"id"_s, customer}}).toString();
        const int measuresBefore =
            scalar(u"SELECT count(*) FROM lost_measures WHERE lost_record_id = :id"_s, {{u"id"_s, id}}).toInt();
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true};
        LostCustomersPage page(ws);
        page.model()->waitUntilLoaded();
        const int row = page.model()->rowOf(id);
        QVERIFY(row >= 0);
        page.tableView()->setCurrentIndex(page.model()->index(row, 0));
        auto* confirm = page.findChild<QAction*>(u"confirmAction"_s);
        QVERIFY(!confirm->isEnabled()); // status 1: a measure first
        QVERIFY2(confirm->toolTip().contains(u"only after a retention measure"_s), qPrintable(confirm->toolTip()));

        bool checked = false;
        whenModal<LostRecordDialog>([&](LostRecordDialog* dialog) {
            auto* edit = dialog->findChild<QPlainTextEdit*>(u"measurePlainTextEdit"_s);
            auto* save = dialog->findChild<QPushButton*>(u"savePushButton"_s);
            auto* table = dialog->findChild<QTableWidget*>(u"measuresTableWidget"_s);
            // Confirming at status 1 is refused in the dialog too.
            dialog->findChild<QPushButton*>(u"jumpPushButton"_s)->click();
            QVERIFY(!save->isEnabled());
            dialog->findChild<QPushButton*>(u"jumpPushButton"_s)->click();
            for (const QString& text : {u"电话回访，了解近期采购计划"_s, u"上门拜访并提供季度优惠"_s}) {
                edit->setPlainText(text);
                MessageBox::setNextAnswer(QMessageBox::Ok);
                save->click();
                QVERIFY(edit->toPlainText().isEmpty());
            }
            QCOMPARE(table->rowCount(), measuresBefore + 2);
            QCOMPARE(table->item(table->rowCount() - 1, 2)->text(), u"上门拜访并提供季度优惠"_s);
            dialog->findChild<QPushButton*>(u"jumpPushButton"_s)->click();
            QCOMPARE(dialog->mode(), LostRecordDialog::Mode::Confirm);
            QVERIFY(save->isEnabled());
            save->click(); // no reason: refused, the dialog stays
            QVERIFY(dialog->isVisible());
            dialog->findChild<QPlainTextEdit*>(u"reasonPlainTextEdit"_s)->setPlainText(u"客户已转向竞争对手"_s);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            save->click();
            checked = true;
        });
        page.findChild<QAction*>(u"delayAction"_s)->trigger();
        QVERIFY(checked);

        QCOMPARE(scalar(u"SELECT status FROM lost_records WHERE id = :id"_s, {{u"id"_s, id}}).toInt(), 3);
        QCOMPARE(scalar(u"SELECT status FROM customers WHERE id = :id"_s, {{u"id"_s, customer}}).toInt(), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM lost_measures WHERE lost_record_id = :id"_s, {{u"id"_s, id}}).toInt(),
                 measuresBefore + 2);
        auto choices = CustomerService(*m_db, m_clock, ws.session).pickList(name);
        QVERIFY(choices);
        for (const CustomerChoice& c : *choices)
            QVERIFY(c.id != customer);
        page.model()->waitUntilLoaded();
        const int after = page.model()->rowOf(id);
        QVERIFY(after >= 0);
        QCOMPARE(page.model()->index(after, 5).data().toString(), ChurnService::statusLabel(LostStatus::Lost));
        page.tableView()->setCurrentIndex(page.model()->index(after, 0));
        QVERIFY(!page.findChild<QAction*>(u"delayAction"_s)->isEnabled());
        QVERIFY(!page.findChild<QAction*>(u"confirmAction"_s)->isEnabled());
    }

    void managerSeesOnlyOwnCustomers()
    {
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"manager2"_s), true};
        LostCustomersPage page(ws);
        page.model()->waitUntilLoaded();
        const qint64 others = scalar(u"SELECT count(*) FROM lost_records r JOIN customers c ON c.id = r.customer_id "
                                     "JOIN users u ON u.id = c.manager_id WHERE u.login = 'manager2'"_s)
                                  .toLongLong();
        QCOMPARE(page.model()->totalCount(), int(others));
    }

    void actionsAskTheCore()
    {
        // The director reads every warning but takes no measure: the page asks ChurnService and says why.
        const qint64 id = warningOfManager1();
        const Workspace ws{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
        LostCustomersPage page(ws);
        page.model()->waitUntilLoaded();
        const int row = page.model()->rowOf(id);
        QVERIFY(row >= 0);
        page.tableView()->setCurrentIndex(page.model()->index(row, 0));
        const ChurnService service(*m_db, m_clock, ws.session);
        const auto record = service.load(id);
        QVERIFY(record);
        auto* delay = page.findChild<QAction*>(u"delayAction"_s);
        QVERIFY(!delay->isEnabled());
        QCOMPARE(delay->toolTip(), service.canDelay(*record).error().message());
        QVERIFY(!page.findChild<QAction*>(u"confirmAction"_s)->isEnabled());
        // Its dialog shows the record and offers nothing to save.
        LostRecordDialog dialog(ws, id, LostRecordDialog::Mode::Delay);
        auto* save = dialog.findChild<QPushButton*>(u"savePushButton"_s);
        QVERIFY(!save->isEnabled());
        QCOMPARE(save->toolTip(), service.canDelay(*record).error().message());
        QVERIFY(dialog.findChild<QPlainTextEdit*>(u"measurePlainTextEdit"_s)->isReadOnly());
    }

    void catchUpRunsOnceAndNoticeOpensTheList()
    {
        // The last scan is before the last Saturday 02:00: the login's jobs catch up.
        m_clock.set(QDateTime::currentDateTimeUtc().addDays(8));
        const int runs = scalar(u"SELECT count(*) FROM job_runs"_s).toInt();
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true});
        window.show();
        JobsHost jobs(&window);
        QSignalSpy finished(window.churnWatcher(), &ChurnWatcher::scanFinished);
        jobs.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(scalar(u"SELECT count(*) FROM job_runs"_s).toInt(), runs + 1);
        QVERIFY(!window.churnWatcher()->scanAction()->isVisible()); // a manager cannot run it by hand
        if (QMessageBox* notice = window.churnWatcher()->notice()) {
            QVERIFY(notice->isVisible());
            notice->findChild<QPushButton*>(u"openListPushButton"_s)->click();
            QVERIFY(window.findChild<LostCustomersPage*>(u"lostCustomersPage"_s)->isVisible());
        } else {
            QCOMPARE(scalar(u"SELECT count(*) FROM lost_records r JOIN customers c ON c.id = r.customer_id JOIN users "
                            "u ON u.id = c.manager_id WHERE u.login = 'manager1' AND r.status IN (1, 2)"_s)
                         .toInt(),
                     0);
        }
        // A second login the same week does not scan again.
        MainWindow again(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true});
        JobsHost againJobs(&again);
        QSignalSpy second(again.churnWatcher(), &ChurnWatcher::scanFinished);
        againJobs.start();
        QVERIFY(second.wait(20000));
        QCOMPARE(scalar(u"SELECT count(*) FROM job_runs"_s).toInt(), runs + 1);
    }

    void directorRunsTheScanFromTheMenu()
    {
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        JobsHost jobs(&window);
        QSignalSpy catchUp(window.churnWatcher(), &ChurnWatcher::scanFinished);
        jobs.start();
        QVERIFY(catchUp.wait(20000));
        QAction* scan = window.churnWatcher()->scanAction();
        QVERIFY(scan->isVisible());
        const int runs = scalar(u"SELECT count(*) FROM job_runs"_s).toInt();
        QSignalSpy finished(window.churnWatcher(), &ChurnWatcher::scanFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        scan->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(1).toString().contains(u"new warning"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM job_runs"_s).toInt(), runs + 1);
    }
};

QTEST_MAIN(ChurnPagesTest)
#include "ChurnPagesTest.moc"
