// 服务管理 in the real widgets, the whole path of issue 7: manager1 creates a ticket, the director assigns
// it to manager2, manager2 handles it, manager1 gives feedback 2 (back to manager2), manager2 handles it
// again, manager1 gives feedback 4 (archived), and the archive shows both rounds. Also the navigation
// badges and the refusals shown in the forms.
#include "TestDatabase.h"
#include "common/MessageBox.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "service/ServiceCreatePage.h"
#include "service/ServiceListPage.h"
#include "service/TicketDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
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

class ServicePagesTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    qint64 m_ticket = 0;
    const QString m_summary = u"打印机卡纸需上门维修"_s;

    Workspace as(const QString& login) { return Workspace{m_db.db(), &m_clock, m_db.sessionFor(login), true}; }

    QVariant scalar(const QString& sql) const
    {
        auto v = SqlQuery::scalar(m_db->connection(), sql, {{u"id"_s, m_ticket}});
        return v ? *v : QVariant();
    }

    /// Opens the stage's list as `login`, selects the test ticket and runs the page's main action with
    /// `work` answering the ticket dialog.
    void onTicket(const QString& login, ServiceDesk::Stage stage, std::function<void(TicketDialog*)> work)
    {
        const Workspace ws = as(login);
        ServiceListPage page(ws, stage);
        page.model()->waitUntilLoaded();
        const int row = page.model()->rowOf(m_ticket);
        QVERIFY2(row >= 0, qPrintable(login));
        page.tableView()->setCurrentIndex(page.model()->index(row, 0));
        bool ran = false;
        whenModal<TicketDialog>([&](TicketDialog* dialog) {
            work(dialog);
            ran = true;
            if (dialog->isVisible())
                dialog->reject();
        });
        QAction* action = page.findChildren<QAction*>().value(0);
        for (QAction* a : page.findChildren<QAction*>()) {
            if (a->objectName() == u"handleAction"_s || a->objectName() == u"feedbackAction"_s ||
                a->objectName() == u"viewAction"_s)
                action = a;
        }
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QVERIFY(ran);
    }

    void handle(const QString& text)
    {
        onTicket(u"manager2"_s, ServiceDesk::Stage::Handle, [&](TicketDialog* d) {
            auto* save = d->findChild<QPushButton*>(u"savePushButton"_s);
            save->click(); // empty: refused, the field named
            QVERIFY(d->isVisible());
            QVERIFY(!d->findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
            d->findChild<QPlainTextEdit*>(u"handlingPlainTextEdit"_s)->setPlainText(text);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            save->click();
        });
    }

    void feedback(int stars, const QString& result)
    {
        onTicket(u"manager1"_s, ServiceDesk::Stage::Feedback, [&](TicketDialog* d) {
            d->findChild<QLineEdit*>(u"resultLineEdit"_s)->setText(result);
            d->findChild<QAbstractButton*>(u"star%1ToolButton"_s.arg(stars))->click();
            QCOMPARE(d->satisfaction(), stars);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            d->findChild<QPushButton*>(u"savePushButton"_s)->click();
        });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError())); }

    void managerCreates()
    {
        const Workspace ws = as(u"manager1"_s);
        ServiceCreatePage page(ws);
        auto* save = page.findChild<QPushButton*>(u"savePushButton"_s);
        auto* summary = page.findChild<QLineEdit*>(u"summaryLineEdit"_s);
        summary->setText(m_summary);
        save->click(); // no type, customer or request: refused, what was typed stays
        QVERIFY(!page.findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        QCOMPARE(summary->text(), m_summary);
        auto* type = page.findChild<QComboBox*>(u"typeComboBox"_s);
        type->setCurrentIndex(type->findText(u"投诉"_s));
        auto* customers = page.findChild<QComboBox*>(u"customerComboBox"_s);
        QVERIFY(customers->count() > 1);
        customers->setCurrentIndex(1);
        page.findChild<QPlainTextEdit*>(u"requestPlainTextEdit"_s)->setPlainText(u"客户反映打印机频繁卡纸。"_s);
        QSignalSpy created(&page, &ServiceCreatePage::created);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        save->click();
        QCOMPARE(created.count(), 1);
        m_ticket = created.first().at(0).toLongLong();
        QCOMPARE(scalar(u"SELECT status FROM service_tickets WHERE id = :id"_s).toInt(), 1);
        QVERIFY(summary->text().isEmpty()); // ready for the next one
    }

    void directorSeesTheBadgeAndAssigns()
    {
        MainWindow window(as(u"director"_s));
        QSignalSpy badges(&window, &MainWindow::badgesUpdated);
        QVERIFY(badges.wait(10000));
        const int waiting = scalar(u"SELECT count(*) FROM service_tickets WHERE status = 1"_s).toInt();
        QCOMPARE(window.badge(u"serviceAssignPage"_s), waiting);

        QVERIFY(window.openPage(u"serviceAssignPage"_s));
        auto* page = window.findChild<ServiceListPage*>(u"serviceAssignPage"_s);
        page->model()->waitUntilLoaded();
        page->tableView()->setCurrentIndex(page->model()->index(page->model()->rowOf(m_ticket), 0));
        auto* who = page->findChild<QComboBox*>(u"assigneeComboBox"_s);
        const int manager2 =
            who->findText(scalar(u"SELECT name FROM users WHERE login = 'manager2' AND :id = :id"_s).toString());
        QVERIFY(manager2 >= 0);
        who->setCurrentIndex(manager2);
        QSignalSpy again(&window, &MainWindow::badgesUpdated);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page->findChild<QAction*>(u"assignAction"_s)->trigger();
        QCOMPARE(scalar(u"SELECT status FROM service_tickets WHERE id = :id"_s).toInt(), 2);
        QVERIFY(again.wait(10000));
        QCOMPARE(window.badge(u"serviceAssignPage"_s), waiting - 1);
    }

    void handledTwiceArchivedWithBothRounds()
    {
        handle(u"第一次上门：清理进纸器。"_s);
        QCOMPARE(scalar(u"SELECT status FROM service_tickets WHERE id = :id"_s).toInt(), 3);
        feedback(2, u"仍然卡纸"_s);
        QCOMPARE(scalar(u"SELECT status FROM service_tickets WHERE id = :id"_s).toInt(), 2); // back to manager2
        handle(u"第二次上门：更换搓纸轮。"_s);
        feedback(4, u"问题解决"_s);
        QCOMPARE(scalar(u"SELECT status FROM service_tickets WHERE id = :id"_s).toInt(), 5);

        onTicket(u"director"_s, ServiceDesk::Stage::Archive, [&](TicketDialog* d) {
            const QString history = d->findChild<QTextBrowser*>(u"historyTextBrowser"_s)->toPlainText();
            QVERIFY2(history.contains(u"第一次上门：清理进纸器。"_s), qPrintable(history));
            QVERIFY(history.contains(u"第二次上门：更换搓纸轮。"_s));
            QVERIFY(history.contains(u"仍然卡纸"_s));
            QVERIFY(history.contains(u"问题解决"_s));
            QVERIFY(!d->findChild<QPushButton*>(u"savePushButton"_s)->isVisible());
        });
    }
};

QTEST_MAIN(ServicePagesTest)
#include "ServicePagesTest.moc"
