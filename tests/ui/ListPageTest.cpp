// The list page frame: the count and the empty state, keys and double click giving the record id,
// sorting by clicking a header (and only sortable columns), widths remembered in QSettings, errors in the
// status line, and a run-time language switch.
#include "common/ListPage.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "models/PagedListModel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
constexpr int kRows = 30;
constexpr int kWaitMs = 20000;

/// Translates the ListPage's own strings into Chinese, as the shipped translation would.
class ChineseListPage : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int n) const override
    {
        if (qstrcmp(context, "ketong::ListPage") != 0)
            return {};
        const QByteArray source(sourceText);
        if (source == "Search")
            return u"查询"_s;
        if (source == "Reset")
            return u"重置"_s;
        if (source == "%n record(s)")
            return u"共 %1 条记录"_s.arg(n);
        return {};
    }
    bool isEmpty() const override { return false; }
};

ListColumn column(const QString& key, const QString& sql, const char* title, ColumnFormat format, bool sortable)
{
    ListColumn c;
    c.key = key;
    c.select = sql;
    c.sortBy = sortable ? sql : QString();
    c.title = title;
    c.format = format;
    return c;
}

ListQuery itemsQuery()
{
    ListQuery q;
    q.context = "ListPageTest";
    q.columns = {column(u"name"_s, u"name"_s, "Name", ColumnFormat::Text, true),
                 column(u"price"_s, u"price"_s, "Price", ColumnFormat::Money, true),
                 column(u"note"_s, u"note"_s, "Note", ColumnFormat::Text, false)};
    q.from = u"items"_s;
    q.pageSize = 10; // several pages for 30 rows
    return q;
}
} // namespace

class ListPageTest : public QObject
{
    Q_OBJECT

    test::TestDatabase m_t;
    QTemporaryDir m_settingsDir;

    QList<qint64> expectedIds(const QString& orderBy)
    {
        SqlQuery q(m_t->connection());
        QList<qint64> ids;
        if (!q.exec(u"SELECT id FROM items ORDER BY "_s + orderBy))
            return ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    static QTableView* table(ListPage& page) { return page.findChild<QTableView*>(u"listTableView"_s); }
    static QLabel* label(ListPage& page, const QString& name) { return page.findChild<QLabel*>(name); }

    static bool loaded(ListPage& page) { return page.model()->waitUntilLoaded(kWaitMs); }

    static void clickHeader(ListPage& page, int section)
    {
        QHeaderView* header = table(page)->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"KetongTest"_s);
        QCoreApplication::setApplicationName(u"ListPageTest"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        QVERIFY2(m_t.create(), qPrintable(m_t.lastError()));
        const QSqlDatabase c = m_t->connection();
        QVERIFY(SqlQuery::run(c, u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                 u"price BIGINT NOT NULL, note TEXT NOT NULL)"_s));
        QStringList values;
        const QStringList names = u"苹果 香蕉 橘子 葡萄 西瓜 草莓"_s.split(u' ');
        for (int i = 1; i <= kRows; ++i)
            values
                << u"(%1, '%2%3', %4, 'n%5')"_s.arg(i).arg(names.at(i % names.size())).arg(i % 4).arg(i * 250).arg(i);
        QVERIFY(SqlQuery::run(c, u"INSERT INTO items (id, name, price, note) VALUES "_s + values.join(u", "_s)));
    }

    void init() { QSettings().clear(); }

    void countLabelAndEmptyState()
    {
        ListPage page(m_t.db());
        page.resize(600, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel* count = label(page, u"countLabel"_s);
        QLabel* empty = label(page, u"emptyStateLabel"_s);
        QVERIFY(count && empty);
        QVERIFY(page.findChild<QPushButton*>(u"searchPushButton"_s));
        QVERIFY(page.findChild<QPushButton*>(u"resetPushButton"_s));

        page.setQuery(itemsQuery());
        QCOMPARE(count->text(), u"Loading…"_s);
        QVERIFY(loaded(page));
        QCOMPARE(count->text(), u"30 record(s)"_s);
        QVERIFY(!empty->isVisible());

        ListQuery none = itemsQuery();
        none.where = u"name = :name"_s;
        none.values = {{u"name"_s, u"榴莲"_s}};
        page.setQuery(none);
        QVERIFY(loaded(page));
        QCOMPARE(count->text(), u"0 record(s)"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), u"No records match the filters"_s);
        page.setEmptyText([] { return u"没有符合条件的记录"_s; });
        QCOMPARE(empty->text(), u"没有符合条件的记录"_s);

        ListQuery one = itemsQuery();
        one.where = u"id = 7"_s;
        page.setQuery(one);
        QVERIFY(loaded(page));
        QCOMPARE(count->text(), u"1 record(s)"_s);
        QVERIFY(!empty->isVisible());
    }

    void keysAndDoubleClickGiveTheId()
    {
        ListPage page(m_t.db());
        page.resize(600, 400);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setQuery(itemsQuery());
        QVERIFY(loaded(page));
        const QList<qint64> byName = expectedIds(u"name, id"_s);
        QTableView* view = table(page);
        view->setFocus();
        view->setCurrentIndex(page.model()->index(2, 0));
        QCOMPARE(page.currentId(), byName.at(2));

        QSignalSpy activated(&page, &ListPage::activated);
        QSignalSpy deleted(&page, &ListPage::deleteRequested);
        QSignalSpy created(&page, &ListPage::newRequested);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), byName.at(2));
        QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(activated.size(), 2);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.at(0).at(0).toLongLong(), byName.at(2));
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(created.size(), 1);

        const QRect cell = view->visualRect(page.model()->index(4, 1));
        // A real double click starts with a click (the view compares the pressed cell with the double-clicked one).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 3);
        QCOMPARE(activated.at(2).at(0).toLongLong(), byName.at(4));
    }

    void filterBarAndActions()
    {
        ListPage page(m_t.db());
        auto* name = new QLineEdit(&page);
        page.addFilterWidget(name);
        QCOMPARE(name->parentWidget(), page.filterArea());
        auto* add = new QAction(u"New"_s, &page);
        page.addAction(add);
        QVERIFY(page.findChild<QToolBar*>(u"actionToolBar"_s)->actions().contains(add));
        QSignalSpy search(&page, &ListPage::searchRequested);
        QSignalSpy reset(&page, &ListPage::resetRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(u"searchPushButton"_s), Qt::LeftButton);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(search.size(), 2);
        QTest::mouseClick(page.findChild<QPushButton*>(u"resetPushButton"_s), Qt::LeftButton);
        QCOMPARE(reset.size(), 1);
    }

    void clickingTheHeaderSortsInSql()
    {
        ListPage page(m_t.db());
        page.resize(600, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setQuery(itemsQuery());
        QVERIFY(loaded(page));
        PagedListModel* model = page.model();
        QCOMPARE(model->idAt(0), expectedIds(u"name, id"_s).first());
        QHeaderView* header = table(page)->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), 0);

        clickHeader(page, 1); // price, ascending
        QCOMPARE(model->query().sortColumn, 1);
        QVERIFY(!model->query().descending);
        QVERIFY(loaded(page));
        QCOMPARE(model->idAt(0), expectedIds(u"price, id"_s).first());

        clickHeader(page, 1); // price again: descending
        QVERIFY(model->query().descending);
        QVERIFY(loaded(page));
        QCOMPARE(model->idAt(0), expectedIds(u"price DESC, id DESC"_s).first());
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        clickHeader(page, 2); // note cannot be sorted: nothing changes, the indicator stays
        QCOMPARE(model->query().sortColumn, 1);
        QVERIFY(!model->isLoading());
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void columnWidthsAreRemembered()
    {
        {
            ListPage page(m_t.db());
            page.setObjectName(u"itemsPage"_s);
            page.resize(800, 400);
            page.setQuery(itemsQuery());
            QHeaderView* header = table(page)->horizontalHeader();
            QVERIFY(header->sectionSize(0) != 234);
            header->resizeSection(0, 234);
            header->moveSection(2, 0); // note first
        }
        QVERIFY(QSettings().contains(u"pages/itemsPage/header"_s));
        {
            ListPage page(m_t.db());
            page.setObjectName(u"itemsPage"_s);
            page.resize(800, 400);
            page.setQuery(itemsQuery());
            QHeaderView* header = table(page)->horizontalHeader();
            QCOMPARE(header->sectionSize(0), 234);
            QCOMPARE(header->logicalIndex(0), 2);
            QCOMPARE(header->sortIndicatorSection(), 0); // the sort is the query's
            QVERIFY(loaded(page));
        }
        {
            ListPage other(m_t.db());
            other.setObjectName(u"otherPage"_s);
            other.setQuery(itemsQuery());
            QVERIFY(table(other)->horizontalHeader()->sectionSize(0) != 234);
            QVERIFY(loaded(other));
        }
        {
            // Other columns than the ones remembered: the state is not applied to them.
            ListPage changed(m_t.db());
            changed.setObjectName(u"itemsPage"_s);
            ListQuery q = itemsQuery();
            q.columns.removeLast();
            changed.setQuery(q);
            QVERIFY(table(changed)->horizontalHeader()->sectionSize(0) != 234);
            QVERIFY(loaded(changed));
        }
    }

    void errorsShowInTheStatusLine()
    {
        ListPage page(m_t.db());
        ListQuery broken = itemsQuery();
        broken.from = u"no_such_table"_s;
        page.setQuery(broken);
        QVERIFY(!page.model()->waitUntilLoaded(kWaitMs));
        QLabel* count = label(page, u"countLabel"_s);
        QVERIFY(count->property("error").toBool());
        QVERIFY(!count->text().isEmpty());
        QVERIFY(count->text() != u"0 record(s)"_s);
        QVERIFY(!label(page, u"emptyStateLabel"_s)->isVisibleTo(&page));
        page.setQuery(itemsQuery());
        QVERIFY(loaded(page));
        QVERIFY(!count->property("error").toBool());
        QCOMPARE(count->text(), u"30 record(s)"_s);
    }

    void languageSwitchesAtRunTime()
    {
        ListPage page(m_t.db());
        page.setQuery(itemsQuery());
        QVERIFY(loaded(page));
        auto* search = page.findChild<QPushButton*>(u"searchPushButton"_s);
        QLabel* count = label(page, u"countLabel"_s);
        QCOMPARE(search->text(), u"Search"_s);
        ChineseListPage chinese;
        QCoreApplication::installTranslator(&chinese); // LanguageChange is posted to every window
        QTRY_COMPARE(search->text(), u"查询"_s);
        QCOMPARE(page.findChild<QPushButton*>(u"resetPushButton"_s)->text(), u"重置"_s);
        QCOMPARE(count->text(), u"共 30 条记录"_s);
        QCoreApplication::removeTranslator(&chinese);
        QTRY_COMPARE(search->text(), u"Search"_s);
        QCOMPARE(count->text(), u"30 record(s)"_s);
    }
};

QTEST_MAIN(ListPageTest)
#include "ListPageTest.moc"
