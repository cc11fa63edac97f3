// Multi-row statements: every value arrives as given (quotes, backslashes, question marks, tabs, Chinese, NULL,
// dates and times), on SQLite through its API and on PostgreSQL through libpq or Qt's driver, in chunks of every
// size; a refused row is a typed error; rows read back (RETURNING) reach the handler.
#include "db/BulkStatement.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTest>

using namespace ketong;

namespace {
const QStringList kTexts = {
    QStringLiteral("plain"),     QStringLiteral("it's"),          QStringLiteral("back\\slash"),
    QStringLiteral("tab\there"), QStringLiteral("new\nline"),     QStringLiteral("问号？?"),
    QStringLiteral("$1 and ?"),  QStringLiteral("{brace,comma}"), QStringLiteral("\"double\""),
    QStringLiteral("NULL"),      QStringLiteral("'; DROP --"),    QStringLiteral("星辰科技有限公司")};

QString label(int i)
{
    return kTexts.at(i % kTexts.size()) + QStringLiteral(" #") + QString::number(i);
}

const QDateTime kBase(QDate(2026, 3, 1), QTime(8, 30, 15, 250), Qt::UTC);

bool createProbe(const Database& db)
{
    const QString sql = db.dialect().isPostgres()
                            ? QStringLiteral("CREATE TABLE bulk_probe (id BIGSERIAL PRIMARY KEY, label TEXT NOT NULL "
                                             "UNIQUE, n BIGINT, flag BOOLEAN NOT NULL, day DATE NOT NULL, at "
                                             "TIMESTAMPTZ NOT NULL, note TEXT NOT NULL)")
                            : QStringLiteral("CREATE TABLE bulk_probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL "
                                             "UNIQUE, n INTEGER, flag INTEGER NOT NULL, day TEXT NOT NULL, at TEXT "
                                             "NOT NULL, note TEXT NOT NULL)");
    return bool(SqlQuery::run(db.connection(), sql));
}

/// Inserts rows [from, to) of the probe; the group holds a literal with a question mark and a quote.
Status insertRows(const QSqlDatabase& c, int from, int to, qint64* affected = nullptr)
{
    BulkStatement insert(c, QStringLiteral("INSERT INTO bulk_probe (label, n, flag, day, at, note) VALUES "),
                         QStringLiteral("(?, ?, ?, ?, ?, 'why? it''s \"?\"')"), 5);
    for (int i = from; i < to; ++i) {
        const QVariant n = i % 7 == 0 ? nullOf(QMetaType::LongLong) : QVariant(qint64(i) * 1000003 - 5000000000LL);
        if (auto s =
                insert.add({label(i), n, i % 2 == 0, kBase.date().addDays(i % 400), kBase.addMSecs(qint64(i) * 1001)});
            !s)
            return s;
    }
    if (auto s = insert.finish(); !s)
        return s;
    if (affected)
        *affected = insert.rowsAffected();
    return {};
}
} // namespace

class BulkStatementTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyValueArrivesAsGiven()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(createProbe(*t));
        // 1,000 values a statement, 5 a row: 200-row chunks, then a shorter one.
        constexpr int kRows = 2345;
        Transaction tx(*t);
        QVERIFY(tx.begin());
        qint64 affected = 0;
        const Status s = insertRows(tx.connection(), 0, kRows, &affected);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        QVERIFY(tx.commit());
        QCOMPARE(affected, qint64(kRows));

        SqlQuery q(t->connection());
        q.prepare(QStringLiteral("SELECT label, n, flag, day, at, note FROM bulk_probe ORDER BY id"));
        QVERIFY(q.exec());
        int i = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), label(i));
            if (i % 7 == 0)
                QVERIFY(q.value(1).isNull());
            else
                QCOMPARE(q.value(1).toLongLong(), qint64(i) * 1000003 - 5000000000LL);
            QCOMPARE(q.value(2).toBool(), i % 2 == 0);
            QCOMPARE(q.value(3).toDate(), kBase.date().addDays(i % 400));
            QCOMPARE(q.value(4).toDateTime().toMSecsSinceEpoch(), kBase.addMSecs(qint64(i) * 1001).toMSecsSinceEpoch());
            QCOMPARE(q.value(5).toString(), QStringLiteral("why? it's \"?\""));
            ++i;
        }
        QCOMPARE(i, kRows);
    }

    void refusedRowIsTypedErrorAndNothingStays()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(createProbe(*t));
        QVERIFY(insertRows(t->connection(), 0, 10));
        {
            Transaction tx(*t);
            QVERIFY(tx.begin());
            const Status s = insertRows(tx.connection(), 5, 300); // rows 5 … 9 are there already
            QVERIFY(!s);
            QCOMPARE(s.error().code(), ErrorCode::Duplicate);
            QVERIFY2(s.error().detail().contains(QLatin1String("bulk_probe")), qPrintable(s.error().detail()));
        } // rolled back
        QCOMPARE(SqlQuery::scalar(t->connection(), QStringLiteral("SELECT count(*) FROM bulk_probe"))->toInt(), 10);
        // The connection goes on working after the refused statement.
        QVERIFY(insertRows(t->connection(), 10, 20));
        QCOMPARE(SqlQuery::scalar(t->connection(), QStringLiteral("SELECT count(*) FROM bulk_probe"))->toInt(), 20);
    }

    void returnedRowsReachTheHandler()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(createProbe(*t));
        Transaction tx(*t);
        QVERIFY(tx.begin());
        QVERIFY(insertRows(tx.connection(), 0, 450)); // no handler, then one with, in the same transaction
        BulkStatement insert(tx.connection(),
                             QStringLiteral("INSERT INTO bulk_probe (label, flag, day, at, note) VALUES "),
                             QStringLiteral("(?, ?, ?, ?, '')"), 4, QStringLiteral(" RETURNING label, id"));
        QHash<QString, qint64> ids;
        insert.setRowHandler([&ids](const BulkRow& r) { ids.insert(r.value(0).toString(), r.value(1).toLongLong()); });
        for (int i = 450; i < 900; ++i)
            QVERIFY(insert.add({label(i), true, kBase.date(), kBase}));
        QVERIFY(insert.finish());
        QVERIFY(tx.commit());
        QCOMPARE(ids.size(), 450);
        QCOMPARE(insert.rowsAffected(), qint64(450));
        const qint64 stored =
            SqlQuery::scalar(t->connection(), QStringLiteral("SELECT id FROM bulk_probe WHERE label = :l"),
                             {{QStringLiteral("l"), label(777)}})
                ->toLongLong();
        QCOMPARE(ids.value(label(777)), stored);
    }

    void returnedRowsKeepTheirTypes()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(createProbe(*t));
        QVERIFY(insertRows(t->connection(), 0, 300));
        // Integers, texts, booleans and NULLs (read by libpq on PostgreSQL); a date and a time (by Qt's driver).
        for (const bool withTimes : {false, true}) {
            BulkStatement lookup(t->connection(),
                                 withTimes
                                     ? QStringLiteral("SELECT label, n, flag, day, at FROM bulk_probe WHERE label IN (")
                                     : QStringLiteral("SELECT label, n, flag FROM bulk_probe WHERE label IN ("),
                                 QStringLiteral("?"), 1, QStringLiteral(")"));
            int seen = 0;
            lookup.setRowHandler([&](const BulkRow& r) {
                const int i = r.value(0).toString().section(QLatin1Char('#'), -1).toInt();
                QCOMPARE(r.value(0).toString(), label(i));
                QCOMPARE(r.value(1).isNull(), i % 7 == 0);
                if (i % 7 != 0)
                    QCOMPARE(r.value(1).toLongLong(), qint64(i) * 1000003 - 5000000000LL);
                QCOMPARE(r.value(2).toBool(), i % 2 == 0);
                if (withTimes) {
                    QCOMPARE(r.value(3).toDate(), kBase.date().addDays(i % 400));
                    QCOMPARE(r.value(4).toDateTime().toMSecsSinceEpoch(),
                             kBase.addMSecs(qint64(i) * 1001).toMSecsSinceEpoch());
                }
                ++seen;
            });
            for (int i = 0; i < 300; i += 3)
                QVERIFY(lookup.add({label(i)}));
            QVERIFY(lookup.finish());
            QCOMPARE(seen, 100);
        }
    }
};

QTEST_GUILESS_MAIN(BulkStatementTest)
#include "BulkStatementTest.moc"
