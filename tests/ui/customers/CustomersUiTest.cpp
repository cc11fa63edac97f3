// The customer screens under QT_QPA_PLATFORM=offscreen on the demo company: the list's filters and quick
// views, the 客户信息 dialog's validation and read-only mode, contacts / records / history orders with an
// order's total, and the import wizard's preview. With KETONG_SCREENSHOT_DIR set the test also saves PNGs
// of what it shows (scripts use it to look at the screens in Chinese).
#include "TestDatabase.h"
#include "TestWorkbook.h"
#include "common/ConflictDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "customers/ActivitiesDialog.h"
#include "customers/ActivityDialog.h"
#include "customers/ContactDialog.h"
#include "customers/ContactsDialog.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerForm.h"
#include "customers/CustomerService.h"
#include "customers/CustomersPage.h"
#include "customers/ImportPreviewModel.h"
#include "customers/ImportWizard.h"
#include "customers/OrderDetailDialog.h"
#include "customers/OrderHistoryDialog.h"
#include "customers/ReassignDialog.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ketong;
using namespace Qt::StringLiterals;

class CustomersUiTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QTemporaryDir m_dir;

    Workspace workspace(const QString& login) const { return {m_db.db(), &m_clock, m_db.sessionFor(login), true}; }

    qint64 scalar(const QString& sql, const QVariantMap& values = {}) const
    {
        return SqlQuery::scalar(m_db->connection(), sql, values)->toLongLong();
    }

    /// Saves a picture of `widget` when KETONG_SCREENSHOT_DIR is set.
    static void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("KETONG_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        widget->show();
        widget->raise();
        QTest::qWait(300);
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    static QStringList column(PagedListModel* model, int column)
    {
        QStringList values;
        for (int r = 0; r < model->rowCount(); ++r)
            values << model->index(r, column).data().toString();
        return values;
    }

    /// Types text that QTest::keyClicks cannot (Chinese) as an input method would: at the cursor.
    static void type(QLineEdit* edit, const QString& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->insert(text);
    }
    static void type(QPlainTextEdit* edit, const QString& text)
    {
        QVERIFY(edit);
        edit->setFocus();
        edit->insertPlainText(text);
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
        if (!qEnvironmentVariable("KETONG_SCREENSHOT_DIR").isEmpty())
            Language::install(u"zh_CN"_s);
    }

    void listFiltersAndViews()
    {
        CustomersPage page(workspace(u"manager1"_s));
        page.resize(1400, 800);
        PagedListModel* model = page.model();
        QVERIFY(model->waitUntilLoaded());
        const int normal = int(scalar(u"SELECT count(*) FROM customers WHERE status = 1"_s));
        QCOMPARE(model->totalCount(), normal);
        const int nameColumn = model->query().columnIndex(u"name"_s);
        const int managerColumn = model->query().columnIndex(u"manager"_s);
        QVERIFY(nameColumn >= 0 && managerColumn >= 0);
        QVERIFY(model->query().columnIndex(u"tel"_s) >= 0);
        QVERIFY(model->query().columnIndex(u"last_order"_s) >= 0);
        shoot(&page, u"customers-list"_s);

        type(page.findChild<QLineEdit*>(u"nameFilterLineEdit"_s), u"聪海"_s);
        QTest::mouseClick(page.findChild<QPushButton*>(u"searchPushButton"_s), Qt::LeftButton);
        QVERIFY(model->waitUntilLoaded());
        const QStringList names = column(model, nameColumn);
        QCOMPARE(names.size(),
                 int(scalar(u"SELECT count(*) FROM customers WHERE status = 1 AND name LIKE '%聪海%'"_s)));
        QVERIFY(names.contains(u"北京聪海信息科技有限公司"_s));
        for (const QString& name : names)
            QVERIFY(name.contains(u"聪海"_s));

        QTest::mouseClick(page.findChild<QPushButton*>(u"resetPushButton"_s), Qt::LeftButton);
        auto* region = page.findChild<QComboBox*>(u"regionFilterComboBox"_s);
        region->setCurrentIndex(region->findText(u"华北"_s));
        page.search();
        QVERIFY(model->waitUntilLoaded());
        QCOMPARE(model->totalCount(),
                 int(scalar(u"SELECT count(*) FROM customers WHERE status = 1 AND region = '华北'"_s)));

        QTest::mouseClick(page.findChild<QPushButton*>(u"resetPushButton"_s), Qt::LeftButton);
        page.findChild<QTabBar*>(u"viewTabBar"_s)->setCurrentIndex(1); // 我的客户
        QVERIFY(model->waitUntilLoaded());
        QVERIFY(model->rowCount() > 0);
        const QStringList managers = column(model, managerColumn);
        QCOMPARE(QSet<QString>(managers.cbegin(), managers.cend()).size(), 1); // all manager1's
        QCOMPARE(model->totalCount(), int(scalar(u"SELECT count(*) FROM customers c JOIN users u ON u.id = "
                                                 u"c.manager_id WHERE c.status = 1 AND u.login = 'manager1'"_s)));

        auto* status = page.findChild<QComboBox*>(u"statusFilterComboBox"_s);
        QTest::mouseClick(page.findChild<QPushButton*>(u"resetPushButton"_s), Qt::LeftButton);
        page.findChild<QTabBar*>(u"viewTabBar"_s)->setCurrentIndex(0);
        status->setCurrentIndex(1); // 流失
        page.search();
        QVERIFY(model->waitUntilLoaded());
        QCOMPARE(model->totalCount(), int(scalar(u"SELECT count(*) FROM customers WHERE status = 2"_s)));
        // Actions follow the role: a manager has no 转移.
        QVERIFY(!page.findChild<QPushButton*>(u"reassignPushButton"_s)->isVisibleTo(&page));
        CustomersPage directorPage(workspace(u"director"_s));
        QVERIFY(directorPage.findChild<QPushButton*>(u"reassignPushButton"_s)->isVisibleTo(&directorPage));
    }

    void editDialogRefusesAndKeepsTyping()
    {
        const int before = int(scalar(u"SELECT count(*) FROM customers"_s));
        CustomerDialog dialog(workspace(u"manager1"_s), 0);
        CustomerForm* form = dialog.form();
        auto* address = qobject_cast<QLineEdit*>(form->fieldWidget(u"address"_s));
        type(address, u"北京市海淀区中关村大街1号"_s);
        QTest::keyClicks(qobject_cast<QLineEdit*>(form->fieldWidget(u"zip"_s)), u"10008"_s);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        // The name is missing: refused, marked and focused, nothing typed lost.
        QVERIFY(!dialog.findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        QVERIFY(form->fieldWidget(u"name"_s)->property("invalid").toBool());
        QCOMPARE(dialog.focusWidget(), form->fieldWidget(u"name"_s)); // focused (when the window is active)
        QCOMPARE(address->text(), u"北京市海淀区中关村大街1号"_s);
        type(qobject_cast<QLineEdit*>(form->fieldWidget(u"name"_s)), u"中关村软件园有限公司"_s);
        auto* region = qobject_cast<QComboBox*>(form->fieldWidget(u"region"_s));
        region->setCurrentIndex(region->findText(u"北京"_s));
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(form->fieldWidget(u"zip"_s)->property("invalid").toBool(), true); // 5 digits
        QVERIFY(!form->fieldWidget(u"name"_s)->property("invalid").toBool());
        shoot(&dialog, u"customer-dialog-error"_s);
        QTest::keyClicks(qobject_cast<QLineEdit*>(form->fieldWidget(u"zip"_s)), u"0"_s);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(int(scalar(u"SELECT count(*) FROM customers"_s)), before + 1);
        QVERIFY(dialog.customer().code.startsWith(u"KH"_s));
        QCOMPARE(dialog.customer().managerId, scalar(u"SELECT id FROM users WHERE login = 'manager1'"_s));
    }

    void codeIsMadeBySystem()
    {
        // 客户编号 on the new-customer form: read-only, saying it is generated when saved, in both languages;
        // what a user types there goes nowhere, and the saved customer has the next KH code of the day.
        const QString before = Language::current();
        CustomerDialog dialog(workspace(u"manager1"_s), 0);
        CustomerForm* form = dialog.form();
        auto* code = qobject_cast<QLineEdit*>(form->fieldWidget(u"code"_s));
        QVERIFY(code);
        dialog.show();
        QVERIFY(code->isReadOnly());
        QVERIFY(code->text().isEmpty());
        Language::install(u"en"_s);
        QCoreApplication::processEvents(); // the widgets get LanguageChange posted
        QCOMPARE(code->placeholderText(), u"generated when saved"_s);
        Language::install(u"zh_CN"_s);
        QCoreApplication::processEvents();
        QCOMPARE(code->placeholderText(), u"保存时生成"_s);
        Language::install(before);
        QCoreApplication::processEvents();
        code->setFocus();
        QTest::keyClicks(code, u"OLD-0001"_s);
        QVERIFY(code->text().isEmpty());
        form->setReadOnly(false); // making the form editable again never opens the code
        QVERIFY(code->isReadOnly());
        // Satisfaction and credit read as filled stars, not the dictionary's hollow ones.
        for (const QString& key : {u"satisfaction"_s, u"credit"_s}) {
            auto* stars = qobject_cast<QComboBox*>(form->fieldWidget(key));
            QCOMPARE(stars->count(), 5);
            QCOMPARE(stars->itemText(0), u"★☆☆☆☆"_s);
            QCOMPARE(stars->itemText(2), u"★★★☆☆"_s);
            QCOMPARE(stars->itemData(2).toString(), u"3"_s);
            QCOMPARE(stars->itemText(4), u"★★★★★"_s);
        }
        type(qobject_cast<QLineEdit*>(form->fieldWidget(u"name"_s)), u"编号测试科技有限公司"_s);
        auto* region = qobject_cast<QComboBox*>(form->fieldWidget(u"region"_s));
        region->setCurrentIndex(region->findText(u"华北"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString day = m_clock.now().toLocalTime().date().toString(u"yyMMdd"_s);
        QVERIFY2(dialog.customer().code.startsWith(u"KH"_s + day), qPrintable(dialog.customer().code));
    }

    void conflictDialogNamesWhoAndKeepsTyping()
    {
        // manager1 opens a customer; the director saves it meanwhile; manager1's save gets the conflict
        // dialog naming the director and the time; Reload shows the stored record while what was typed
        // stays visible (to copy) in the dialog, which remains open beside the form.
        const qint64 id = scalar(u"SELECT min(id) FROM customers WHERE manager_id = (SELECT id FROM users WHERE "
                                 u"login = 'manager1') AND status = 1"_s);
        CustomerDialog dialog(workspace(u"manager1"_s), id);
        dialog.show();
        auto* address = qobject_cast<QLineEdit*>(dialog.form()->fieldWidget(u"address"_s));
        const Workspace director = workspace(u"director"_s);
        CustomerService service(*m_db, m_clock, director.session);
        auto stored = service.load(id);
        QVERIFY(stored);
        stored->address = u"主管改的地址"_s;
        QVERIFY(service.update(*stored));
        address->clear();
        type(address, u"经理输入的地址"_s);

        QString message;
        QString typed;
        QPointer<ConflictDialog> conflict;
        QTimer::singleShot(50, [&] {
            conflict = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            QVERIFY(conflict);
            message = conflict->findChild<QLabel*>(u"conflictMessageLabel"_s)->text();
            typed = conflict->findChild<QPlainTextEdit*>(u"typedValuesPlainTextEdit"_s)->toPlainText();
            shoot(conflict, u"conflict-dialog"_s);
            QTest::mouseClick(conflict->findChild<QPushButton*>(u"reloadPushButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QVERIFY2(message.contains(u"王建国 (director)"_s), qPrintable(message));
        QVERIFY2(message.contains(QDate::currentDate().toString(u"yyyy-MM-dd"_s)), qPrintable(message));
        QVERIFY2(typed.contains(u"经理输入的地址"_s), qPrintable(typed));
        QVERIFY(dialog.isVisible());
        QCOMPARE(address->text(), u"主管改的地址"_s);                       // reloaded
        QVERIFY(conflict && conflict->isVisible() && !conflict->isModal()); // the typed values stay visible
        QVERIFY(!conflict->findChild<QPushButton*>(u"reloadPushButton"_s)->isVisible());
        QVERIFY(conflict->findChild<QPlainTextEdit*>(u"typedValuesPlainTextEdit"_s)
                    ->toPlainText()
                    .contains(u"经理输入的地址"_s));
        conflict->close();
        // Cancel instead keeps the typing in the form and saves nothing.
        stored = service.load(id);
        stored->address = u"主管第二次改"_s;
        QVERIFY(service.update(*stored));
        address->clear();
        type(address, u"经理第二次输入"_s);
        QTimer::singleShot(50, [] {
            auto* box = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QTest::mouseClick(box->findChild<QPushButton*>(u"cancelPushButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"savePushButton"_s), Qt::LeftButton);
        QCOMPARE(address->text(), u"经理第二次输入"_s);
        QCOMPARE(service.load(id)->address, u"主管第二次改"_s);
    }

    void duplicateWarningCanBeDeclined()
    {
        const int before = int(scalar(u"SELECT count(*) FROM customers"_s));
        CustomerDialog dialog(workspace(u"manager1"_s), 0);
        type(qobject_cast<QLineEdit*>(dialog.form()->fieldWidget(u"name"_s)), u"北京 聪海信息科技"_s);
        auto* region = qobject_cast<QComboBox*>(dialog.form()->fieldWidget(u"region"_s));
        region->setCurrentIndex(1);
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog.save());
        QVERIFY(MessageBox::lastText().contains(u"北京聪海信息科技有限公司"_s));
        QCOMPARE(int(scalar(u"SELECT count(*) FROM customers"_s)), before);
    }

    void managerWorksOnOwnCustomerOthersReadOnly()
    {
        const qint64 id = scalar(u"SELECT id FROM customers WHERE name = '北京聪海信息科技有限公司'"_s);
        const qint64 owner = scalar(u"SELECT manager_id FROM customers WHERE id = :id"_s, {{u"id"_s, id}});
        const QString ownerLogin =
            SqlQuery::scalar(m_db->connection(), u"SELECT login FROM users WHERE id = :id"_s, {{u"id"_s, owner}})
                ->toString();
        const QString other = ownerLogin == u"manager2"_s ? u"manager3"_s : u"manager2"_s;
        // The owner opens the customer and adds a contact and an interaction record.
        CustomerDialog dialog(workspace(ownerLogin), id);
        QVERIFY(!dialog.isReadOnly());
        shoot(&dialog, u"customer-dialog"_s);
        const Customer customer = dialog.customer();
        const int contactsBefore =
            int(scalar(u"SELECT count(*) FROM contacts WHERE customer_id = :id"_s, {{u"id"_s, id}}));
        ContactDialog contact(workspace(ownerLogin), id, 0, false);
        type(contact.findChild<QLineEdit*>(u"contactNameLineEdit"_s), u"王芳"_s);
        contact.findChild<QRadioButton*>(u"femaleRadioButton"_s)->setChecked(true);
        type(contact.findChild<QLineEdit*>(u"positionLineEdit"_s), u"财务总监"_s);
        QVERIFY(!contact.save()); // office phone missing
        QVERIFY(contact.findChild<QLineEdit*>(u"telLineEdit"_s)->property("invalid").toBool());
        QTest::keyClicks(contact.findChild<QLineEdit*>(u"telLineEdit"_s), u"010-82345678"_s);
        QVERIFY(contact.save());
        QCOMPARE(int(scalar(u"SELECT count(*) FROM contacts WHERE customer_id = :id"_s, {{u"id"_s, id}})),
                 contactsBefore + 1);
        ContactsDialog contacts(workspace(ownerLogin), customer, false);
        QVERIFY(contacts.model()->waitUntilLoaded());
        QCOMPARE(contacts.model()->totalCount(), contactsBefore + 1);
        shoot(&contacts, u"contacts"_s);

        ActivityDialog activity(workspace(ownerLogin), id, 0, false);
        type(activity.findChild<QLineEdit*>(u"placeLineEdit"_s), u"客户公司会议室"_s);
        type(activity.findChild<QLineEdit*>(u"titleLineEdit"_s), u"年度合同续签"_s);
        type(activity.findChild<QPlainTextEdit*>(u"descriptionPlainTextEdit"_s), u"双方确认续签三年。"_s);
        QVERIFY(activity.save());
        ActivitiesDialog activities(workspace(ownerLogin), customer, false);
        QVERIFY(activities.model()->waitUntilLoaded());
        QCOMPARE(activities.model()->index(0, 2).data().toString(), u"年度合同续签"_s); // newest first

        // History orders, newest first, and an order's detail with its total.
        OrderHistoryDialog orders(workspace(ownerLogin), customer);
        QVERIFY(orders.model()->waitUntilLoaded());
        const int counted =
            int(scalar(u"SELECT count(*) FROM orders WHERE customer_id = :id AND status IN (5, 6)"_s, {{u"id"_s, id}}));
        QVERIFY(counted > 0);
        QCOMPARE(orders.model()->totalCount(), counted);
        shoot(&orders, u"history-orders"_s);
        const qint64 newest = orders.model()->idAt(0);
        QCOMPARE(newest, scalar(u"SELECT id FROM orders WHERE customer_id = :id AND status IN (5, 6) ORDER BY "
                                u"order_date DESC, id DESC LIMIT 1"_s,
                                {{u"id"_s, id}}));
        OrderDetailDialog detail(workspace(ownerLogin), newest);
        const qint64 total =
            scalar(u"SELECT SUM(quantity * price) FROM order_lines WHERE order_id = :id"_s, {{u"id"_s, newest}});
        QCOMPARE(detail.order().total, total);
        QCOMPARE(detail.findChild<QLabel*>(u"totalValueLabel"_s)->text(), OrderDetailDialog::formatYuan(total));
        QCOMPARE(detail.findChild<QTableWidget*>(u"linesTableWidget"_s)->rowCount(), detail.order().lines.size());
        shoot(&detail, u"order-detail"_s);

        // Another manager sees the customer but cannot change it.
        CustomerDialog foreign(workspace(other), id);
        QVERIFY(foreign.isReadOnly());
        QVERIFY(!foreign.findChild<QPushButton*>(u"savePushButton"_s)->isVisibleTo(&foreign));
        QVERIFY(foreign.findChild<QLabel*>(u"noticeLabel"_s)->isVisibleTo(&foreign));
        QVERIFY(qobject_cast<QLineEdit*>(foreign.form()->fieldWidget(u"name"_s))->isReadOnly());
        QCOMPARE(foreign.form()->fieldWidget(u"region"_s)->isEnabled(), false);
        QVERIFY(!foreign.save());
        shoot(&foreign, u"customer-dialog-readonly"_s);
        ContactsDialog foreignContacts(workspace(other), customer, true);
        QVERIFY(!foreignContacts.findChild<QPushButton*>(u"newPushButton"_s)->isVisibleTo(&foreignContacts));
    }

    void lostCustomerOpensReadOnly()
    {
        const qint64 id = scalar(u"SELECT MIN(id) FROM customers WHERE status = 2"_s);
        QVERIFY(id > 0);
        CustomerDialog dialog(workspace(u"director"_s), id);
        QVERIFY(dialog.isReadOnly());
        QVERIFY(dialog.findChild<QLabel*>(u"noticeLabel"_s)->text().size() > 5);
    }

    void importWizardPreview()
    {
        const QString bad =
            writeFile(u"bad.csv"_s,
                      u"客户名称,地区,客户经理,客户等级,邮政编码\n上海远航物流有限公司,华北,manager1,大客户,200001\n"
                      u"广州珠江贸易有限公司,火星,manager1,1,510000\n深圳南山电子有限公司,中南,manager3,1,5180\n"
                      u"北京 聪海信息科技,北京,manager1,1,100000\n"_s.toUtf8());
        ImportWizard wizard(workspace(u"director"_s));
        wizard.resize(1200, 700);
        wizard.previewFile(bad);
        QTRY_COMPARE(wizard.step(), ImportWizard::PreviewStep);
        ImportPreviewModel* model = wizard.previewModel();
        QCOMPARE(model->rowCount(), 4);
        // Line 3, column 2 (地区) is an error; line 5's name a warning.
        const QModelIndex region = model->index(model->rowOfLine(3), ImportPreviewModel::FirstCellColumn + 1);
        QCOMPARE(region.data(ImportPreviewModel::SeverityRole).toString(), u"error"_s);
        QVERIFY(region.data(Qt::ToolTipRole).toString().contains(u"火星"_s));
        const QModelIndex zip = model->index(model->rowOfLine(4), ImportPreviewModel::FirstCellColumn + 4);
        QCOMPARE(zip.data(ImportPreviewModel::SeverityRole).toString(), u"error"_s);
        const QModelIndex similar = model->index(model->rowOfLine(5), ImportPreviewModel::FirstCellColumn);
        QCOMPARE(similar.data(ImportPreviewModel::SeverityRole).toString(), u"warning"_s);
        QCOMPARE(model->index(0, ImportPreviewModel::ActionColumn).data().toString(),
                 ImportPreviewModel::actionLabel(ImportRow::Action::Create));
        QCOMPARE(wizard.findChild<QListWidget*>(u"issuesListWidget"_s)->count(), 3);
        QVERIFY(!wizard.findChild<QPushButton*>(u"nextPushButton"_s)->isEnabled());
        const QString problems = m_dir.filePath(u"problems.csv"_s);
        QVERIFY(wizard.saveIssues(problems));
        QFile saved(problems);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(saved.readAll()).contains(u"bad.csv,3,2,error"_s));
        shoot(&wizard, u"import-preview"_s);

        const int before = int(scalar(u"SELECT count(*) FROM customers"_s));
        const QString good =
            writeFile(u"good.csv"_s, u"name,region,manager,zip\n青岛海风电器有限公司,华北,manager2,266000\n"
                                     u"大连远洋渔业有限公司,东北,manager3,116000\n"_s.toUtf8());
        ImportWizard second(workspace(u"director"_s));
        second.previewFile(good);
        QTRY_COMPARE(second.step(), ImportWizard::PreviewStep);
        QVERIFY(second.findChild<QPushButton*>(u"nextPushButton"_s)->isEnabled());
        QTest::mouseClick(second.findChild<QPushButton*>(u"nextPushButton"_s), Qt::LeftButton);
        QTRY_COMPARE(second.step(), ImportWizard::SummaryStep);
        QVERIFY(second.imported());
        QVERIFY(second.findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"2"_s));
        QCOMPARE(int(scalar(u"SELECT count(*) FROM customers"_s)), before + 2);
    }

    void importWizardReadsWorkbookAndSavesTemplate()
    {
        using Cell = test::TestWorkbook::Cell;
        const QString book = m_dir.filePath(u"客户.xlsx"_s);
        {
            test::TestWorkbook w(book);
            w.writeRow(0, {u"客户编号"_s, u"客户名称"_s, u"地区"_s, u"客户经理"_s, u"电话"_s, u"电子邮箱"_s});
            w.writeRow(1, {Cell(123, "000000"), u"烟台海滨食品有限公司"_s, u"华北"_s, u"manager2"_s,
                           Cell(53588881234, "0000-00000000"), u"张三@例子.中国"_s});
            w.writeRow(2, {Cell(124, "000000"), u"威海远帆船舶有限公司"_s, u"火星"_s, u"manager3"_s, 13912345678.0,
                           u"jürgen.müller@beispiel.de"_s});
            QVERIFY(w.close());
        }
        ImportWizard wizard(workspace(u"director"_s));
        wizard.resize(1200, 700);
        wizard.previewFile(book);
        QTRY_COMPARE(wizard.step(), ImportWizard::PreviewStep);
        ImportPreviewModel* model = wizard.previewModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, ImportPreviewModel::FirstCellColumn).data().toString(), u"000123"_s);
        QCOMPARE(model->index(0, ImportPreviewModel::FirstCellColumn + 4).data().toString(), u"0535-88881234"_s);
        QCOMPARE(model->index(1, ImportPreviewModel::FirstCellColumn + 4).data().toString(), u"13912345678"_s);
        QCOMPARE(model->headerData(ImportPreviewModel::FirstCellColumn + 2, Qt::Horizontal).toString(), u"C · 地区"_s);
        QCOMPARE(model->headerData(ImportPreviewModel::LineColumn, Qt::Horizontal).toString(),
                 QCoreApplication::translate("ketong::ImportPreviewModel", "Row"));
        const QModelIndex region = model->index(model->rowOfLine(3), ImportPreviewModel::FirstCellColumn + 2);
        QCOMPARE(region.data(ImportPreviewModel::SeverityRole).toString(), u"error"_s);
        auto* issues = wizard.findChild<QListWidget*>(u"issuesListWidget"_s);
        QCOMPARE(model->report().errorCount(), 1);
        QCOMPARE(issues->findItems(u"Sheet1!C3"_s, Qt::MatchContains).size(), 1);
        QVERIFY(wizard.findChild<QLabel*>(u"previewSummaryLabel"_s)->text().contains(u"Sheet1"_s));
        shoot(&wizard, u"import-preview-xlsx"_s);

        // 下载导入模板 asks where to save and writes the workbook there; the wizard then reads it.
        QTest::mouseClick(wizard.findChild<QPushButton*>(u"backPushButton"_s), Qt::LeftButton);
        QCOMPARE(wizard.step(), ImportWizard::FileStep);
        const QString saved = m_dir.filePath(u"模板.xlsx"_s);
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&answer, saved] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            answer.stop();
            // Typed into the name field, as a person does: Qt's own dialog lists its folder in the background and a
            // selectFile() can wait for that (or be undone by it); accept() reads the field at once.
            dialog->setDirectory(QFileInfo(saved).absolutePath());
            if (auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s))
                name->setText(QFileInfo(saved).fileName());
            else
                dialog->selectFile(saved);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, which takes the chosen file
        });
        answer.start(20);
        wizard.findChild<QPushButton*>(u"downloadTemplatePushButton"_s)->click();
        QTRY_VERIFY2(QFile::exists(saved), qPrintable(wizard.findChild<QLabel*>(u"templateStatusLabel"_s)->text()));
        QTRY_VERIFY(wizard.findChild<QLabel*>(u"templateStatusLabel"_s)->text().contains(u"模板.xlsx"_s));
        shoot(&wizard, u"import-template-saved"_s);
        wizard.previewFile(saved);
        QTRY_COMPARE(wizard.step(), ImportWizard::PreviewStep);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!model->report().hasErrors());
        QCOMPARE(model->report().header.size(), CustomerImporter::columns().size());
    }

    void directorReassigns()
    {
        const qint64 a = scalar(u"SELECT MIN(id) FROM customers WHERE status = 1"_s);
        const qint64 b = scalar(u"SELECT MAX(id) FROM customers WHERE status = 1"_s);
        ReassignDialog dialog(workspace(u"director"_s), {a, b});
        auto* combo = dialog.findChild<QComboBox*>(u"managerComboBox"_s);
        combo->setCurrentIndex(combo->findText(u"manager3"_s, Qt::MatchContains));
        QVERIFY(dialog.apply());
        const qint64 m3 = scalar(u"SELECT id FROM users WHERE login = 'manager3'"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM customers WHERE id IN (:a, :b) AND manager_id = :m"_s,
                        {{u"a"_s, a}, {u"b"_s, b}, {u"m"_s, m3}}),
                 qint64(2));
    }
};

QTEST_MAIN(CustomersUiTest)
#include "CustomersUiTest.moc"
