// The layout every page shares (issue 27 item 15), on the demo company: list pages stretch the column they
// name (the customer's name, not the trailing number), report tables fill their pane, and every table of the
// program has the one row height TableLook sets.
#include "TestDatabase.h"
#include "admin/RolesPage.h"
#include "admin/UsersPage.h"
#include "basedata/ProductsPage.h"
#include "basedata/StockPage.h"
#include "churn/LostCustomersPage.h"
#include "common/TableLook.h"
#include "customers/CustomersPage.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"
#include "reports/ReportPage.h"
#include "sales/DevelopmentDialog.h"
#include "sales/DevelopmentPlansPage.h"
#include "sales/SalesChancesPage.h"
#include "service/ServiceCreatePage.h"
#include "service/ServiceListPage.h"

#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// The width of the visible columns of `table`.
int columnsWidth(const QTableView* table)
{
    const QHeaderView* header = table->horizontalHeader();
    int width = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i))
            width += header->sectionSize(i);
    }
    return width;
}
} // namespace

class LayoutTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    SystemClock m_clock;
    QTemporaryDir m_settings;

    Workspace as(const QString& login) const { return {m_db.db(), &m_clock, m_db.sessionFor(login), true}; }

    /// `page` shown at 1400 × 860 with its first rows in: the stretch column `key` fills the table's width
    /// and follows it when the window grows; the trailing column keeps its width.
    static void checkStretch(ListPage* page, const QString& key)
    {
        page->resize(1400, 860);
        page->show();
        QVERIFY(page->model()->waitUntilLoaded());
        QVERIFY(page->model()->rowCount() > 0);
        QCoreApplication::processEvents();
        QTableView* table = page->tableView();
        const int stretch = page->model()->query().columnIndex(key);
        QVERIFY2(stretch >= 0, qPrintable(key));
        QCOMPARE(page->stretchColumn(), key);
        QCOMPARE(TableLook::stretchColumn(table), stretch);
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(!header->stretchLastSection());
        const int last = header->logicalIndex(header->count() - 1);
        QVERIFY(last != stretch);
        QCOMPARE(columnsWidth(table), table->viewport()->width()); // no gap, no scrolling
        for (int i = 0; i < header->count(); ++i) {
            if (i != stretch)
                QVERIFY2(header->sectionSize(stretch) > header->sectionSize(i),
                         qPrintable(u"%1: column %2 is wider"_s.arg(page->objectName()).arg(i)));
        }
        const int lastWidth = header->sectionSize(last);
        const int stretchWidth = header->sectionSize(stretch);
        const int viewportWidth = table->viewport()->width();
        page->resize(1700, 860);
        QCoreApplication::processEvents();
        QVERIFY(table->viewport()->width() > viewportWidth);
        QCOMPARE(header->sectionSize(last), lastWidth); // the trailing column keeps its width
        QCOMPARE(header->sectionSize(stretch), stretchWidth + table->viewport()->width() - viewportWidth);
        QCOMPARE(columnsWidth(table), table->viewport()->width());
        // In a narrow window the stretch column gives way: the trailing column stays in sight.
        page->resize(1000, 860);
        QCoreApplication::processEvents();
        const int others = columnsWidth(table) - header->sectionSize(stretch);
        if (others + 120 <= table->viewport()->width()) {
            QCOMPARE(columnsWidth(table), table->viewport()->width());
            QVERIFY(header->sectionViewportPosition(last) + header->sectionSize(last) <= table->viewport()->width());
        }
        QCOMPARE(header->sectionSize(last), lastWidth);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path()); // no remembered widths
        QVERIFY2(m_db.createInitialized(true), qPrintable(m_db.lastError()));
    }

    void listPagesStretchTheNameColumn()
    {
        const Workspace director = as(u"director"_s);
        LostCustomersPage lost(director);
        checkStretch(&lost, u"customer"_s); // not the trailing 措施数
        SalesChancesPage chances(director);
        checkStretch(&chances, u"customerName"_s); // not the trailing 创建时间
        DevelopmentPlansPage plans(director);
        checkStretch(&plans, u"customerName"_s);
        ServiceListPage archive(director, ServiceDesk::Stage::Archive);
        checkStretch(&archive, u"customer"_s);
    }

    void customersPageStretchesTheName()
    {
        CustomersPage page(as(u"director"_s));
        page.resize(1400, 860);
        page.show();
        QVERIFY(page.model()->waitUntilLoaded());
        QCoreApplication::processEvents();
        auto* table = page.findChild<QTableView*>();
        const int name = page.model()->query().columnIndex(u"name"_s);
        QCOMPARE(TableLook::stretchColumn(table), name);
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(!header->stretchLastSection());
        const int last = header->count() - 1;
        QVERIFY(header->sectionSize(last) < header->sectionSize(name)); // 上次下单 keeps its width
        QCOMPARE(columnsWidth(table), table->viewport()->width());
    }

    void reportTableFillsItsPane()
    {
        ReportPage page(as(u"director"_s), ReportKind::Composition);
        QSignalSpy updated(&page, &ReportPage::updated);
        page.resize(1400, 860);
        page.show();
        QVERIFY(updated.wait(20000));
        QCoreApplication::processEvents();
        auto* table = page.findChild<QTableView*>(u"reportTableView"_s);
        QCOMPARE(columnsWidth(table), table->viewport()->width());
        QCOMPARE(TableLook::stretchColumn(table), 1); // 等级 takes the room; 客户数量 and 比例 keep theirs
        QVERIFY(table->horizontalHeader()->sectionSize(1) > table->viewport()->width() / 2);
    }

    void oneRowHeightEverywhere()
    {
        const Workspace director = as(u"director"_s);
        const Workspace admin = as(u"admin"_s);
        std::vector<std::unique_ptr<QWidget>> pages;
        pages.emplace_back(new CustomersPage(director));
        pages.emplace_back(new LostCustomersPage(director));
        pages.emplace_back(new SalesChancesPage(director));
        pages.emplace_back(new ServiceCreatePage(director));
        pages.emplace_back(new ProductsPage(director));
        pages.emplace_back(new StockPage(director));
        pages.emplace_back(new ReportPage(director, ReportKind::Service));
        pages.emplace_back(new UsersPage(admin));
        pages.emplace_back(new RolesPage(admin));
        const qint64 chance =
            SqlQuery::scalar(m_db->connection(), u"SELECT min(id) FROM sales_chances WHERE status = 2"_s)->toLongLong();
        pages.emplace_back(new DevelopmentDialog(director, chance, DevelopmentDialog::Mode::Plan));
        int tables = 0;
        for (const auto& page : pages) {
            for (QTableView* table : page->findChildren<QTableView*>()) {
                ++tables;
                QCOMPARE(table->verticalHeader()->defaultSectionSize(), TableLook::rowHeight(table));
                // One font in the program, so one height.
                QCOMPARE(TableLook::rowHeight(table), TableLook::rowHeight(pages.front()->findChild<QTableView*>()));
            }
        }
        QVERIFY(tables >= int(pages.size()));
    }
};

QTEST_MAIN(LayoutTest)
#include "LayoutTest.moc"
