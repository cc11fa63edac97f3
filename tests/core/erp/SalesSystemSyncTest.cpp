// The sales-system feed from a directory of CSV files: every rule of EXCHANGE.md with its
// file:line:column, GB18030, references within the feed, line replacement, idempotence, all or nothing.
#include "erp/SalesSystemSync.h"
#include "FeedTestSupport.h"
#include "TestDatabase.h"
#include "erp/FeedScheduler.h"
#include "erp/FeedSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;
using File = FeedFormat::File;

class SalesSystemSyncTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    bool prepare(test::TestDatabase& t) { return t.createInitialized(true, &m_clock) && test::addFeedCustomers(*t); }

    FeedReport sync(const test::TestDatabase& t, const QString& source, bool dryRun = false)
    {
        SalesSystemSync::Options o;
        o.source = source;
        o.dryRun = dryRun;
        auto r = SalesSystemSync(*t, m_clock, Session::system()).run(o);
        if (!r)
            qWarning() << r.error().fullText();
        return r ? *r : FeedReport();
    }

    static QString counts(const FeedReport& r, File f) { return FeedReport::countsText(r.counts.at(std::size_t(f))); }

    /// Writes `files` (name → UTF-8 content) into a new directory.
    static bool writeFeed(QTemporaryDir& dir, const QMap<QString, QString>& files)
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile f(dir.filePath(it.key()));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(it.value().toUtf8());
        }
        return true;
    }

    /// One database for the failure cases: none of them may write anything, so they can share it.
    std::unique_ptr<test::TestDatabase> m_shared;

private Q_SLOTS:
    void initTestCase()
    {
        m_shared = std::make_unique<test::TestDatabase>();
        QVERIFY2(prepare(*m_shared), qPrintable(m_shared->lastError()));
    }

    void cleanupTestCase() { m_shared.reset(); }

    void appliesADirectoryFeed()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 ordersBefore = test::countOf(*t, u"orders"_s);
        const FeedReport r = sync(t, test::feedDir(u"basic"_s));
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(counts(r, File::Products), u"created 3, updated 0, unchanged 0"_s);
        QCOMPARE(counts(r, File::Stock), u"created 3, updated 0, unchanged 0"_s);
        QCOMPARE(counts(r, File::Orders), u"created 4, updated 0, unchanged 0"_s);
        QCOMPARE(counts(r, File::OrderLines), u"created 6, updated 0, unchanged 0"_s);
        QCOMPARE(test::countOf(*t, u"orders"_s), ordersBefore + 4);

        // Quoted comma and newline, thousands separator, full-width digits, Chinese and English headers.
        QCOMPARE(test::scalarText(*t, u"SELECT name FROM products WHERE product_no = 'FP-003'"_s), u"得力打印纸, A4"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT memo FROM products WHERE product_no = 'FP-003'"_s), u"多行\n备注"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT price FROM products WHERE product_no = 'FP-002'"_s), u"750000"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT price FROM products WHERE product_no = 'FP-003'"_s), u"15050"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT quantity FROM stock WHERE location = 'B-1'"_s), u"42"_s);
        // Customer by code and by exact name; status words; timestamps give the date.
        QCOMPARE(test::scalarText(*t, u"SELECT c.code FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
                                      "o.order_no = 'FO-1002'"_s),
                 u"KT-C003"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT status FROM orders WHERE order_no = 'FO-1001'"_s), u"5"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT status FROM orders WHERE order_no = 'FO-1003'"_s), u"6"_s);
        QVERIFY(test::scalarText(*t, u"SELECT order_date FROM orders WHERE order_no = 'FO-1004'"_s)
                    .startsWith(u"2025-06-15"_s));
        // Totals computed from the lines: 2 × 10800 + 10 × 150.50; a line refers to the stored P-0001.
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'FO-1001'"_s), u"2310500"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'FO-1003'"_s), u"3250000"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT count(*) FROM feed_runs WHERE result = 'ok' AND dry_run = 0"_s), u"1"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT count(*) FROM audit_log WHERE action = 'sync'"_s), u"1"_s);
    }

    void secondRunChangesNothing()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QVERIFY(sync(t, test::feedDir(u"basic"_s)).ok);
        const QString before = test::dumpMirror(*t);
        const FeedReport r = sync(t, test::feedDir(u"basic"_s));
        QVERIFY(r.ok);
        QCOMPARE(FeedReport::countsText(r.total()), u"created 0, updated 0, unchanged 16"_s);
        QCOMPARE(test::dumpMirror(*t), before);
    }

    void changedFeedReplacesLinesAndUpdates()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QVERIFY(sync(t, test::feedDir(u"basic"_s)).ok);
        const FeedReport r = sync(t, test::feedDir(u"changed"_s));
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(counts(r, File::Products), u"created 0, updated 1, unchanged 2"_s);
        QCOMPARE(counts(r, File::Orders), u"created 1, updated 0, unchanged 4"_s);
        QCOMPARE(counts(r, File::OrderLines), u"created 1, updated 1, unchanged 0"_s);
        QVERIFY(!r.present.at(std::size_t(File::Stock)));
        // FO-1001 had two lines; the feed's one line replaces them, and the total follows.
        QCOMPARE(test::scalarText(*t, u"SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE "
                                      "o.order_no = 'FO-1001'"_s),
                 u"1"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'FO-1001'"_s), u"1080000"_s);
        // Orders whose lines are not in the feed keep theirs.
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'FO-1003'"_s), u"3250000"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'FO-1005'"_s), u"1460000"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT price FROM products WHERE product_no = 'FP-002'"_s), u"730000"_s);
    }

    void readsGb18030()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const FeedReport r = sync(t, test::feedDir(u"gb18030"_s));
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(test::scalarText(*t, u"SELECT name FROM products WHERE product_no = 'GB-002'"_s),
                 u"美的冰箱「节能」"_s);
        QCOMPARE(test::scalarText(*t, u"SELECT price FROM products WHERE product_no = 'GB-002'"_s), u"430000"_s);
    }

    void referencesWithinTheSameFeed()
    {
        // An order of a product that only this feed defines, and lines of an order only this feed has.
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QTemporaryDir dir;
        QVERIFY(writeFeed(
            dir, {{u"products.csv"_s, u"product_no,name,model,price\nNEW-1,新产品,N1,10\n"_s},
                  {u"orders.csv"_s, u"order_no,customer_code,order_date,status\nNEW-O,KT-C002,2025-01-01,5\n"_s},
                  {u"order_lines.csv"_s, u"order_no,product_no,quantity,price\nNEW-O,NEW-1,3,10\n"_s}}));
        const FeedReport r = sync(t, dir.path());
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(test::scalarText(*t, u"SELECT total FROM orders WHERE order_no = 'NEW-O'"_s), u"3000"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");
        const QString p = u"product_no,name,model,price\n"_s;
        const QString s = u"product_no,warehouse,location,quantity\n"_s;
        const QString o = u"order_no,customer_code,customer_name,order_date,status\n"_s;
        const QString l = u"order_no,product_no,quantity,price\n"_s;
        QTest::newRow("missing column") << u"products.csv"_s << u"product_no,name,model\nX,a,b\n"_s
                                        << u"products.csv:1:4: The required column price"_s;
        QTest::newRow("unknown column") << u"products.csv"_s << p.trimmed() + u",colour\nX,a,b,1,red\n"_s
                                        << u"products.csv:1:5: Unknown column \"colour\""_s;
        QTest::newRow("column twice") << u"products.csv"_s << u"product_no,名称,model,price,NAME\nX,a,b,1,c\n"_s
                                      << u"products.csv:1:5: The column name (名称) is given twice"_s;
        QTest::newRow("name required") << u"products.csv"_s << p + u"X,,b,1\n"_s
                                       << u"products.csv:2:2: name is required"_s;
        QTest::newRow("name too long") << u"products.csv"_s << p + u"X,"_s + QString(201, u'长') + u",b,1\n"_s
                                       << u"products.csv:2:2: name may have at most 200 characters"_s;
        QTest::newRow("price decimals") << u"products.csv"_s << p + u"X,a,b,12.345\n"_s << u"products.csv:2:4: "_s;
        QTest::newRow("price negative") << u"products.csv"_s << p + u"X,a,b,-1\n"_s << u"products.csv:2:4: "_s;
        QTest::newRow("product twice") << u"products.csv"_s << p + u"X,a,b,1\nX,a,b,2\n"_s
                                       << u"products.csv:3:1: product X is given twice (first on line 2)"_s;
        QTest::newRow("open quote") << u"products.csv"_s << p + u"X,\"a,b,1\n"_s << u"products.csv:2:2: "_s;
        QTest::newRow("extra field") << u"products.csv"_s << p + u"X,a,b,1,9\n"_s << u"products.csv:2:5: "_s;
        QTest::newRow("empty file") << u"products.csv"_s << QString() << u"products.csv:1:1: "_s;
        QTest::newRow("stock quantity") << u"stock.csv"_s << s + u"P-0001,W,L,-3\n"_s
                                        << u"stock.csv:2:4: quantity must be a whole number of 0 or more"_s;
        QTest::newRow("stock not a number") << u"stock.csv"_s << s + u"P-0001,W,L,many\n"_s << u"stock.csv:2:4: "_s;
        QTest::newRow("stock product") << u"stock.csv"_s << s + u"NOPE,W,L,3\n"_s
                                       << u"stock.csv:2:1: no product NOPE in the store or in this feed"_s;
        QTest::newRow("stock twice") << u"stock.csv"_s << s + u"P-0001,W,L,3\nP-0001,W,L,4\n"_s << u"stock.csv:3:3: "_s;
        QTest::newRow("no customer") << u"orders.csv"_s << o + u"O1,,,2025-01-01,5\n"_s
                                     << u"orders.csv:2:2: customer_code or customer_name is required"_s;
        QTest::newRow("unknown code") << u"orders.csv"_s << o + u"O1,KT-NONE,,2025-01-01,5\n"_s
                                      << u"orders.csv:2:2: no customer has the code \"KT-NONE\""_s;
        QTest::newRow("unknown name") << u"orders.csv"_s << o + u"O1,,无此公司,2025-01-01,5\n"_s
                                      << u"orders.csv:2:3: no customer is named \"无此公司\""_s;
        QTest::newRow("bad date") << u"orders.csv"_s << o + u"O1,KT-C001,,2025-02-30,5\n"_s
                                  << u"orders.csv:2:4: order_date \"2025-02-30\" is not a date"_s;
        QTest::newRow("bad status") << u"orders.csv"_s << o + u"O1,KT-C001,,2025-02-03,7\n"_s
                                    << u"orders.csv:2:5: status \"7\" is not 1–6"_s;
        QTest::newRow("no customer column") << u"orders.csv"_s << u"order_no,order_date,status\nO1,2025-01-01,5\n"_s
                                            << u"orders.csv:1: the file needs a customer_code"_s;
        QTest::newRow("order twice") << u"orders.csv"_s << o + u"O1,KT-C001,,2025-01-01,5\nO1,KT-C001,,2025-01-01,5\n"_s
                                     << u"orders.csv:3:1: order O1 is given twice"_s;
        QTest::newRow("line quantity") << u"order_lines.csv"_s << l + u"DD-NONE,P-0001,0,1\n"_s
                                       << u"order_lines.csv:2:3: quantity must be a whole number greater than 0"_s;
        QTest::newRow("line order") << u"order_lines.csv"_s << l + u"DD-NONE,P-0001,1,1\n"_s
                                    << u"order_lines.csv:2:1: no order DD-NONE in the store or in this feed"_s;
        QTest::newRow("line product") << u"order_lines.csv"_s << l + u"DD-NONE,NOPE,1,1\n"_s
                                      << u"order_lines.csv:2:2: no product NOPE in the store or in this feed"_s;
        QTest::newRow("line price") << u"order_lines.csv"_s << l + u"DD-NONE,P-0001,1,abc\n"_s
                                    << u"order_lines.csv:2:4: "_s;
    }

    void errors()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        QFETCH(QString, expected);
        const test::TestDatabase& t = *m_shared;
        QTemporaryDir dir;
        // A valid products.csv beside the bad file proves that nothing at all is written.
        QMap<QString, QString> files{{u"products.csv"_s, u"product_no,name,model,price\nOK-1,好产品,M,1\n"_s}};
        files.insert(file, content);
        QVERIFY(writeFeed(dir, files));
        const QString before = test::dumpMirror(*t);
        const FeedReport r = sync(t, dir.path());
        QVERIFY(!r.ok);
        bool found = false;
        for (const QString& e : r.errors)
            found = found || e.startsWith(expected);
        QVERIFY2(found, qPrintable(u"expected \"%1…\" in:\n%2"_s.arg(expected, r.errors.join(u'\n'))));
        QCOMPARE(test::dumpMirror(*t), before);
        QCOMPARE(test::scalarText(*t, u"SELECT result FROM feed_runs ORDER BY id DESC LIMIT 1"_s), u"failed"_s);
        QVERIFY(test::scalarText(*t, u"SELECT errors FROM feed_runs ORDER BY id DESC LIMIT 1"_s).contains(expected));
    }

    void ambiguousCustomerName()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QVERIFY(SqlQuery::run(t->connection(), u"INSERT INTO customers (code, name, region, manager_id) SELECT "
                                               "'KT-C009', '客通测试甲有限公司', '北京', manager_id FROM customers "
                                               "WHERE code = 'KT-C001'"_s)
                    .ok());
        QTemporaryDir dir;
        QVERIFY(writeFeed(
            dir, {{u"orders.csv"_s, u"订单编号,客户名称,下单日期,状态\nO1,客通测试甲有限公司,2025-01-01,已回款\n"_s}}));
        const FeedReport r = sync(t, dir.path());
        QVERIFY(!r.ok);
        QCOMPARE(r.errors.value(0), u"orders.csv:2:2: 2 customers are named \"客通测试甲有限公司\": give "
                                    "customer_code instead"_s);
    }

    void reportsEveryError()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QTemporaryDir dir;
        QVERIFY(writeFeed(dir, {{u"products.csv"_s, u"product_no,name,model,price\nA,,m,1\nB,b,m,x\nC,c,m,1\n"_s}}));
        const FeedReport r = sync(t, dir.path());
        QCOMPARE(r.errorCount, 2);
        QVERIFY(r.errors.at(0).startsWith(u"products.csv:2:2: "_s));
        QVERIFY(r.errors.at(1).startsWith(u"products.csv:3:4: "_s));
    }

    void dryRunWritesNothing()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const QString before = test::dumpMirror(*t);
        const FeedReport r = sync(t, test::feedDir(u"basic"_s), true);
        QVERIFY(r.ok);
        QCOMPARE(FeedReport::countsText(r.total()), u"created 16, updated 0, unchanged 0"_s);
        QCOMPARE(test::dumpMirror(*t), before);
        QCOMPARE(test::scalarText(*t, u"SELECT dry_run FROM feed_runs"_s), u"1"_s);
    }

    void onlyTheAdministratorSyncs()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        SalesSystemSync::Options o;
        o.source = test::feedDir(u"basic"_s);
        auto refused = SalesSystemSync(*t, m_clock, t.sessionFor(u"manager1"_s)).run(o);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Forbidden);
        // On one PC the administrator runs it; on PostgreSQL the feed reads and writes customer data, which the
        // administrator's login may not (SPEC §9 item 13): there the owner runs it on the server (ketongctl sync,
        // the system actor), and the administrator is told so.
        const bool office = test::backend() == Backend::PostgreSql;
        if (office) {
            auto told = SalesSystemSync(*t, m_clock, t.sessionFor(u"admin"_s)).run(o);
            QCOMPARE(told.error().code(), ErrorCode::Forbidden);
            QVERIFY(told.error().message().contains(u"ketongctl sync"_s));
        }
        auto allowed = SalesSystemSync(*t, m_clock, office ? Session::system() : t.sessionFor(u"admin"_s)).run(o);
        QVERIFY(allowed && allowed->ok);
        auto history = SalesSystemSync(*t, m_clock, t.sessionFor(u"admin"_s)).runs();
        QVERIFY(history);
        auto stored = SalesSystemSync(*t, m_clock, t.sessionFor(u"admin"_s)).loadRun(allowed->runId);
        QVERIFY(stored && stored->ok);
        QCOMPARE(stored->counts.at(std::size_t(File::Orders)).created, 4);
    }

    void settingsRoundTrip()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        FeedSettings s{u"https://erp.example.com/feed/"_s, u"/etc/ketong/token"_s, 30};
        QVERIFY(!s.save(*t, m_clock, t.sessionFor(u"manager1"_s)));
        QVERIFY(s.save(*t, m_clock, t.sessionFor(u"admin"_s)));
        auto loaded = FeedSettings::load(*t);
        QVERIFY(loaded);
        QCOMPARE(loaded->source, s.source);
        QCOMPARE(loaded->tokenFile, s.tokenFile);
        QCOMPARE(loaded->intervalMinutes, 30);
        FeedSettings bad{QString(), QString(), 10};
        QCOMPARE(bad.save(*t, m_clock, t.sessionFor(u"admin"_s)).error().field(), u"source"_s);
    }

    void ketongctlSync()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const QStringList db{u"--database"_s, t.url().toString()};
        auto first = test::runCtl(QStringList{u"sync"_s, u"--from"_s, test::feedDir(u"basic"_s)} + db);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(u"orders: created 4, updated 0, unchanged 0"_s), qPrintable(first.out));
        auto second = test::runCtl(QStringList{u"sync"_s, u"--from"_s, test::feedDir(u"basic"_s)} + db);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.out.endsWith(u"created 0, updated 0, unchanged 16\n"_s));
        auto bad = test::runCtl(QStringList{u"sync"_s, u"--from"_s, test::feedDir(u"bad"_s)} + db);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith(u"orders.csv:4:3: "_s), qPrintable(bad.err));
        QCOMPARE(test::scalarText(*t, u"SELECT count(*) FROM products WHERE product_no = 'FP-009'"_s), u"0"_s);
        auto usage = test::runCtl(QStringList{u"sync"_s} + db);
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(u"--from"_s), qPrintable(usage.err));
        // Without --from it runs the feed the administrator saved in the program (the office server's cron job).
        const FeedSettings settings{test::feedDir(u"basic"_s), QString(), 30};
        QVERIFY(settings.save(*t, m_clock, Session::system()));
        auto saved = test::runCtl(QStringList{u"sync"_s} + db);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY(saved.out.endsWith(u"created 0, updated 0, unchanged 16\n"_s));
    }

    void scheduleIsDueAfterItsInterval()
    {
        // The schedule is read from the database: the last run that was not a dry run, by anyone, counts.
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        QVERIFY(!FeedScheduler::lastRunStart(*t)->isValid());
        const QDateTime now = m_clock.now();
        const QString source = test::feedDir(u"basic"_s);
        QVERIFY(FeedScheduler::isDue(30, source, {}, now)); // never ran
        QVERIFY(!FeedScheduler::isDue(0, source, {}, now)); // no schedule
        QVERIFY(!FeedScheduler::isDue(30, QString(), {}, now));
        QVERIFY(!FeedScheduler::isDue(30, source, now.addSecs(-29 * 60), now));
        QVERIFY(FeedScheduler::isDue(30, source, now.addSecs(-30 * 60), now));
        // The check a whole interval after the one that started the last run finds the next one due.
        QVERIFY(FeedScheduler::isDue(30, source, now.addSecs(-30 * 60 + 2), now));
        QVERIFY(sync(t, source, true).ok); // a dry run does not count
        QVERIFY(!FeedScheduler::lastRunStart(*t)->isValid());
        QVERIFY(sync(t, source).ok);
        QCOMPARE(*FeedScheduler::lastRunStart(*t), m_clock.now());
        // Only where the login may write the feed (PostgreSQL: the administrator's program).
        QCOMPARE(FeedScheduler::canSchedule(*t, t.sessionFor(u"admin"_s)).ok(), t->dialect().isSqlite());
        QCOMPARE(FeedScheduler::canSchedule(*t, t.sessionFor(u"manager1"_s)).ok(), t->dialect().isSqlite());
    }
};

QTEST_GUILESS_MAIN(SalesSystemSyncTest)
#include "SalesSystemSyncTest.moc"
