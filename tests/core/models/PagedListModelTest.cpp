// The list model every list page uses: keyset pages in SQL order on both backends (text with duplicates,
// dates, timestamps with microseconds, money), the background count and random access to any row, a
// bounded page cache, filters with Chinese text, refresh seeing another client's insert, translated
// headers, roles and formats, and errors — all under QAbstractItemModelTester.
#include "models/PagedListModel.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
constexpr int kRows = 5000;
constexpr int kWaitMs = 20000;

/// Every translation of the test's context becomes "«source»", so a test sees where a title came from.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (qstrcmp(context, "PagedListModelTest") != 0)
            return {};
        return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

ListColumn column(const QString& key, const QString& sql, const char* title, ColumnFormat format)
{
    ListColumn c;
    c.key = key;
    c.select = sql;
    c.sortBy = sql;
    c.title = title;
    c.format = format;
    return c;
}

/// people: id, name (Chinese, many equal), city (8 values), born (date), balance (fen, some negative),
/// created_at (timestamp; microseconds on PostgreSQL), and a Custom column that cannot be sorted.
ListQuery peopleQuery(int pageSize = 100)
{
    ListQuery q;
    q.context = "PagedListModelTest";
    q.columns = {column(u"name"_s, u"name"_s, "Name", ColumnFormat::Text),
                 column(u"city"_s, u"city"_s, "City", ColumnFormat::Text),
                 column(u"born"_s, u"born"_s, "Born", ColumnFormat::Date),
                 column(u"balance"_s, u"balance"_s, "Balance", ColumnFormat::Money),
                 column(u"created"_s, u"created_at"_s, "Created", ColumnFormat::DateTime),
                 column(u"kind"_s, u"id % 3"_s, "Kind", ColumnFormat::Custom)};
    q.columns.last().sortBy.clear();
    q.columns.last().display = [](const QVariant& raw) { return u"kind %1"_s.arg(raw.toInt()); };
    q.from = u"people"_s;
    q.pageSize = pageSize;
    return q;
}

/// Waits until `row` is loaded (data() asks for its page) and returns its id, or 0.
qint64 idOfRow(PagedListModel& model, int row)
{
    const QModelIndex index = model.index(row, 0);
    if (!QTest::qWaitFor([&] { return !model.data(index, PagedListModel::IdRole).isNull(); }, kWaitMs))
        return 0;
    return model.data(index, PagedListModel::IdRole).toLongLong();
}

QList<qint64> readAll(PagedListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << idOfRow(model, row);
    return ids;
}
} // namespace

class PagedListModelTest : public QObject
{
    Q_OBJECT

    test::TestDatabase m_t;

    QList<qint64> expectedIds(const QString& orderBy, const QString& where = {}, const QVariantMap& values = {})
    {
        SqlQuery q(m_t->connection());
        q.prepare(u"SELECT id FROM people"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s +
                  orderBy)
            .bindAll(values);
        QList<qint64> ids;
        if (!q.exec())
            return ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    bool createPeople()
    {
        const bool pg = test::backend() == Backend::PostgreSql;
        const QString ddl =
            pg ? u"CREATE TABLE people (id BIGINT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, born DATE NOT "
                 u"NULL, balance BIGINT NOT NULL, created_at TIMESTAMPTZ NOT NULL)"_s
               : u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, born TEXT NOT "
                 u"NULL, balance INTEGER NOT NULL, created_at TEXT NOT NULL)"_s;
        const QSqlDatabase c = m_t->connection();
        if (!SqlQuery::run(c, ddl) || !SqlQuery::run(c, u"CREATE INDEX people_city ON people (city, id)"_s))
            return false;
        const QStringList surnames = u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗"_s.split(u' ');
        const QStringList given =
            u"伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 明华 晓明 "
            u"建国 海燕 志强 婷 春梅"_s.split(u' ');
        const QStringList cities = u"北京 上海 广州 深圳 杭州 南京 成都 武汉"_s.split(u' ');
        const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        Transaction tx(*m_t);
        if (!tx.begin())
            return false;
        QStringList values;
        for (int i = 1; i <= kRows; ++i) {
            const QString name = surnames.at((i * 7) % surnames.size()) + given.at((i * 13) % given.size());
            const QDate born = QDate(1960, 1, 1).addDays((i * 37) % 12000);
            const qint64 balance = (qint64(i) * 7919) % 2000000 - 100000;
            // Many rows share a timestamp; on PostgreSQL they carry microseconds that a QDateTime cannot hold.
            const QDateTime at = base.addSecs((i % 1700) * 61).addMSecs(i % 7);
            const QString created = pg ? at.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) +
                                             u"%1+00"_s.arg((i * 379) % 1000, 3, 10, QLatin1Char('0'))
                                       : at.toString(Qt::ISODateWithMs);
            values << u"(%1, '%2', '%3', '%4', %5, '%6')"_s.arg(i)
                          .arg(name, cities.at((i * 5) % cities.size()), born.toString(Qt::ISODate))
                          .arg(balance)
                          .arg(created);
            if (values.size() == 500 || i == kRows) {
                const QString sql =
                    u"INSERT INTO people (id, name, city, born, balance, created_at) VALUES "_s + values.join(u", "_s);
                if (!SqlQuery::run(c, sql))
                    return false;
                values.clear();
            }
        }
        return bool(tx.commit());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_t.create(), qPrintable(m_t.lastError()));
        QVERIFY(createPeople());
        QCOMPARE(expectedIds(u"id"_s).size(), kRows);
    }

    void columnFormats()
    {
        ListColumn money = column(u"m"_s, u"m"_s, "M", ColumnFormat::Money);
        QCOMPARE(money.text(qlonglong(1280050)), u"12,800.50"_s);
        QCOMPARE(money.text(qlonglong(5)), u"0.05"_s);
        QCOMPARE(money.text(qlonglong(-50)), u"-0.50"_s);
        QCOMPARE(money.text(qlonglong(-123456789)), u"-1,234,567.89"_s);
        QCOMPARE(money.text(QVariant()), QString());
        QVERIFY(money.isRightAligned());
        const ListColumn integer = column(u"i"_s, u"i"_s, "I", ColumnFormat::Integer);
        QCOMPARE(integer.text(qlonglong(1234567)), u"1,234,567"_s);
        QVERIFY(integer.isRightAligned());
        const ListColumn date = column(u"d"_s, u"d"_s, "D", ColumnFormat::Date);
        QCOMPARE(date.text(u"2024-03-05"_s), u"2024-03-05"_s);
        QCOMPARE(date.text(QDate(2024, 3, 5)), u"2024-03-05"_s);
        QVERIFY(!date.isRightAligned());
        const ListColumn at = column(u"t"_s, u"t"_s, "T", ColumnFormat::DateTime);
        const QDateTime utc(QDate(2024, 3, 5), QTime(23, 30, 15), Qt::UTC);
        const QString local = utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        QCOMPARE(at.text(utc), local);
        QCOMPARE(at.text(u"2024-03-05T23:30:15.000Z"_s), local);
        ListColumn custom = column(u"c"_s, u"c"_s, "C", ColumnFormat::Custom);
        custom.display = [](const QVariant& v) { return v.toInt() == 1 ? u"正常"_s : u"流失"_s; };
        QCOMPARE(custom.text(1), u"正常"_s);
        QCOMPARE(peopleQuery().columnIndex(u"born"_s), 2);
        QCOMPARE(peopleQuery().columnIndex(u"nothing"_s), -1);
        QVERIFY(peopleQuery().isSortable(0));
        QVERIFY(!peopleQuery().isSortable(5));
        QVERIFY(!peopleQuery().isSortable(6));
    }

    void modelTesterWhileLoadingAndScrolling()
    {
        PagedListModel model(m_t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCachePageLimit(4);
        model.setQuery(peopleQuery(100));
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() > 0 || !model.isLoading(); }, kWaitMs));
        // Appending pages like a view scrolled to the bottom, possibly while the count is still running.
        for (int i = 0; i < 5 && model.canFetchMore({}); ++i) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return model.rowCount() > before || !model.canFetchMore({}); }, kWaitMs));
        }
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), kRows);
        QVERIFY(!model.canFetchMore({}));
        const QList<qint64> byName = expectedIds(u"name, id"_s);
        for (int row : {0, 2500, 4999, 1234, 150, 3333})
            QCOMPARE(idOfRow(model, row), byName.at(row));
        QVERIFY(model.cachedPageCount() <= 4);

        model.sort(1, Qt::DescendingOrder);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(idOfRow(model, 4000), expectedIds(u"city DESC, id DESC"_s).at(4000));
        model.refresh();
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), kRows);

        ListQuery none = peopleQuery(100);
        none.where = u"1 = 0"_s;
        model.setQuery(none);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(peopleQuery(100));
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(idOfRow(model, kRows - 1), byName.last());
    }

    void wholeListMatchesSql_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("city (duplicates)") << u"city"_s << false << QString() << QVariantMap() << u"city, id"_s;
        QTest::newRow("city descending") << u"city"_s << true << QString() << QVariantMap() << u"city DESC, id DESC"_s;
        QTest::newRow("name") << u"name"_s << false << QString() << QVariantMap() << u"name, id"_s;
        QTest::newRow("born (date)") << u"born"_s << false << QString() << QVariantMap() << u"born, id"_s;
        QTest::newRow("born descending") << u"born"_s << true << QString() << QVariantMap() << u"born DESC, id DESC"_s;
        QTest::newRow("balance descending")
            << u"balance"_s << true << QString() << QVariantMap() << u"balance DESC, id DESC"_s;
        QTest::newRow("created (timestamp)")
            << u"created"_s << false << QString() << QVariantMap() << u"created_at, id"_s;
        QTest::newRow("created descending")
            << u"created"_s << true << QString() << QVariantMap() << u"created_at DESC, id DESC"_s;
        QTest::newRow("filter city") << u"name"_s << false << u"city = :city"_s << QVariantMap{{u"city"_s, u"北京"_s}}
                                     << u"name, id"_s;
        QTest::newRow("filter LIKE Chinese") << u"born"_s << true << u"name LIKE :pattern"_s
                                             << QVariantMap{{u":pattern"_s, u"%明%"_s}} << u"born DESC, id DESC"_s;
        QTest::newRow("filter two values")
            << u"city"_s << false << u"balance >= :low AND city <> :city"_s
            << QVariantMap{{u"low"_s, qlonglong(500000)}, {u"city"_s, u"上海"_s}} << u"city, id"_s;
    }

    void wholeListMatchesSql()
    {
        QFETCH(QString, key);
        QFETCH(bool, descending);
        QFETCH(QString, where);
        QFETCH(QVariantMap, values);
        QFETCH(QString, orderBy);
        ListQuery q = peopleQuery(100);
        q.sortColumn = q.columnIndex(key);
        q.descending = descending;
        q.where = where;
        q.values = values;
        const QList<qint64> expected = expectedIds(orderBy, where, values);
        QVERIFY(!expected.isEmpty());
        PagedListModel model(m_t.db());
        connect(&model, &PagedListModel::errorOccurred, this,
                [](const Error& e) { qWarning("%s", qPrintable(e.fullText())); });
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.totalCount(), expected.size());
        QCOMPARE(model.rowCount(), expected.size());
        QCOMPARE(readAll(model), expected);
    }

    void firstPageComesBeforeTheCount()
    {
        PagedListModel model(m_t.db());
        QList<int> countsAtInsert;
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
            countsAtInsert << first << last << model.totalCount();
        });
        QSignalSpy counted(&model, &PagedListModel::totalCountKnown);
        model.setQuery(peopleQuery(200));
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QVERIFY(countsAtInsert.size() >= 6);
        QCOMPARE(countsAtInsert.mid(0, 3), (QList<int>{0, 199, -1})); // the first page, before any count
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.at(0).at(0).toInt(), kRows);
        QCOMPARE(model.totalCount(), kRows);
        QVERIFY(!model.isLoading());
    }

    void jumpToRowNearTheEnd()
    {
        PagedListModel model(m_t.db());
        ListQuery q = peopleQuery(200);
        q.sortColumn = q.columnIndex(u"city"_s);
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        const QList<qint64> expected = expectedIds(u"city, id"_s);
        QCOMPARE(model.idAt(4900), 0); // not loaded: only the first page is in memory
        QVERIFY(model.data(model.index(4900, 0)).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(model.idAt(4900), expected.at(4900), kWaitMs);
        QCOMPARE(model.rowOf(expected.at(4900)), 4900);
        QCOMPARE(model.rowOf(expected.at(2000)), -1);
    }

    void cacheIsBounded()
    {
        PagedListModel model(m_t.db());
        model.setCachePageLimit(3);
        QCOMPARE(model.cachePageLimit(), 3);
        ListQuery q = peopleQuery(50);
        q.sortColumn = q.columnIndex(u"born"_s);
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(readAll(model), expectedIds(u"born, id"_s));
        QVERIFY(model.cachedPageCount() <= 3);
        // Evicted pages come back from their remembered keys.
        QCOMPARE(idOfRow(model, 10), expectedIds(u"born, id"_s).at(10));
    }

    void refreshSeesAnotherClientsInsert()
    {
        const QSqlDatabase c = m_t->connection();
        QVERIFY(SqlQuery::run(c, u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s));
        QVERIFY(SqlQuery::run(c, u"INSERT INTO notes (id, body) VALUES (1, '甲'), (2, '乙'), (3, '丙')"_s));
        ListQuery q;
        q.columns = {column(u"body"_s, u"body"_s, "Body", ColumnFormat::Text)};
        q.columns[0].sortBy = u"id"_s;
        q.from = u"notes"_s;
        PagedListModel model(m_t.db());
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), 3);

        DatabasePtr other = m_t.openAnother();
        QVERIFY(other);
        QVERIFY(SqlQuery::run(other->connection(), u"INSERT INTO notes (id, body) VALUES (4, '丁')"_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(model.rowCount(), 3); // the old rows stay shown until the new ones are in
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.rowOf(4), 3);
        QCOMPARE(model.data(model.index(3, 0)).toString(), u"丁"_s);
    }

    void headerIsTranslatedInTheQueryContext()
    {
        PagedListModel model(m_t.db());
        model.setQuery(peopleQuery());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"«Name»"_s);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"«Balance»"_s);
        QCOMPARE(headers.size(), 1); // views are told to fetch the titles again
        ListQuery other = peopleQuery();
        other.context = "SomewhereElse";
        model.setQuery(other);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QCoreApplication::removeTranslator(&translator);
        model.setQuery(peopleQuery());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
    }

    void rolesAndFormats()
    {
        ListQuery q = peopleQuery(100);
        q.sortColumn = q.columnIndex(u"balance"_s);
        PagedListModel model(m_t.db());
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        SqlQuery sql(m_t->connection());
        QVERIFY(sql.exec(u"SELECT id, name, born, balance, created_at FROM people ORDER BY balance, id"_s));
        for (int row = 0; row < 150 && sql.next(); ++row) {
            QCOMPARE(idOfRow(model, row), sql.value(0).toLongLong());
            QCOMPARE(model.data(model.index(row, 5), PagedListModel::IdRole).toLongLong(), sql.value(0).toLongLong());
            QCOMPARE(model.data(model.index(row, 0)).toString(), sql.value(1).toString());
            QCOMPARE(model.data(model.index(row, 2), PagedListModel::SortRole), sql.value(2));
            QCOMPARE(model.data(model.index(row, 2)).toString(), SqlValue::toDate(sql.value(2)).toString(Qt::ISODate));
            QCOMPARE(model.data(model.index(row, 3), PagedListModel::SortRole).toLongLong(), sql.value(3).toLongLong());
            const qint64 fen = sql.value(3).toLongLong();
            const QString yuan = QLocale().toString(fen / 100.0, 'f', 2);
            QCOMPARE(model.data(model.index(row, 3)).toString(), yuan);
            QCOMPARE(model.data(model.index(row, 4)).toString(),
                     SqlValue::toDateTime(sql.value(4)).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
            QCOMPARE(model.data(model.index(row, 5)).toString(), u"kind %1"_s.arg(sql.value(0).toLongLong() % 3));
        }
        QVERIFY(model.data(model.index(0, 0)).toString().size() > 0);
        QCOMPARE(model.data(model.index(0, 3), Qt::TextAlignmentRole).toInt(),
                 static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.data(model.index(0, 0), Qt::TextAlignmentRole).isValid());
        QVERIFY(model.data(model.index(0, 0), Qt::DecorationRole).isNull());
    }

    void sortsOnlySortableColumns()
    {
        PagedListModel model(m_t.db());
        model.setQuery(peopleQuery());
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        const qint64 first = model.idAt(0);
        model.sort(5, Qt::DescendingOrder); // the Custom column has no sortBy
        QVERIFY(!model.isLoading());
        QCOMPARE(model.query().sortColumn, 0);
        QCOMPARE(model.query().descending, false);
        QCOMPARE(model.idAt(0), first);
        model.sort(3, Qt::DescendingOrder);
        QCOMPARE(model.query().sortColumn, 3);
        QVERIFY(model.query().descending);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(readAll(model), expectedIds(u"balance DESC, id DESC"_s));
    }

    void emptyResult()
    {
        PagedListModel model(m_t.db());
        QSignalSpy counted(&model, &PagedListModel::totalCountKnown);
        ListQuery q = peopleQuery();
        q.where = u"city = :city"_s;
        q.values = {{u"city"_s, u"拉萨"_s}};
        model.setQuery(q);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(counted.size(), 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void invalidQueryEmitsError()
    {
        PagedListModel model(m_t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy errors(&model, &PagedListModel::errorOccurred);
        ListQuery broken = peopleQuery();
        broken.from = u"no_such_table"_s;
        model.setQuery(broken);
        QVERIFY(!model.waitUntilLoaded(kWaitMs));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::Database);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        // The model stays usable: a good query loads; a sort that fails leaves it empty and consistent.
        ListQuery badSort = peopleQuery();
        badSort.columns[1].sortBy = u"no_such_column"_s;
        model.setQuery(badSort);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), kRows);
        model.sort(1, Qt::AscendingOrder);
        QVERIFY(!model.waitUntilLoaded(kWaitMs));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(model.waitUntilLoaded(kWaitMs));
        QCOMPARE(model.rowCount(), kRows);
    }
};

QTEST_GUILESS_MAIN(PagedListModelTest)
#include "PagedListModelTest.moc"
