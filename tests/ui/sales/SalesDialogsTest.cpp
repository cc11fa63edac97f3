// The 营销管理 dialogs as users meet them (offscreen): 新建/编辑 with refusals that keep the typed text,
// a conflict that offers to reload, 指派, and 制定计划 → 执行计划 → 开发成功 ending in a new customer.
#include "TestDatabase.h"
#include "common/ConflictDialog.h"
#include "common/MessageBox.h"
#include "db/SqlQuery.h"
#include "sales/AssignDialog.h"
#include "sales/ChanceDetailView.h"
#include "sales/ChanceDialog.h"
#include "sales/ChanceService.h"
#include "sales/DevelopmentDialog.h"
#include "sales/PlanItemsTable.h"
#include "sales/SuccessDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// Answers the next real message box (one not answered in advance) with `button`, and remembers its text.
void answerNextBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(20, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextBox(button, text);
            return;
        }
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

/// Runs `drive` on the next modal dialog of type T once it is shown (exec() blocks the test until it closes).
/// A dialog that `drive` left open (a failed check returned early) is closed, so the test ends.
template <typename T> void onNextDialog(std::function<void(T*)> drive)
{
    QTimer::singleShot(20, [drive] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            onNextDialog<T>(drive);
            return;
        }
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

/// Types `text` into a widget as one key press (QTest::keyClicks handles only ASCII).
void type(QWidget* widget, const QString& text)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(widget, &press);
    QApplication::sendEvent(widget, &release);
}

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("no %s", qPrintable(name));
    return w;
}
} // namespace

class SalesDialogsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC)};
    Workspace m_director;
    Workspace m_manager1;
    Workspace m_manager2;

    int count(const QString& sql, const QVariantMap& values = {}) const
    {
        auto n = SqlQuery::scalar(m_db->connection(), sql, values);
        return n ? n->toInt() : -1;
    }

    qint64 newChance(const QString& title)
    {
        ChanceInput in{u"展会"_s, u"对话框客户"_s, title, 50, u"吴敏"_s, u"021-55556666"_s, u"需求明确"_s};
        return ChanceService(*m_db, m_clock, m_manager1.session).create(in).valueOr(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        m_director = {m_db.db(), &m_clock, m_db.sessionFor(u"director"_s), true};
        m_manager1 = {m_db.db(), &m_clock, m_db.sessionFor(u"manager1"_s), true};
        m_manager2 = {m_db.db(), &m_clock, m_db.sessionFor(u"manager2"_s), true};
    }

    void newChanceRefusedKeepsTextAndHighlightsField()
    {
        ChanceDialog dialog(m_manager1, 0);
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, u"idLineEdit"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(&dialog, u"createdByLineEdit"_s)->text(), u"李明"_s);
        QVERIFY(child<QLineEdit>(&dialog, u"createdByLineEdit"_s)->isReadOnly());
        QVERIFY(!dialog.findChild<QComboBox*>(u"assignedToComboBox"_s)); // managers do not assign
        auto* name = child<QLineEdit>(&dialog, u"customerNameLineEdit"_s);
        auto* rate = child<QLineEdit>(&dialog, u"rateLineEdit"_s);
        auto* title = child<QLineEdit>(&dialog, u"titleLineEdit"_s);
        auto* error = child<QLabel>(&dialog, u"errorLabel"_s);
        type(name, u"远景科技有限公司"_s);
        type(rate, u"abc"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The success rate must be a whole number from 0 to 100"_s);
        QVERIFY(rate->property("ketongInvalid").toBool());
        QCOMPARE(dialog.focusWidget(), rate);
        QCOMPARE(name->text(), u"远景科技有限公司"_s); // what was typed stays

        rate->clear();
        type(rate, u"70"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(error->text(), u"The summary is required"_s);
        QVERIFY(title->property("ketongInvalid").toBool());
        QVERIFY(!rate->property("ketongInvalid").toBool());
        QCOMPARE(dialog.focusWidget(), title);

        type(title, u"机房改造"_s);
        type(child<QLineEdit>(&dialog, u"contactLineEdit"_s), u"钱进"_s);
        QVERIFY(child<QComboBox>(&dialog, u"sourceComboBox"_s)->currentText().isEmpty());
        child<QComboBox>(&dialog, u"sourceComboBox"_s)->setCurrentIndex(1);
        type(child<QPlainTextEdit>(&dialog, u"descriptionPlainTextEdit"_s), u"新建机房"_s);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(MessageBox::lastText(), u"Saved."_s);
        const SalesChance saved = *ChanceService(*m_db, m_clock, m_manager1.session).load(dialog.savedId());
        QCOMPARE(saved.customerName, u"远景科技有限公司"_s);
        QCOMPARE(saved.rate, 70);
        QCOMPARE(saved.source, u"网站"_s); // suggested by the 机会来源 dictionary
        QCOMPARE(saved.status, ChanceStatus::Unassigned);
    }

    void directorAssignsOnTheNewForm()
    {
        ChanceDialog dialog(m_director, 0);
        dialog.show();
        auto* assignTo = child<QComboBox>(&dialog, u"assignedToComboBox"_s);
        QVERIFY(child<QLineEdit>(&dialog, u"assignedAtLineEdit"_s)->text().isEmpty());
        assignTo->setCurrentIndex(assignTo->findText(u"张伟"_s));
        QVERIFY(!child<QLineEdit>(&dialog, u"assignedAtLineEdit"_s)->text().isEmpty());
        type(child<QLineEdit>(&dialog, u"customerNameLineEdit"_s), u"直派公司"_s);
        type(child<QLineEdit>(&dialog, u"rateLineEdit"_s), u"30"_s);
        type(child<QLineEdit>(&dialog, u"titleLineEdit"_s), u"直派"_s);
        type(child<QPlainTextEdit>(&dialog, u"descriptionPlainTextEdit"_s), u"直接指派"_s);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SalesChance saved = *ChanceService(*m_db, m_clock, m_director.session).load(dialog.savedId());
        QCOMPARE(saved.status, ChanceStatus::Assigned);
        QCOMPARE(saved.assignedToName, u"张伟"_s);
    }

    void editConflictKeepsTypedTextAndOffersReload()
    {
        const qint64 id = newChance(u"冲突前"_s);
        ChanceDialog dialog(m_manager1, id);
        dialog.show();
        auto* title = child<QLineEdit>(&dialog, u"titleLineEdit"_s);
        QCOMPARE(title->text(), u"冲突前"_s);
        // Meanwhile the director changes it.
        ChanceInput other{u""_s, u"对话框客户"_s, u"主管的修改"_s, 50, u""_s, u""_s, u"需求明确"_s};
        QVERIFY(ChanceService(*m_db, m_clock, m_director.session).edit(id, other, 1));
        title->clear();
        type(title, u"经理的修改"_s);
        // The conflict dialog names who and when; Cancel keeps the typed text in the form.
        QString typed;
        QTimer::singleShot(50, [&typed] {
            auto* conflict = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            QVERIFY(conflict);
            QVERIFY(conflict->findChild<QLabel*>(u"conflictMessageLabel"_s)->text().contains(u"王建国"_s));
            typed = conflict->findChild<QPlainTextEdit*>(u"typedValuesPlainTextEdit"_s)->toPlainText();
            QTest::mouseClick(conflict->findChild<QPushButton*>(u"cancelPushButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QVERIFY2(typed.contains(u"经理的修改"_s), qPrintable(typed));
        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(&dialog, u"errorLabel"_s);
        QVERIFY2(error->text().contains(u"王建国 (director)"_s), qPrintable(error->text()));
        QCOMPARE(title->text(), u"经理的修改"_s);
        auto* reload = child<QPushButton>(&dialog, u"reloadPushButton"_s);
        QVERIFY(reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(title->text(), u"主管的修改"_s);
        QVERIFY(!reload->isVisible());
    }

    void assignDialogShowsChanceAndAssigns()
    {
        const qint64 id = newChance(u"待指派"_s);
        AssignDialog dialog(m_director, id);
        dialog.show();
        auto* detail = child<ChanceDetailView>(&dialog, u"chanceDetailView"_s);
        QCOMPARE(detail->valueText(u"title"_s), u"待指派"_s);
        QCOMPARE(detail->valueText(u"createdBy"_s), u"李明"_s);
        QVERIFY(!child<QLineEdit>(&dialog, u"assignedAtLineEdit"_s)->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(&dialog, u"errorLabel"_s)->text(),
                 u"Choose the account manager to assign the chance to"_s);
        auto* combo = child<QComboBox>(&dialog, u"assignedToComboBox"_s);
        QVERIFY(combo->property("ketongInvalid").toBool());
        combo->setCurrentIndex(combo->findText(u"李明"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(child<QPushButton>(&dialog, u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(MessageBox::lastText(), u"Assigned."_s);
        QCOMPARE(count(u"SELECT status FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 2);
    }

    void planExecuteAndSucceed()
    {
        const qint64 id = newChance(u"开发对话框"_s);
        QVERIFY(ChanceService(*m_db, m_clock, m_director.session).assign(id, m_manager1.session.userId(), 1));
        DevelopmentDialog dialog(m_manager1, id, DevelopmentDialog::Mode::Plan);
        dialog.show();
        QCOMPARE(dialog.mode(), DevelopmentDialog::Mode::Plan);
        auto* table = child<PlanItemsTable>(&dialog, u"planItemsTableWidget"_s);
        auto* date = child<QDateEdit>(&dialog, u"newDateEdit"_s);
        auto* todo = child<QLineEdit>(&dialog, u"newTodoLineEdit"_s);
        QVERIFY(!child<QPushButton>(&dialog, u"succeedPushButton"_s)->isVisible());
        date->setDate(QDate(2026, 3, 4));
        type(todo, u"电话联系"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"addPlanItemPushButton"_s), Qt::LeftButton);
        date->setDate(QDate(2026, 3, 11));
        type(todo, u"上门拜访"_s);
        QTest::keyClick(todo, Qt::Key_Return);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"2026-03-11"_s);
        QVERIFY(!(table->item(1, 0)->flags() & Qt::ItemIsEditable)); // the date is fixed once saved
        table->editorAt(1)->clear();
        type(table->editorAt(1), u"上门拜访,演示产品"_s);
        QTest::mouseClick(table->saveButtonAt(1), Qt::LeftButton);
        QCOMPARE(dialog.chance().planItems.at(1).todo, u"上门拜访,演示产品"_s);

        // 执行计划: results per row.
        QTest::mouseClick(child<QPushButton>(&dialog, u"executePlanPushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.mode(), DevelopmentDialog::Mode::Execute);
        QCOMPARE(table->item(0, 1)->text(), u"电话联系"_s);
        type(table->editorAt(0), u"有意向"_s);
        QTest::mouseClick(table->saveButtonAt(0), Qt::LeftButton);
        type(table->editorAt(1), u"认可产品"_s);
        // Unsaved results block 开发成功.
        QTest::mouseClick(child<QPushButton>(&dialog, u"succeedPushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, u"errorLabel"_s)->isVisible());
        QTest::keyClick(table->editorAt(1), Qt::Key_Return);
        QCOMPARE(dialog.chance().planItems.at(0).result, u"有意向"_s);
        QCOMPARE(dialog.chance().planItems.at(1).result, u"认可产品"_s);

        // 开发成功 asks for the region (nothing chosen for the user) and the contact's position and office phone
        // (prefilled with the chance's phone); each missing one is refused by the core, named and kept.
        QString info;
        bool driven = false;
        onNextDialog<SuccessDialog>([&](SuccessDialog* success) {
            auto* region = child<QComboBox>(success, u"regionComboBox"_s);
            auto* position = child<QLineEdit>(success, u"positionLineEdit"_s);
            auto* phone = child<QLineEdit>(success, u"officePhoneLineEdit"_s);
            auto* save = child<QPushButton>(success, u"savePushButton"_s);
            QCOMPARE(region->currentIndex(), 0);
            QVERIFY(region->currentData().toString().isEmpty());
            QVERIFY(region->findText(u"北京"_s) > 0);
            QCOMPARE(child<QLabel>(success, u"contactValueLabel"_s)->text(), u"吴敏"_s);
            QCOMPARE(phone->text(), u"021-55556666"_s);
            QVERIFY(position->text().isEmpty());
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(success->isVisible());
            QVERIFY(region->property("ketongInvalid").toBool());
            QVERIFY(!child<QLabel>(success, u"errorLabel"_s)->text().isEmpty());
            region->setCurrentIndex(region->findText(u"华北"_s));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(success->isVisible());
            QVERIFY(position->property("ketongInvalid").toBool());
            QCOMPARE(region->currentText(), u"华北"_s); // what was chosen stays
            type(position, u"采购经理"_s);
            driven = true;
            answerNextBox(QMessageBox::Ok, &info); // the result, once the dialog is gone
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, u"succeedPushButton"_s), Qt::LeftButton);
        QVERIFY(driven);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(info, u"The customer was developed successfully; a new customer record was added."_s);
        QCOMPARE(count(u"SELECT count(*) FROM customers WHERE name = '对话框客户' AND manager_id = :m "
                       "AND code LIKE 'KH%' AND region = '华北'"_s,
                       {{u"m"_s, m_manager1.session.userId()}}),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.name = "
                       "'对话框客户' AND k.name = '吴敏' AND k.position = '采购经理' AND k.tel = '021-55556666'"_s),
                 1);
    }

    void successCancelledChangesNothing()
    {
        const qint64 id = newChance(u"取消开发成功"_s);
        QVERIFY(ChanceService(*m_db, m_clock, m_director.session).assign(id, m_manager1.session.userId(), 1));
        QVERIFY(ChanceService(*m_db, m_clock, m_manager1.session).addPlanItem(id, QDate(2026, 3, 4), u"电话"_s));
        DevelopmentDialog dialog(m_manager1, id, DevelopmentDialog::Mode::Execute);
        dialog.show();
        bool driven = false;
        onNextDialog<SuccessDialog>([&](SuccessDialog* success) {
            driven = true;
            QTest::mouseClick(child<QPushButton>(success, u"cancelPushButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, u"succeedPushButton"_s), Qt::LeftButton);
        QVERIFY(driven);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(u"SELECT status FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 2);
    }

    void terminateDevelopmentArchives()
    {
        const qint64 id = newChance(u"终止"_s);
        QVERIFY(ChanceService(*m_db, m_clock, m_director.session).assign(id, m_manager1.session.userId(), 1));
        DevelopmentDialog dialog(m_manager1, id, DevelopmentDialog::Mode::Execute);
        dialog.show();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(&dialog, u"failPushButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(u"SELECT status FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 2);
        QString info;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        answerNextBox(QMessageBox::Ok, &info);
        QTest::mouseClick(child<QPushButton>(&dialog, u"failPushButton"_s), Qt::LeftButton);
        QCOMPARE(info, u"Development failed; the chance is archived."_s);
        QCOMPARE(count(u"SELECT status FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 4);

        DevelopmentDialog view(m_manager1, id, DevelopmentDialog::Mode::Execute);
        QCOMPARE(view.mode(), DevelopmentDialog::Mode::View); // archived: read-only whatever was asked
        QCOMPARE(child<ChanceDetailView>(&view, u"chanceDetailView"_s)->valueText(u"status"_s),
                 u"Development failed"_s);
    }

    void otherManagerCannotPlan()
    {
        const qint64 id = newChance(u"别人的"_s);
        QVERIFY(ChanceService(*m_db, m_clock, m_director.session).assign(id, m_manager1.session.userId(), 1));
        DevelopmentDialog dialog(m_manager2, id, DevelopmentDialog::Mode::Plan);
        dialog.show();
        QCOMPARE(dialog.mode(), DevelopmentDialog::Mode::View);
        QVERIFY(!child<QWidget>(&dialog, u"addPlanItemPushButton"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, u"succeedPushButton"_s)->isVisible());
        QVERIFY(child<QLabel>(&dialog, u"errorLabel"_s)->text().contains(u"another account manager"_s));
    }
};

QTEST_MAIN(SalesDialogsTest)
#include "SalesDialogsTest.moc"
