// Searching customers by part of the name through the search index of migration 0004 (SQLite: FTS5
// trigram for 3+ characters, the base table below that; PostgreSQL: pg_trgm): the same answers as a
// plain case-insensitive "contains" for Chinese, Latin and special characters, in the list and in the
// pick-list, and the index follows renames and new customers.
#include "customers/CustomerSearch.h"
#include "CustomerFixture.h"
#include "customers/CustomerService.h"
#include "customers/CustomerStore.h"
#include "db/SqlQuery.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class CustomerSearchTest : public QObject
{
    Q_OBJECT
    SystemClock m_clock;
    test::TestDatabase m_db;
    QHash<qint64, QString> m_names;

    QStringList search(const QString& text) const
    {
        CustomerFilter f;
        f.name = text;
        QStringList got;
        for (qint64 id : test::idsOf(m_db, *CustomerService(*m_db, m_clock, m_db.sessionFor(u"m1"_s)).listQuery(f)))
            got << m_names.value(id, u"?"_s);
        got.sort();
        return got;
    }
    QStringList pick(const QString& text) const
    {
        const auto choices = CustomerService(*m_db, m_clock, m_db.sessionFor(u"m1"_s)).pickList(text);
        QStringList got;
        if (!choices)
            return {u"error: "_s + choices.error().message()};
        for (const auto& choice : *choices)
            got << choice.name;
        got.sort();
        return got;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized() && test::addAccounts(m_db), qPrintable(m_db.lastError()));
        CustomerService boss(*m_db, m_clock, m_db.sessionFor(u"boss"_s));
        for (const QString& name : {u"北京星辰科技有限公司"_s, u"上海星辰贸易有限公司"_s, u"深圳华强电子"_s,
                                    u"Acme Trading 北京"_s, u"100%纯净水厂"_s, u"引号\"公司\"测试"_s}) {
            auto created = boss.create(test::sampleCustomer(m_db, name));
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
            m_names.insert(created->id, name);
        }
    }

    void contains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one Chinese character")
            << u"星"_s << QStringList{u"上海星辰贸易有限公司"_s, u"北京星辰科技有限公司"_s};
        QTest::newRow("two characters") << u"华强"_s << QStringList{u"深圳华强电子"_s};
        QTest::newRow("three characters (index)") << u"星辰科"_s << QStringList{u"北京星辰科技有限公司"_s};
        QTest::newRow("four, in two names")
            << u"有限公司"_s << QStringList{u"上海星辰贸易有限公司"_s, u"北京星辰科技有限公司"_s};
        QTest::newRow("Latin, other case") << u"acme trad"_s << QStringList{u"Acme Trading 北京"_s};
        QTest::newRow("across Latin and Chinese") << u"ng 北京"_s << QStringList{u"Acme Trading 北京"_s};
        QTest::newRow("percent is literal") << u"0%纯"_s << QStringList{u"100%纯净水厂"_s};
        QTest::newRow("quotes are literal") << u"\"公司\""_s << QStringList{u"引号\"公司\"测试"_s};
        QTest::newRow("FTS syntax is literal") << u"星辰 OR 华强"_s << QStringList{};
        QTest::newRow("no match") << u"不存在的名字"_s << QStringList{};
    }
    void contains()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(search(text), expected);
        QCOMPARE(pick(text), expected);
    }

    void manyHitsScanTheBaseTable_data() { contains_data(); }
    void manyHitsScanTheBaseTable()
    {
        // With the threshold at 0 every search of 3+ characters takes the base-table path: same answers.
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVariantMap values;
        const QString clause = CustomerSearch::nameContains(*m_db, u"c"_s, text, u"t"_s, values, 0);
        QVERIFY(!clause.contains(u"search_customers"_s));
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT c.name FROM customers c WHERE c.status = 1 AND "_s + clause);
        q.bind(u":t"_s, values.value(u"t"_s));
        QVERIFY(q.exec());
        QStringList got;
        while (q.next())
            got << q.value(0).toString();
        got.sort();
        QCOMPARE(got, expected);
    }

    void indexFollowsRenames()
    {
        CustomerService boss(*m_db, m_clock, m_db.sessionFor(u"boss"_s));
        const qint64 id = m_names.key(u"深圳华强电子"_s);
        auto customer = boss.load(id);
        QVERIFY(customer);
        customer->name = u"深圳远航电子"_s;
        QVERIFY(boss.update(*customer));
        m_names[id] = customer->name;
        QCOMPARE(search(u"华强电"_s), QStringList{});
        QCOMPARE(search(u"远航电"_s), QStringList{u"深圳远航电子"_s});
        auto created = boss.create(test::sampleCustomer(m_db, u"广州远航物流"_s));
        QVERIFY(created);
        m_names.insert(created->id, created->name);
        QCOMPARE(search(u"远航"_s), (QStringList{u"广州远航物流"_s, u"深圳远航电子"_s}));
        QCOMPARE(search(u"远航物"_s), QStringList{u"广州远航物流"_s});
    }

    void ftsPhraseQuotes() { QCOMPARE(CustomerSearch::ftsPhrase(u"a\"b"_s), u"\"a\"\"b\""_s); }
};

QTEST_GUILESS_MAIN(CustomerSearchTest)
#include "CustomerSearchTest.moc"
