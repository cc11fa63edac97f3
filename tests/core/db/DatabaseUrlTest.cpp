// Database URLs: what parses, what is refused, and that a password never survives into toString().
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class DatabaseUrlTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("dbname");
        QTest::newRow("sqlite absolute") << u"sqlite:///home/li/ketong.db"_s << true << u"/home/li/ketong.db"_s << u""_s
                                         << 0 << u""_s << u""_s;
        QTest::newRow("sqlite single slash")
            << u"sqlite:/var/k.db"_s << true << u"/var/k.db"_s << u""_s << 0 << u""_s << u""_s;
        QTest::newRow("sqlite relative") << u"sqlite:rel/k.db"_s << true
                                         << QDir::current().absoluteFilePath(u"rel/k.db"_s) << u""_s << 0 << u""_s
                                         << u""_s;
        QTest::newRow("sqlite chinese") << u"sqlite:///数据/客通.db"_s << true << u"/数据/客通.db"_s << u""_s << 0
                                        << u""_s << u""_s;
        QTest::newRow("pg full") << u"postgresql://li@crm-server:5433/ketong"_s << false << u""_s << u"crm-server"_s
                                 << 5433 << u"li"_s << u"ketong"_s;
        QTest::newRow("pg default port") << u"postgresql://li@10.0.0.5/ketong"_s << false << u""_s << u"10.0.0.5"_s
                                         << 5432 << u"li"_s << u"ketong"_s;
        QTest::newRow("pg short scheme") << u"postgres://li@h/k"_s << false << u""_s << u"h"_s << 5432 << u"li"_s
                                         << u"k"_s;
        QTest::newRow("pg no user") << u"postgresql://h:5432/k"_s << false << u""_s << u"h"_s << 5432 << u""_s
                                    << u"k"_s;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(bool, sqlite);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, dbname);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message()));
        QCOMPARE(url->isSqlite(), sqlite);
        if (sqlite) {
            QCOMPARE(url->path(), path);
            QCOMPARE(DatabaseUrl::parse(url->toString())->path(), path); // round trip
        } else {
            QCOMPARE(url->host(), host);
            QCOMPARE(url->port(), port);
            QCOMPARE(url->user(), user);
            QCOMPARE(url->databaseName(), dbname);
            const auto again = DatabaseUrl::parse(url->toString());
            QCOMPARE(again->host(), host);
            QCOMPARE(again->databaseName(), dbname);
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("no scheme") << u"/home/li/ketong.db"_s;
        QTest::newRow("mysql") << u"mysql://li@h/k"_s;
        QTest::newRow("sqlite empty path") << u"sqlite:"_s;
        QTest::newRow("sqlite two slashes") << u"sqlite://host/path.db"_s;
        QTest::newRow("sqlite resource path (found by fuzzing)") << u"sqlite::rel/kb"_s;
        QTest::newRow("sqlite folder only") << u"sqlite:///tmp/"_s;
        QTest::newRow("pg no database") << u"postgresql://li@h:5432/"_s;
        QTest::newRow("pg no path") << u"postgresql://li@h:5432"_s;
        QTest::newRow("pg bad port") << u"postgresql://li@h:99999/k"_s;
        QTest::newRow("pg port letters") << u"postgresql://li@h:port/k"_s;
        QTest::newRow("pg nested path") << u"postgresql://li@h/k/extra"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code(), ErrorCode::Invalid);
        QCOMPARE(url.error().field(), QStringLiteral("url"));
        QVERIFY(!url.error().message().isEmpty());
    }

    void passwordNeverInToString()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://li:s3cret@h:5432/k?sslmode=require"));
        QVERIFY(url.ok());
        QCOMPARE(url->embeddedPassword(), QStringLiteral("s3cret"));
        QVERIFY(!url->toString().contains(QLatin1String("s3cret")));
        QVERIFY(url->toString().contains(QLatin1String("sslmode=require")));
        QCOMPARE(url->options(), QStringLiteral("sslmode=require"));
    }
};

QTEST_GUILESS_MAIN(DatabaseUrlTest)
#include "DatabaseUrlTest.moc"
