// 服务管理 in the real widgets, the whole path of issue 7: manager1 creates a ticket, the director assigns
// it to manager2, manager2 handles it, manager1 gives feedback 2 (back to manager2), manager2 handles it
// again, manager1 gives feedback 4 (archived), and the archive shows both rounds. Also the navigation
// badges and the refusals shown in the forms.
#include "TestDatabase.h"
#include "common/MessageBox.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
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
            // 处理人 and 处理时间 show before saving: the handler and now, not editable.
            auto* by = d->findChild<QLineEdit*>(u"handledByLineEdit"_s);
            auto* at = d->findChild<QLineEdit*>(u"handledAtLineEdit"_s);
            QVERIFY(by && at && by->isVisible() && at->isVisible());
            QVERIFY(by->isReadOnly() && at->isReadOnly());
            QCOMPARE(by->text(), scalar(u"SELECT name FROM users WHERE login = 'manager2' AND :id = :id"_s).toString());
            const QDateTime shown = QDateTime::fromString(at->text(), u"yyyy-MM-dd HH:mm"_s);
            QVERIFY2(shown.isValid(), qPrintable(at->text()));
            QVERIFY(shown <= QDateTime::currentDateTime());
            d->findChild<QPlainTextEdit*>(u"handlingPlainTextEdit"_s)->setPlainText(text);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            save->click();
        });
    }

    /// The creator's list of new tickets on the create page, loaded.
    static ServiceListPage* ownList(ServiceCreatePage& page)
    {
        auto* list = page.findChild<ServiceListPage*>(u"ownNewTicketsList"_s);
        if (list)
            list->model()->waitUntilLoaded();
        return list;
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
        const QDateTime opened = QDateTime::currentDateTime();
        ServiceCreatePage page(ws);
        page.resize(1400, 860);
        page.show();
        auto* save = page.findChild<QPushButton*>(u"savePushButton"_s);
        auto* summary = page.findChild<QLineEdit*>(u"summaryLineEdit"_s);
        // A button of its own size, not a bar across the page.
        QVERIFY2(save->width() <= save->sizeHint().width() + 8, qPrintable(QString::number(save->width())));
        // 编号 before saving: read-only, empty, "generated when saved"; 创建人 the user, 创建时间 now.
        auto* number = page.findChild<QLineEdit*>(u"idLineEdit"_s);
        QVERIFY(number->isReadOnly());
        QVERIFY(number->text().isEmpty());
        QCOMPARE(number->placeholderText(), u"generated when saved"_s);
        QCOMPARE(page.findChild<QLabel*>(u"createdByValueLabel"_s)->text(), ws.session.name());
        const QDateTime shownNow =
            QDateTime::fromString(page.findChild<QLabel*>(u"createdAtValueLabel"_s)->text(), u"yyyy-MM-dd HH:mm"_s);
        QVERIFY(shownNow.isValid());
        QVERIFY(shownNow >= opened.addSecs(-opened.time().second() - 1) && shownNow <= QDateTime::currentDateTime());
        QVERIFY(!page.findChild<QPushButton*>(u"deletePushButton"_s)->isEnabled());
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
        // After saving the form shows the ticket: its number and its creation time; it heads the own list.
        QCOMPARE(page.ticketId(), m_ticket);
        QCOMPARE(number->text(), QString::number(m_ticket));
        auto createdAt = SqlQuery::scalar(
            m_db->connection(), u"SELECT created_at FROM service_tickets WHERE id = :id"_s, {{u"id"_s, m_ticket}});
        QCOMPARE(page.findChild<QLabel*>(u"createdAtValueLabel"_s)->text(),
                 SqlValue::toDateTime(*createdAt).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        QCOMPARE(summary->text(), m_summary);
        QVERIFY(ownList(page)->model()->rowOf(m_ticket) >= 0);
        // 新建 clears the form for the next one.
        QTest::mouseClick(page.findChild<QPushButton*>(u"newPushButton"_s), Qt::LeftButton);
        QVERIFY(summary->text().isEmpty());
        QVERIFY(number->text().isEmpty());
        QCOMPARE(page.ticketId(), 0);
    }

    void creatorEditsAndDeletesOwnNewTicket()
    {
        const Workspace ws = as(u"manager1"_s);
        ServiceDesk desk(*m_db, m_clock, ws.session);
        const qint64 customer = scalar(u"SELECT min(id) FROM customers WHERE status = 1 AND :id = :id"_s).toLongLong();
        const qint64 id = desk.create({u"咨询"_s, u"询问保修期"_s, customer, u"客户询问保修期多长。"_s}).value();
        const qint64 others = ServiceDesk(*m_db, m_clock, m_db.sessionFor(u"manager2"_s))
                                  .create({u"建议"_s, u"别人的服务单"_s, customer, u"m2 的请求"_s})
                                  .value();
        ServiceCreatePage page(ws);
        page.resize(1400, 860);
        page.show();
        ServiceListPage* list = ownList(page);
        QVERIFY(list);
        QVERIFY(list->model()->rowOf(id) >= 0);
        QCOMPARE(list->model()->rowOf(others), -1); // only the creator's own
        list->tableView()->setCurrentIndex(list->model()->index(list->model()->rowOf(id), 0));
        list->findChild<QAction*>(u"editAction"_s)->trigger();
        QCOMPARE(page.ticketId(), id);
        QCOMPARE(page.findChild<QLineEdit*>(u"idLineEdit"_s)->text(), QString::number(id));
        auto* summary = page.findChild<QLineEdit*>(u"summaryLineEdit"_s);
        QCOMPARE(summary->text(), u"询问保修期"_s);
        QCOMPARE(page.findChild<QComboBox*>(u"customerComboBox"_s)->currentData().toLongLong(), customer);
        summary->setText(u"询问保修期和上门费用"_s);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page.findChild<QPushButton*>(u"savePushButton"_s)->click();
        QCOMPARE(
            SqlQuery::scalar(m_db->connection(), u"SELECT title FROM service_tickets WHERE id = :id"_s, {{u"id"_s, id}})
                ->toString(),
            u"询问保修期和上门费用"_s);
        auto* remove = page.findChild<QPushButton*>(u"deletePushButton"_s);
        QVERIFY(remove->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QCOMPARE(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM service_tickets WHERE id = :id"_s,
                                  {{u"id"_s, id}})
                     ->toInt(),
                 0);
        QCOMPARE(page.ticketId(), 0);
        QVERIFY(summary->text().isEmpty());
        list->model()->waitUntilLoaded();
        QCOMPARE(list->model()->rowOf(id), -1);
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
            QVERIFY2(history.contains(u"★★☆☆☆"_s) && history.contains(u"★★★★☆"_s), qPrintable(history));
            QVERIFY(!d->findChild<QPushButton*>(u"savePushButton"_s)->isVisible());
        });
    }
};

QTEST_MAIN(ServicePagesTest)
#include "ServicePagesTest.moc"
