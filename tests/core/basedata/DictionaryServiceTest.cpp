// 数据字典管理: create/edit/delete, fixed items, items in use (the refusal counts the records), renaming,
// duplicates, validation, rights, the list filters.
#include "basedata/DictionaryService.h"
#include "RunListQuery.h"
#include "TestDatabase.h"
#include "basedata/Dictionary.h"
#include "setup/ReferenceData.h"

#include <QTest>

#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;

class DictionaryServiceTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    DictionaryService admin(const test::TestDatabase& t) { return {*t, m_clock, t.sessionFor(u"admin"_s)}; }

    static DictItem itemOf(const test::TestDatabase& t, const QString& type, const QString& text)
    {
        auto found = Dictionary::resolve(*t, type, text);
        return found && *found ? **found : DictItem();
    }

    static qint64 count(const test::TestDatabase& t, const QString& sql)
    {
        auto n = SqlQuery::scalar(t->connection(), sql);
        return n ? n->toLongLong() : -1;
    }

    /// One database for the refusals: none of them writes anything.
    std::unique_ptr<test::TestDatabase> m_shared;

private Q_SLOTS:
    void initTestCase()
    {
        m_shared = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_shared->createInitialized(true, &m_clock), qPrintable(m_shared->lastError()));
    }

    void cleanupTestCase() { m_shared.reset(); }

    void createEditDelete()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        DictionaryService s = admin(t);
        auto id = s.create({0, u" 产品类型 "_s, u"家电"_s, u"JD"_s, true});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        auto loaded = s.load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->type, u"产品类型"_s); // trimmed
        QCOMPARE(loaded->version, 1);

        DictItem edited = *loaded;
        edited.item = u"家用电器"_s;
        edited.value = u"HA"_s;
        QVERIFY(s.update(edited));
        QCOMPARE(s.load(*id)->item, u"家用电器"_s);
        // The old version is stale now.
        auto stale = s.update(edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);

        QVERIFY(s.remove(*id, 2));
        QCOMPARE(s.load(*id).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'dict_items'"_s), 3);
    }

    void fixedItemsCannotChange()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        DictItem level = itemOf(t, DictType::CustomerLevel, u"大客户"_s);
        QVERIFY(level.id > 0);
        QVERIFY(!level.editable);
        DictionaryService s = admin(t);
        DictItem renamed = level;
        renamed.item = u"超大客户"_s;
        auto edit = s.update(renamed);
        QCOMPARE(edit.error().code(), ErrorCode::StateRefused);
        auto del = s.remove(level.id, level.version);
        QCOMPARE(del.error().code(), ErrorCode::StateRefused);
        QCOMPARE(itemOf(t, DictType::CustomerLevel, u"3"_s).item, u"大客户"_s);
    }

    void itemsInUse()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        DictionaryService s = admin(t);
        const DictItem region = itemOf(t, DictType::Region, u"东北"_s);
        QVERIFY(region.id > 0);
        const qint64 users = count(t, u"SELECT count(*) FROM customers WHERE region = '%1'"_s.arg(region.value));
        QVERIFY(users > 0);
        QCOMPARE(*s.usageCount(DictType::Region, region.value), users);

        auto del = s.remove(region.id, region.version);
        QVERIFY(!del);
        QCOMPARE(del.error().code(), ErrorCode::StateRefused);
        QVERIFY2(del.error().message().contains(QString::number(users)), qPrintable(del.error().message()));

        DictItem otherValue = region;
        otherValue.value = u"NE"_s;
        QCOMPARE(s.update(otherValue).error().field(), u"value"_s);

        // Renaming is fine: the customers keep the stable value and now show the new text.
        DictItem renamed = region;
        renamed.item = u"东北三省"_s;
        QVERIFY(s.update(renamed));
        QCOMPARE(*Dictionary::label(*t, DictType::Region, region.value), u"东北三省"_s);
        QCOMPARE(count(t, u"SELECT count(*) FROM customers WHERE region = '%1'"_s.arg(region.value)), users);

        // Service types are counted in service tickets.
        const DictItem consult = itemOf(t, DictType::ServiceType, u"咨询"_s);
        const qint64 tickets = count(t, u"SELECT count(*) FROM service_tickets WHERE type = '%1'"_s.arg(consult.value));
        QCOMPARE(*s.usageCount(DictType::ServiceType, consult.value), tickets);

        // An unused item can go.
        auto id = s.create({0, DictType::Region, u"海外"_s, u"海外"_s, true});
        QVERIFY(id);
        QVERIFY(s.remove(*id, 1));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("type required") << u" "_s << u"a"_s << u"a"_s << int(ErrorCode::Required) << u"type"_s;
        QTest::newRow("item required") << u"地区"_s << QString() << u"a"_s << int(ErrorCode::Required) << u"item"_s;
        QTest::newRow("value required") << u"地区"_s << u"a"_s << QString() << int(ErrorCode::Required) << u"value"_s;
        QTest::newRow("item too long") << u"地区"_s << QString(51, u'长') << u"a"_s << int(ErrorCode::Invalid)
                                       << u"item"_s;
        QTest::newRow("type too long") << QString(51, u't') << u"a"_s << u"a"_s << int(ErrorCode::Invalid) << u"type"_s;
        QTest::newRow("duplicate item") << u"地区"_s << u"北京"_s << u"new"_s << int(ErrorCode::Duplicate) << u"item"_s;
        QTest::newRow("duplicate value") << u"服务类型"_s << u"新的"_s << u"咨询"_s << int(ErrorCode::Duplicate)
                                         << u"value"_s;
    }

    void refusals()
    {
        QFETCH(QString, type);
        QFETCH(QString, item);
        QFETCH(QString, value);
        QFETCH(int, code);
        QFETCH(QString, field);
        const test::TestDatabase& t = *m_shared;
        auto id = admin(t).create({0, type, item, value, true});
        QVERIFY(!id);
        QCOMPARE(int(id.error().code()), code);
        QCOMPARE(id.error().field(), field);
    }

    void onlyTheAdministrator()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        for (const QString& login : {u"director"_s, u"manager1"_s, u"executive"_s}) {
            DictionaryService s(*t, m_clock, t.sessionFor(login));
            QCOMPARE(s.create({0, u"地区"_s, u"x"_s, u"x"_s, true}).error().code(), ErrorCode::Forbidden);
            QCOMPARE(s.list().error().code(), ErrorCode::Forbidden);
        }
    }

    void listFilters()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true, &m_clock), qPrintable(t.lastError()));
        DictionaryService s = admin(t);
        auto all = s.list();
        QVERIFY(all);
        QVERIFY(test::runListQuery(*t, *all, {u"type"_s}).size() >= 20);
        auto regions = s.list({DictType::Region, {}, {}});
        const auto rows = test::runListQuery(*t, *regions, {u"type"_s, u"item"_s, u"editable"_s});
        QCOMPARE(rows.size(), 5);
        for (const QStringList& row : rows)
            QCOMPARE(row.at(0), DictType::Region);
        auto item = s.list({{}, u"客户"_s, {}}); // contains
        for (const QStringList& row : test::runListQuery(*t, *item, {u"item"_s}))
            QVERIFY(row.at(0).contains(u"客户"_s));
        auto value = s.list({DictType::ServiceType, {}, u"投"_s});
        QCOMPARE(test::runListQuery(*t, *value, {u"value"_s}), QList<QStringList>{{u"投诉"_s}});
    }
};

QTEST_GUILESS_MAIN(DictionaryServiceTest)
#include "DictionaryServiceTest.moc"
