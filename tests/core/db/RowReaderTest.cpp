// Reading rows: the values and their types are the ones Qt's driver gives for the same statement (on PostgreSQL the
// reader goes through libpq), named placeholders are bound wherever they stand, an unread rest or a refused column
// leaves the connection working, and an error in the middle of the rows is reported.
#include "db/RowReader.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTest>

using namespace ketong;

namespace {
const QStringList kTexts = {QStringLiteral("plain"),         QStringLiteral("it's"),
                            QStringLiteral("back\\slash"),   QStringLiteral("tab\there"),
                            QStringLiteral("$1 and ?"),      QStringLiteral("星辰科技有限公司"),
                            QStringLiteral(":name in text"), QStringLiteral("")};

bool createProbe(const Database& db)
{
    const QString sql = db.dialect().isPostgres()
                            ? QStringLiteral("CREATE TABLE read_probe (id BIGINT PRIMARY KEY, small INTEGER, label "
                                             "VARCHAR(40) NOT NULL, note TEXT, flag BOOLEAN NOT NULL, day DATE)")
                            : QStringLiteral("CREATE TABLE read_probe (id INTEGER PRIMARY KEY, small INTEGER, label "
                                             "TEXT NOT NULL, note TEXT, flag INTEGER NOT NULL, day TEXT)");
    if (!SqlQuery::run(db.connection(), sql))
        return false;
    for (int i = 1; i <= 3000; ++i) {
        const auto s = SqlQuery::run(
            db.connection(),
            QStringLiteral("INSERT INTO read_probe (id, small, label, note, flag, day) VALUES (:id, :small, :label, "
                           ":note, :flag, :day)"),
            {{QStringLiteral("id"), qint64(i) * 3000000000LL},
             {QStringLiteral("small"), i % 5 == 0 ? nullOf(QMetaType::Int) : QVariant(i - 1500)},
             {QStringLiteral("label"), kTexts.at(i % kTexts.size()) + QString::number(i)},
             {QStringLiteral("note"), i % 4 == 0 ? nullOf(QMetaType::QString) : QVariant(kTexts.at(i % kTexts.size()))},
             {QStringLiteral("flag"), i % 2 == 0},
             {QStringLiteral("day"), QDate(2026, 1, 1).addDays(i % 300)}});
        if (!s)
            return false;
    }
    return true;
}

QString describe(const QVariant& v)
{
    return QString::fromLatin1(v.metaType().name()) + QLatin1Char(':') +
           (v.isNull() ? QStringLiteral("NULL") : v.toString());
}
} // namespace

class RowReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.create(), qPrintable(m_db.lastError()));
        QVERIFY(createProbe(*m_db));
    }

    void valuesAndTypesAreQtDrivers()
    {
        // :from twice (one parameter), a literal holding a colon name and a question mark, a flag compared with a
        // bound boolean on PostgreSQL.
        const bool pg = m_db->dialect().isPostgres();
        const QString sql = QStringLiteral("SELECT id, small, label, note, flag, ':x?' FROM read_probe WHERE id >= "
                                           ":from AND id - :from < :span %1 ORDER BY id")
                                .arg(pg ? QStringLiteral("AND (flag OR NOT :flag)") : QString());
        QVariantMap values{{QStringLiteral("from"), qint64(300) * 3000000000LL},
                           {QStringLiteral(":span"), qint64(2000) * 3000000000LL}};
        if (pg)
            values.insert(QStringLiteral("flag"), false);
        SqlQuery qt(m_db->connection());
        const Status ran = qt.prepare(sql).bindAll(values).exec();
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().fullText()));
        QList<QVariantList> expected;
        while (qt.next()) {
            QVariantList row;
            for (int c = 0; c < 6; ++c)
                row << qt.value(c);
            expected << row;
        }
        QCOMPARE(expected.size(), 2000);
        RowReader reader(m_db->connection());
        QVERIFY(reader.exec(sql, values));
        int n = 0;
        while (reader.next()) {
            for (int c = 0; c < 6; ++c) {
                const QVariant got = reader.value(c), want = expected.at(n).at(c);
                QCOMPARE(describe(got), describe(want));
                QCOMPARE(got.metaType(), want.metaType());
            }
            ++n;
        }
        QVERIFY(reader.status());
        QCOMPARE(n, 2000);
    }

    void noRows()
    {
        RowReader reader(m_db->connection());
        QVERIFY(reader.exec(QStringLiteral("SELECT id, label FROM read_probe WHERE id < :none"),
                            {{QStringLiteral("none"), 0}}));
        QVERIFY(!reader.next());
        QVERIFY(reader.status());
    }

    void unreadRestLeavesTheConnectionWorking()
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        QVERIFY(SqlQuery::run(tx.connection(), QStringLiteral("UPDATE read_probe SET label = 'in the transaction' "
                                                              "WHERE id = 3000000000")));
        {
            RowReader reader(tx.connection());
            QVERIFY(reader.exec(QStringLiteral("SELECT label FROM read_probe ORDER BY id")));
            QVERIFY(reader.next());
            QCOMPARE(reader.value(0).toString(), QStringLiteral("in the transaction")); // same session
            QVERIFY(reader.next());
        } // 2,998 rows left unread
        QCOMPARE(SqlQuery::scalar(tx.connection(), QStringLiteral("SELECT count(*) FROM read_probe"))->toInt(), 3000);
        tx.rollback();
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT label FROM read_probe WHERE id = "
                                                                     "3000000000"))
                     ->toString(),
                 kTexts.at(1) + QStringLiteral("1"));
    }

    void otherTypesAreRefusedOnPostgres()
    {
        RowReader reader(m_db->connection());
        const Status s = reader.exec(QStringLiteral("SELECT id, day FROM read_probe ORDER BY id"));
        if (!m_db->dialect().isPostgres()) {
            QVERIFY(s); // SQLite's dates are texts
            QVERIFY(reader.next());
            return;
        }
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Internal);
        QVERIFY2(s.error().message().contains(QLatin1String("day")), qPrintable(s.error().message()));
        QVERIFY(!reader.next());
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM read_probe"))->toInt(),
                 3000);
    }

    void errorAmidTheRowsIsReported()
    {
        if (!m_db->dialect().isPostgres())
            QSKIP("SQLite divides by zero without an error");
        RowReader reader(m_db->connection());
        QVERIFY(reader.exec(QStringLiteral("SELECT 1000 / (2000 - n) FROM generate_series(1, 3000) n")));
        int rows = 0;
        while (reader.next())
            ++rows;
        QVERIFY(rows < 2000);
        const Status s = reader.status();
        QVERIFY(!s);
        QVERIFY2(s.error().detail().contains(QLatin1String("division by zero")), qPrintable(s.error().detail()));
        QCOMPARE(SqlQuery::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM read_probe"))->toInt(),
                 3000);
    }

    void statementOfQtStillReadingIsFinishedFirst()
    {
        SqlQuery open(m_db->connection());
        QVERIFY(open.prepare(QStringLiteral("SELECT id FROM read_probe ORDER BY id")).exec());
        QVERIFY(open.next()); // Qt's driver is in the middle of its rows
        RowReader reader(m_db->connection());
        QVERIFY(reader.exec(QStringLiteral("SELECT count(*) FROM read_probe WHERE flag = :flag"),
                            {{QStringLiteral("flag"), true}}));
        QVERIFY(reader.next());
        QCOMPARE(reader.value(0).toLongLong(), qint64(1500));
        QVERIFY(!reader.next());
        QVERIFY(reader.status());
    }

private:
    test::TestDatabase m_db;
};

QTEST_GUILESS_MAIN(RowReaderTest)
#include "RowReaderTest.moc"
