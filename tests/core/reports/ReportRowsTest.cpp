// ReportRows: every value read back with the type it went in with, nulls kept null, texts across block
// boundaries and longer than a block, rows of different widths, copies that share until one changes and a
// changed copy that outlives the original.
#include "reports/ReportRows.h"

#include <QDate>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ReportRowsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesKeepTheirTypes()
    {
        ReportRows rows;
        QVERIFY(rows.isEmpty());
        const QVariantList row{
            u"KH001"_s,    u"北京星辰科技有限公司"_s, qint64(123456789012), 7,
            12.5,          QDate(2026, 1, 2),         QVariant(),           QVariant(QMetaType::fromType<QString>()),
            QString(u""_s)};
        rows.append(row);
        QCOMPARE(rows.size(), 1);
        const QVariantList back = rows.at(0);
        QCOMPARE(back.size(), row.size());
        for (qsizetype i = 0; i < row.size(); ++i) {
            QCOMPARE(back.at(i).metaType(), row.at(i).metaType());
            QCOMPARE(back.at(i).isNull(), row.at(i).isNull());
            QCOMPARE(back.at(i), row.at(i));
            QCOMPARE(rows.value(0, i), row.at(i));
        }
        QVERIFY(!rows.value(0, row.size()).isValid()); // past the row's end, as QVariantList::value
        QVERIFY(!rows.value(0, -1).isValid());
    }

    void manyRowsAcrossBlocks()
    {
        ReportRows rows;
        const QString longText(70000, u'长'); // longer than a text block
        for (int i = 0; i < 50000; ++i) {
            if (i == 20000)
                rows.append({u"long"_s, longText});
            else
                rows.append({u"KH%1"_s.arg(i), u"客户%1有限公司"_s.arg(i), qint64(i) * 100});
        }
        QCOMPARE(rows.size(), 50000);
        QCOMPARE(rows.value(20000, 1).toString(), longText);
        QCOMPARE(rows.at(20000).size(), 2);
        int n = 0;
        for (const QVariantList& row : rows) {
            if (n != 20000) {
                QCOMPARE(row.size(), 3);
                QCOMPARE(row.at(0).toString(), u"KH%1"_s.arg(n));
                QCOMPARE(row.at(1).toString(), u"客户%1有限公司"_s.arg(n));
                QCOMPARE(row.at(2).toLongLong(), qint64(n) * 100);
            }
            ++n;
        }
        QCOMPARE(n, 50000);
        rows.clear();
        QVERIFY(rows.isEmpty());
        rows.append({1});
        QCOMPARE(rows.value(0, 0), QVariant(1));
    }

    void copiesShareUntilChanged()
    {
        ReportRows a;
        a.append({u"甲"_s, 1});
        ReportRows b = a; // shared: a report passes from its worker to the page and the printer
        b.append({u"乙"_s, 2});
        a.append({u"丙"_s, 3});
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 2);
        QCOMPARE(a.value(1, 0).toString(), u"丙"_s);
        QCOMPARE(b.value(1, 0).toString(), u"乙"_s);
        QCOMPARE(b.value(0, 0).toString(), u"甲"_s);
        ReportRows c = std::move(b);
        QCOMPARE(c.value(1, 1), QVariant(2));
        c.clear();
        QVERIFY(c.isEmpty());
        QCOMPARE(a.size(), 2);
    }

    void copyOutlivesTheOriginal()
    {
        // A copy that changed has cells of its own over several chunks; its texts stay those the original
        // wrote, kept while the copy lives.
        ReportRows copy;
        {
            ReportRows original;
            for (int i = 0; i < 3000; ++i)
                original.append({u"客户%1"_s.arg(i), i});
            copy = original;
            copy.append({u"新客户"_s, -1});
            original.append({u"原客户"_s, -2});
            QCOMPARE(original.value(3000, 0).toString(), u"原客户"_s);
        }
        QCOMPARE(copy.size(), 3001);
        for (int i : {0, 1023, 1024, 2999})
            QCOMPARE(copy.value(i, 0).toString(), u"客户%1"_s.arg(i));
        QCOMPARE(copy.value(3000, 0).toString(), u"新客户"_s);
        QCOMPARE(copy.value(3000, 1), QVariant(-1));
    }
};

QTEST_GUILESS_MAIN(ReportRowsTest)
#include "ReportRowsTest.moc"
