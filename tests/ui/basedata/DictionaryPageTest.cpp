// The 数据字典管理 page driven like a user: filter, no actions on fixed items, a refused save that keeps
// the typed values, create, edit by Enter, a refused delete of an item in use, a delete.
#include "basedata/DictionaryPage.h"
#include "TestDatabase.h"
#include "basedata/BaseDataAdminPage.h"
#include "basedata/DictItemDialog.h"
#include "basedata/ListPanel.h"
#include "basedata/ProductsPage.h"
#include "basedata/StockPage.h"
#include "common/MessageBox.h"
#include "models/PagedListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ketong;
using namespace Qt::StringLiterals;

class DictionaryPageTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    static int rowOf(ListPanel* list, const QString& item)
    {
        PagedListModel* m = list->model();
        const int column = 2; // 条目
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->data(m->index(r, column)).toString() == item)
                return r;
        }
        return -1;
    }

    static bool select(ListPanel* list, const QString& item)
    {
        const int row = rowOf(list, item);
        if (row < 0)
            return false;
        list->table()->setFocus();
        list->table()->setCurrentIndex(list->model()->index(row, 0));
        return true;
    }

    static void filterByType(DictionaryPage& page, const QString& type)
    {
        auto* combo = page.findChild<QComboBox*>(u"typeComboBox"_s);
        combo->setCurrentIndex(combo->findData(type));
        QTest::mouseClick(page.findChild<QPushButton*>(u"searchPushButton"_s), Qt::LeftButton);
        QVERIFY(page.list()->model()->waitUntilLoaded());
    }

    static DictItemDialog* dialogOf(QWidget& page)
    {
        DictItemDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = page.findChild<DictItemDialog*>()) != nullptr); }();
        return dialog;
    }

private Q_SLOTS:
    void maintainsTheDictionary()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        const Workspace ws{t.db(), &m_clock, t.sessionFor(u"admin"_s), true};
        DictionaryPage page(ws);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.list()->model()->waitUntilLoaded());
        QVERIFY(page.list()->model()->rowCount() >= 20);
        auto* edit = page.findChild<QPushButton*>(u"editPushButton"_s);
        auto* del = page.findChild<QPushButton*>(u"deletePushButton"_s);

        // Fixed items offer no action.
        filterByType(page, u"企业客户等级"_s);
        QCOMPARE(page.list()->model()->rowCount(), 5);
        QVERIFY(select(page.list(), u"大客户"_s));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!del->isEnabled());
        QTest::keyClick(page.list()->table(), Qt::Key_Return);
        QVERIFY(!page.findChild<DictItemDialog*>());

        // A new item: saving with the item missing is refused, the field marked, the typed values kept.
        filterByType(page, u"地区"_s);
        QCOMPARE(page.list()->model()->rowCount(), 5);
        QTest::mouseClick(page.findChild<QPushButton*>(u"newPushButton"_s), Qt::LeftButton);
        DictItemDialog* dialog = dialogOf(page);
        QVERIFY(dialog);
        auto* type = dialog->findChild<QLineEdit*>(u"typeLineEdit"_s);
        auto* item = dialog->findChild<QLineEdit*>(u"itemLineEdit"_s);
        auto* value = dialog->findChild<QLineEdit*>(u"valueLineEdit"_s);
        QCOMPARE(type->text(), u"地区"_s); // preset from the filter
        QTest::keyClicks(value, u"HW"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel*>(u"errorLabel"_s)->isVisible());
        QCOMPARE(item->property("invalid").toBool(), true);
        QCOMPARE(value->text(), u"HW"_s);
        item->insert(u"海外"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<DictItemDialog*>());
        QVERIFY(page.list()->model()->waitUntilLoaded());
        QTRY_VERIFY(rowOf(page.list(), u"海外"_s) >= 0);

        // Edit by Enter: rename it.
        QVERIFY(select(page.list(), u"海外"_s));
        QVERIFY(edit->isEnabled());
        QTest::keyClick(page.list()->table(), Qt::Key_Return);
        dialog = dialogOf(page);
        QVERIFY(dialog);
        item = dialog->findChild<QLineEdit*>(u"itemLineEdit"_s);
        item->clear();
        item->insert(u"海外市场"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.findChild<DictItemDialog*>());
        QTRY_VERIFY(rowOf(page.list(), u"海外市场"_s) >= 0);

        // An item in use cannot be deleted; the message counts the customers.
        QVERIFY(select(page.list(), u"北京"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation; the refusal is then shown
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->accept();
        });
        closer.start(50);
        QTest::mouseClick(del, Qt::LeftButton);
        closer.stop();
        QVERIFY2(MessageBox::lastText().contains(u"record"_s), qPrintable(MessageBox::lastText()));
        QVERIFY(rowOf(page.list(), u"北京"_s) >= 0);

        // An unused one goes after confirmation (Del key).
        QVERIFY(select(page.list(), u"海外市场"_s));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(page.list()->table(), Qt::Key_Delete);
        QVERIFY(page.list()->model()->waitUntilLoaded());
        QTRY_COMPARE(rowOf(page.list(), u"海外市场"_s), -1);
    }

    void adminPageHasTheFeedTab()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        const Workspace ws{t.db(), &m_clock, t.sessionFor(u"admin"_s), true};
        BaseDataAdminPage page(ws);
        QCOMPARE(page.count(), 2);
        QVERIFY(page.findChild<QLineEdit*>(u"sourceLineEdit"_s));
        QVERIFY(page.findChild<QPushButton*>(u"syncNowPushButton"_s));
    }

    void productAndStockLists()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        const Workspace ws{t.db(), &m_clock, t.sessionFor(u"manager1"_s), true};
        ProductsPage products(ws);
        QVERIFY(products.list()->model()->waitUntilLoaded());
        QCOMPARE(products.list()->model()->rowCount(), 18);
        products.findChild<QLineEdit*>(u"nameLineEdit"_s)->setText(u"笔记本"_s);
        QTest::mouseClick(products.findChild<QPushButton*>(u"searchPushButton"_s), Qt::LeftButton);
        QVERIFY(products.list()->model()->waitUntilLoaded());
        QCOMPARE(products.list()->model()->rowCount(), 2);
        StockPage stock(ws);
        QVERIFY(stock.list()->model()->waitUntilLoaded());
        QCOMPARE(stock.list()->model()->rowCount(), 36);
        QCOMPARE(stock.list()->model()->data(stock.list()->model()->index(0, 1)).toString().count(u'-') >= 2, true);
    }
};

QTEST_MAIN(DictionaryPageTest)
#include "DictionaryPageTest.moc"
