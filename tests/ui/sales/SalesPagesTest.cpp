// The 营销管理 pages in the real main window (offscreen), as SPEC §5.2 and issue 4 describe the work:
// the director creates a chance (Ctrl+N) and assigns it to manager1; manager1 finds it under 客户开发计划,
// makes two plan items, records their results and clicks 开发成功 — then the customer exists (KH code,
// managed by manager1) with the audit trail of every step. manager2 never sees it and cannot act on it.
#include "TestDatabase.h"
#include "common/MessageBox.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "sales/AssignDialog.h"
#include "sales/ChanceDialog.h"
#include "sales/ChanceService.h"
#include "sales/DevelopmentDialog.h"
#include "sales/DevelopmentPlansPage.h"
#include "sales/PlanItemsTable.h"
#include "sales/SalesChancesPage.h"
#include "sales/SuccessDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// Runs `work` on the next modal window of type T as soon as it is shown (exec() blocks the caller).
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

void type(QWidget* widget, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("no %s", qPrintable(name));
    return w;
}

/// Filters a chance list by customer name and waits for the result.
void filterByCustomer(ListPage* page, const QString& name)
{
    auto* edit = child<QLineEdit>(page, u"customerNameFilterLineEdit"_s);
    edit->clear();
    type(edit, name);
    QTest::keyClick(edit, Qt::Key_Return);
    page->model()->waitUntilLoaded();
}

/// Makes row 0 current and gives the table the focus (for Enter and Del).
void selectFirstRow(ListPage* page)
{
    page->tableView()->setCurrentIndex(page->model()->index(0, 0));
    page->tableView()->setFocus();
}
} // namespace

class SalesPagesTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;

    int count(const QString& sql, const QVariantMap& values = {}) const
    {
        auto n = SqlQuery::scalar(m_db->connection(), sql, values);
        return n ? n->toInt() : -1;
    }

    QStringList auditOf(const QString& entity, const QString& id) const
    {
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT action || '/' || actor FROM audit_log WHERE entity = :e AND record_id = :id ORDER BY id"_s);
        q.bind(u":e"_s, entity);
        q.bind(u":id"_s, id);
        QStringList out;
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
    }

    void directorCreatesAndAssignsManagerDevelopsIntoACustomer()
    {
        const QString customer = u"星河智能装备有限公司"_s;
        // --- the director: Ctrl+N, the new form, then 指派 to 李明 (manager1) ---------------------------
        MainWindow director(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true});
        director.show();
        QVERIFY(director.openPage(QString(Rights::SalesChances)));
        auto* chances = child<SalesChancesPage>(&director, u"salesChancesPage"_s);
        QVERIFY(chances->model()->waitUntilLoaded());
        QVERIFY(child<QAction>(chances, u"assignAction"_s)->isVisible());
        whenModal<ChanceDialog>([customer](ChanceDialog* dialog) {
            type(child<QLineEdit>(dialog, u"customerNameLineEdit"_s), customer);
            type(child<QLineEdit>(dialog, u"rateLineEdit"_s), u"75"_s);
            type(child<QLineEdit>(dialog, u"titleLineEdit"_s), u"采购数控机床"_s);
            type(child<QLineEdit>(dialog, u"contactLineEdit"_s), u"孙丽"_s);
            type(child<QLineEdit>(dialog, u"contactTelLineEdit"_s), u"0571-88886666"_s);
            type(child<QPlainTextEdit>(dialog, u"descriptionPlainTextEdit"_s), u"年内扩建车间,需要十台机床。"_s);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
        });
        chances->tableView()->setFocus();
        QTest::keyClick(chances->tableView(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(MessageBox::lastText(), u"Saved."_s);
        filterByCustomer(chances, customer);
        QCOMPARE(chances->model()->rowCount(), 1);
        const qint64 id = chances->model()->idAt(0);
        selectFirstRow(chances);
        QVERIFY(child<QAction>(chances, u"editAction"_s)->isEnabled());
        whenModal<AssignDialog>([](AssignDialog* dialog) {
            auto* combo = child<QComboBox>(dialog, u"assignedToComboBox"_s);
            combo->setCurrentIndex(combo->findText(u"李明"_s));
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QTest::mouseClick(child<QPushButton>(dialog, u"savePushButton"_s), Qt::LeftButton);
        });
        child<QAction>(chances, u"assignAction"_s)->trigger();
        QCOMPARE(MessageBox::lastText(), u"Assigned."_s);
        chances->model()->waitUntilLoaded();
        QCOMPARE(chances->model()->rowCount(), 0); // no longer unassigned
        director.close();

        // --- manager2 does not see it, and cannot plan it ---------------------------------------------------
        const Session manager2 = m_db.sessionFor(u"manager2"_s);
        MainWindow other(Workspace{m_db.db(), &m_clock, manager2, true});
        other.show();
        QVERIFY(other.openPage(QString(Rights::DevelopmentPlans)));
        auto* otherPlans = child<DevelopmentPlansPage>(&other, u"developmentPlansPage"_s);
        filterByCustomer(otherPlans, customer);
        QCOMPARE(otherPlans->model()->rowCount(), 0);
        auto refused = ChanceService(*m_db, m_clock, manager2).addPlanItem(id, QDate(2026, 12, 1), u"越权"_s);
        QCOMPARE(refused.error().code(), ErrorCode::Forbidden);
        other.close();

        // --- manager1: 客户开发计划 → Enter → 制定计划, two items → 执行计划, results → 开发成功 ----------------
        const Session manager1 = m_db.sessionFor(u"manager1"_s);
        MainWindow window(Workspace{m_db.db(), &m_clock, manager1, true});
        window.show();
        QVERIFY(window.openPage(QString(Rights::DevelopmentPlans)));
        auto* plans = child<DevelopmentPlansPage>(&window, u"developmentPlansPage"_s);
        filterByCustomer(plans, customer);
        QCOMPARE(plans->model()->rowCount(), 1);
        QCOMPARE(plans->model()->idAt(0), id);
        QCOMPARE(plans->model()->data(plans->model()->index(0, plans->model()->columnCount() - 1)).toString(),
                 u"In development"_s);
        selectFirstRow(plans);
        QVERIFY(child<QAction>(plans, u"makePlanAction"_s)->isEnabled());
        QString result;
        whenModal<DevelopmentDialog>([&result](DevelopmentDialog* dialog) {
            QCOMPARE(dialog->mode(), DevelopmentDialog::Mode::Plan); // no plan yet: Enter opens 制定计划
            auto* table = child<PlanItemsTable>(dialog, u"planItemsTableWidget"_s);
            auto* date = child<QDateEdit>(dialog, u"newDateEdit"_s);
            auto* todo = child<QLineEdit>(dialog, u"newTodoLineEdit"_s);
            date->setDate(QDate(2026, 12, 1));
            type(todo, u"电话联系,确认需求"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"addPlanItemPushButton"_s), Qt::LeftButton);
            date->setDate(QDate(2026, 12, 8));
            type(todo, u"上门演示样机"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"addPlanItemPushButton"_s), Qt::LeftButton);
            QCOMPARE(table->rowCount(), 2);
            QTest::mouseClick(child<QPushButton>(dialog, u"executePlanPushButton"_s), Qt::LeftButton);
            type(table->editorAt(0), u"需求明确,预算已批"_s);
            QTest::mouseClick(table->saveButtonAt(0), Qt::LeftButton);
            type(table->editorAt(1), u"客户认可,准备签约"_s);
            QTest::mouseClick(table->saveButtonAt(1), Qt::LeftButton);
            whenModal<SuccessDialog>([&result](SuccessDialog* success) {
                auto* region = child<QComboBox>(success, u"regionComboBox"_s);
                region->setCurrentIndex(region->findText(u"中南"_s));
                type(child<QLineEdit>(success, u"positionLineEdit"_s), u"行政主管"_s);
                whenModal<QMessageBox>([&result](QMessageBox* box) {
                    result = box->text();
                    box->button(QMessageBox::Ok)->click();
                });
                QTest::mouseClick(child<QPushButton>(success, u"savePushButton"_s), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(dialog, u"succeedPushButton"_s), Qt::LeftButton);
        });
        QTest::keyClick(plans->tableView(), Qt::Key_Return);
        QCOMPARE(result, u"The customer was developed successfully; a new customer record was added."_s);
        plans->model()->waitUntilLoaded();
        QCOMPARE(plans->model()->data(plans->model()->index(0, plans->model()->columnCount() - 1)).toString(),
                 u"Archived (succeeded)"_s);
        QVERIFY(!child<QAction>(plans, u"makePlanAction"_s)->isEnabled());

        // --- the database: one customer, KH code, managed by manager1; the audit trail ------------------------
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT c.id, c.code, u.login, c.level, c.satisfaction, c.credit, c.status FROM customers c "
                  "JOIN users u ON u.id = c.manager_id WHERE c.name = :n"_s);
        q.bind(u":n"_s, customer);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        const qint64 customerId = q.value(0).toLongLong();
        QVERIFY2(q.value(1).toString().startsWith(u"KH"_s), qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toString(), u"manager1"_s);
        QCOMPARE(q.value(3).toInt(), 1);
        QCOMPARE(q.value(4).toInt(), 3);
        QCOMPARE(q.value(5).toInt(), 3);
        QCOMPARE(q.value(6).toInt(), 1);
        QVERIFY(!q.next());
        q.finish();
        QCOMPARE(count(u"SELECT customer_id FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), customerId);
        QCOMPARE(count(u"SELECT count(*) FROM contacts WHERE customer_id = :c AND name = '孙丽' AND "
                       "tel = '0571-88886666' AND position = '行政主管'"_s,
                       {{u"c"_s, customerId}}),
                 1);
        QCOMPARE(auditOf(u"sales_chances"_s, QString::number(id)),
                 (QStringList{u"create/director"_s, u"assign/director"_s, u"status/manager1"_s}));
        QCOMPARE(auditOf(u"customers"_s, QString::number(customerId)), QStringList{u"create/manager1"_s});
        QCOMPARE(count(u"SELECT count(*) FROM audit_log a JOIN plan_items p ON a.record_id = "
                       "CAST(p.id AS TEXT) WHERE a.entity = 'plan_items' AND p.chance_id = :id AND "
                       "a.action = 'create'"_s,
                       {{u"id"_s, id}}),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log a JOIN plan_items p ON a.record_id = "
                       "CAST(p.id AS TEXT) WHERE a.entity = 'plan_items' AND p.chance_id = :id AND "
                       "a.action = 'update'"_s,
                       {{u"id"_s, id}}),
                 2);
    }

    void keyboardDeleteAsksWithTheSummary()
    {
        const Session manager1 = m_db.sessionFor(u"manager1"_s);
        ChanceInput in{u""_s, u"键盘删除公司"_s, u"键盘删除"_s, 40, u""_s, u""_s, u"将被删除"_s};
        const qint64 id = ChanceService(*m_db, m_clock, manager1).create(in).valueOr(0);
        QVERIFY(id > 0);
        MainWindow window(Workspace{m_db.db(), &m_clock, manager1, true});
        window.show();
        QVERIFY(window.openPage(QString(Rights::SalesChances)));
        auto* page = child<SalesChancesPage>(&window, u"salesChancesPage"_s);
        QVERIFY(!child<QAction>(page, u"assignAction"_s)->isVisible()); // only the director assigns
        filterByCustomer(page, u"键盘删除公司"_s);
        QCOMPARE(page->model()->rowCount(), 1);
        selectFirstRow(page);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(page->tableView(), Qt::Key_Delete);
        QCOMPARE(MessageBox::lastText(), u"Delete the sales chance: 键盘删除?"_s);
        QCOMPARE(count(u"SELECT count(*) FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page->tableView(), Qt::Key_Delete);
        QCOMPARE(count(u"SELECT count(*) FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 0);
        page->model()->waitUntilLoaded();
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(page, u"emptyStateLabel"_s)->isVisible());
    }

    void managerCannotEditAnotherManagersChance()
    {
        const Session manager2 = m_db.sessionFor(u"manager2"_s);
        ChanceInput in{u""_s, u"他人机会公司"_s, u"他人机会"_s, 40, u""_s, u""_s, u"经理二创建"_s};
        QVERIFY(ChanceService(*m_db, m_clock, manager2).create(in));
        MainWindow window(Workspace{m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true});
        window.show();
        QVERIFY(window.openPage(QString(Rights::SalesChances)));
        auto* page = child<SalesChancesPage>(&window, u"salesChancesPage"_s);
        filterByCustomer(page, u"他人机会公司"_s);
        QCOMPARE(page->model()->rowCount(), 1); // the unassigned pool is shared
        selectFirstRow(page);
        QVERIFY(!child<QAction>(page, u"editAction"_s)->isEnabled());
        QVERIFY(!child<QAction>(page, u"deleteAction"_s)->isEnabled());
        QVERIFY(child<QAction>(page, u"viewAction"_s)->isEnabled());
        // Enter opens it read-only.
        whenModal<DevelopmentDialog>([](DevelopmentDialog* dialog) {
            QCOMPARE(dialog->mode(), DevelopmentDialog::Mode::View);
            dialog->reject();
        });
        QTest::keyClick(page->tableView(), Qt::Key_Return);
    }
};

QTEST_MAIN(SalesPagesTest)
#include "SalesPagesTest.moc"
