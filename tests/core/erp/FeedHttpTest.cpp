// The sales-system feed over HTTP, against a real server on 127.0.0.1 serving the fixture JSON:
// success (the same database as from the directory), token, and every failure — each a clear error
// with nothing written.
#include "FeedTestSupport.h"
#include "TestDatabase.h"
#include "TestHttpServer.h"
#include "erp/SalesSystemSync.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;
using Response = test::TestHttpServer::Response;
Q_DECLARE_METATYPE(ketong::test::TestHttpServer::Response)

class FeedHttpTest : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};

    bool prepare(test::TestDatabase& t) { return t.createInitialized(true, &m_clock) && test::addFeedCustomers(*t); }

    FeedReport sync(const test::TestDatabase& t, const QString& url, const QString& tokenFile = {})
    {
        SalesSystemSync::Options o;
        o.source = url;
        o.tokenFile = tokenFile;
        o.http.connectTimeoutMs = 1500;
        o.http.transferTimeoutMs = 1500;
        o.http.maxBytes = 64 * 1024;
        auto r = SalesSystemSync(*t, m_clock, Session::system()).run(o);
        return r ? *r : FeedReport();
    }

    static QByteArray fixture(const QString& name)
    {
        QFile f(test::feedDir(u"basic-json/"_s + name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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

    void sameDatabaseAsFromTheDirectory()
    {
        test::TestHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory(test::feedDir(u"basic-json"_s));
        test::TestDatabase byHttp;
        QVERIFY2(prepare(byHttp), qPrintable(byHttp.lastError()));
        const FeedReport r = sync(byHttp, server.baseUrl());
        QVERIFY2(r.ok, qPrintable(r.errors.join(u'\n')));
        QCOMPARE(FeedReport::countsText(r.total()), u"created 16, updated 0, unchanged 0"_s);
        QVERIFY(server.requests().contains(u"/orders.json"_s));

        test::TestDatabase byDirectory;
        QVERIFY2(prepare(byDirectory), qPrintable(byDirectory.lastError()));
        SalesSystemSync::Options o;
        o.source = test::feedDir(u"basic"_s);
        QVERIFY(SalesSystemSync(*byDirectory, m_clock, Session::system()).run(o)->ok);
        QCOMPARE(test::dumpMirror(*byHttp), test::dumpMirror(*byDirectory));

        const FeedReport again = sync(byHttp, server.baseUrl());
        QCOMPARE(FeedReport::countsText(again.total()), u"created 0, updated 0, unchanged 16"_s);
    }

    void sendsTheBearerToken()
    {
        test::TestHttpServer server;
        QVERIFY(server.listen());
        server.serveDirectory(test::feedDir(u"basic-json"_s));
        server.requireToken(u"s3cret-token"_s);
        QTemporaryDir dir;
        QFile good(dir.filePath(u"good"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("s3cret-token\n");
        good.close();
        QFile wrong(dir.filePath(u"wrong"_s));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("guess\n");
        wrong.close();

        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const QString before = test::dumpMirror(*t);
        const FeedReport refused = sync(t, server.baseUrl(), wrong.fileName());
        QVERIFY(!refused.ok);
        QVERIFY2(refused.errors.value(0).contains(u"HTTP 401"_s), qPrintable(refused.errors.join(u'\n')));
        QCOMPARE(test::dumpMirror(*t), before);

        const FeedReport accepted = sync(t, server.baseUrl(), good.fileName());
        QVERIFY2(accepted.ok, qPrintable(accepted.errors.join(u'\n')));
        QCOMPARE(server.authorizations().constLast(), QByteArray("Bearer s3cret-token"));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Response>("response");
        QTest::addColumn<QString>("expected");
        QTest::newRow("404 everywhere") << u"*"_s << Response::with(404, "{}") << u"offers no feed file"_s;
        QTest::newRow("500") << u"/stock.json"_s << Response::with(500, "oops")
                             << u"/stock.json: the server answered HTTP 500"_s;
        QTest::newRow("never answers") << u"/products.json"_s << Response::with(200, "[]").hanging()
                                       << u"connect timeout"_s;
        QTest::newRow("stalls mid-body") << u"/orders.json"_s
                                         << Response::with(200, fixture(u"orders.json"_s)).stalling() << u"timeout"_s;
        QTest::newRow("malformed JSON") << u"/orders.json"_s << Response::with(200, R"([{"order_no": "X",])")
                                        << u"orders.json: malformed JSON"_s;
        QTest::newRow("not an array") << u"/products.json"_s << Response::with(200, R"({"product_no": "X"})")
                                      << u"products.json: must be a JSON array"_s;
        QTest::newRow("oversize") << u"/products.json"_s << Response::with(200, QByteArray(100 * 1024, ' ') + "[]")
                                  << u"larger than the limit"_s;
        QTest::newRow("oversize without length")
            << u"/products.json"_s << Response::with(200, QByteArray(100 * 1024, ' ') + "[]").withoutLength()
            << u"larger than the limit"_s;
        QTest::newRow("bad row") << u"/products.json"_s << Response::with(200, R"([{"product_no": "X", "name": "n",
            "model": "m", "price": "1.234"}])")
                                 << u"products.json:$[0].price: "_s;
        QTest::newRow("unknown field") << u"/products.json"_s
                                       << Response::with(200, R"([{"product_no": "X", "name": "n",
            "model": "m", "price": 1, "colour": "red"}])")
                                       << u"products.json:$[0].colour: unknown field"_s;
        QTest::newRow("inline line") << u"/orders.json"_s << Response::with(200, R"([{"order_no": "Y", "customer_code":
            "KT-C001", "order_date": "2025-01-01", "status": 5, "lines": [{"product_no": "FP-001", "quantity": 0,
            "price": 1}]}])") << u"orders.json:$[0].lines[0].quantity: "_s;
        QTest::newRow("redirect loop") << u"/products.json"_s << Response::with(302, {}).redirectTo("/products.json")
                                       << u"more than 3 redirects"_s;
    }

    void failures()
    {
        QFETCH(QString, file);
        QFETCH(Response, response);
        QFETCH(QString, expected);
        test::TestHttpServer server;
        QVERIFY(server.listen());
        if (file == u"*"_s)
            server.route(u"/none"_s, response);
        else
            server.serveDirectory(test::feedDir(u"basic-json"_s));
        server.route(file, response);
        const test::TestDatabase& t = *m_shared;
        const QString before = test::dumpMirror(*t);
        const FeedReport r = sync(t, server.baseUrl());
        QVERIFY(!r.ok);
        QVERIFY2(r.errors.join(u'\n').contains(expected), qPrintable(r.errors.join(u'\n')));
        QCOMPARE(test::dumpMirror(*t), before);
        QCOMPARE(test::scalarText(*t, u"SELECT result FROM feed_runs ORDER BY id DESC LIMIT 1"_s), u"failed"_s);
    }

    void unreachableHost()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        quint16 port = 0;
        {
            test::TestHttpServer closed;
            QVERIFY(closed.listen());
            port = quint16(QUrl(closed.baseUrl()).port());
        }
        const FeedReport r = sync(t, u"http://127.0.0.1:%1/"_s.arg(port));
        QVERIFY(!r.ok);
        QVERIFY2(r.errors.value(0).contains(u"/products.json: "_s), qPrintable(r.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(FeedHttpTest)
#include "FeedHttpTest.moc"
