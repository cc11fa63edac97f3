// Money, validation helpers and the statement splitter: pure functions, no database.
#include "common/JsonText.h"
#include "common/Money.h"
#include "common/Validation.h"
#include "customers/Customer.h"
#include "db/DatabaseUrl.h"
#include "db/SqlDialect.h"
#include "db/SqlScript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class CommonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << QStringLiteral("12800") << true << qint64(1280000);
        QTest::newRow("one decimal") << QStringLiteral("12800.5") << true << qint64(1280050);
        QTest::newRow("grouped") << QStringLiteral("12,800.50") << true << qint64(1280050);
        QTest::newRow("full-width") << QStringLiteral("１２８００．０５") << true << qint64(1280005);
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("spaces") << QStringLiteral(" 7.1 ") << true << qint64(710);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("trailing dot") << QStringLiteral("5.") << false << qint64(0);
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto result = Money::parseYuan(text);
        QCOMPARE(result.ok(), ok);
        if (ok)
            QCOMPARE(*result, fen);
    }
    void formatYuan()
    {
        QCOMPARE(Money::formatYuan(2160000), QStringLiteral("21600.00"));
        QCOMPARE(Money::formatYuan(5), QStringLiteral("0.05"));
        QCOMPARE(Money::formatYuan(-150), QStringLiteral("-1.50"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("zip ok") << u"zip"_s << u"100081"_s << true;
        QTest::newRow("zip empty") << u"zip"_s << u""_s << true;
        QTest::newRow("zip short") << u"zip"_s << u"10008"_s << false;
        QTest::newRow("zip letters") << u"zip"_s << u"10008a"_s << false;
        QTest::newRow("mail ok") << u"email"_s << u"li.ming@example.com.cn"_s << true;
        QTest::newRow("mail no at") << u"email"_s << u"li.ming.example.com"_s << false;
        QTest::newRow("mail no domain") << u"email"_s << u"li@"_s << false;
        // Internationalized addresses (RFC 6531 local parts, IDN domains) as real customer lists carry them.
        QTest::newRow("mail umlauts") << u"email"_s << u"jürgen.müller@beispiel.de"_s << true;
        QTest::newRow("mail chinese") << u"email"_s << u"张三@例子.中国"_s << true;
        QTest::newRow("mail chinese tld") << u"email"_s << u"info@例子.公司"_s << true;
        QTest::newRow("mail idn domain") << u"email"_s << u"post@müller-bau.de"_s << true;
        QTest::newRow("mail atext") << u"email"_s << u"o'brien+crm@example.ie"_s << true;
        QTest::newRow("mail one label") << u"email"_s << u"张三@例子"_s << false;
        QTest::newRow("mail one ascii label") << u"email"_s << u"a@b"_s << false;
        QTest::newRow("mail space") << u"email"_s << u"li ming@example.com"_s << false;
        QTest::newRow("mail chinese comma") << u"email"_s << u"张三，李四@例子.中国"_s << false;
        QTest::newRow("mail double dot") << u"email"_s << u"li..ming@example.com"_s << false;
        QTest::newRow("mail leading dot") << u"email"_s << u".li@example.com"_s << false;
        QTest::newRow("mail two at") << u"email"_s << u"li@ming@example.com"_s << false;
        QTest::newRow("mail domain dots") << u"email"_s << u"li@example..com"_s << false;
        QTest::newRow("mail domain hyphen") << u"email"_s << u"li@-example.com"_s << false;
        QTest::newRow("mail domain underscore") << u"email"_s << u"li@ex_ample.com"_s << false;
        QTest::newRow("mail numeric tld") << u"email"_s << u"li@example.123"_s << false;
        QTest::newRow("mail literal") << u"email"_s << u"li@[192.168.0.1]"_s << false;
        QTest::newRow("mail long local") << u"email"_s << QString(65, u'a') + u"@example.com"_s << false;
        QTest::newRow("phone ok") << u"phone"_s << u"010-62345678"_s << true;
        QTest::newRow("phone ext") << u"phone"_s << u"(010) 6234 5678转801"_s << true;
        QTest::newRow("phone intl") << u"phone"_s << u"+86 10 6234 5678 ext 12"_s << true;
        QTest::newRow("phone letters") << u"phone"_s << u"call me"_s << false;
        QTest::newRow("phone dots") << u"phone"_s << u"01.42.68.53.00"_s << true;
        QTest::newRow("phone slash") << u"phone"_s << u"030/123 456"_s << true;
        QTest::newRow("phone intl dots") << u"phone"_s << u"+33 1.42.68.53.00"_s << true;
        QTest::newRow("phone only separators") << u"phone"_s << u"./-"_s << false;
        QTest::newRow("phone comma") << u"phone"_s << u"010,62345678"_s << false;
        QTest::newRow("mobile ok") << u"mobile"_s << u"13812345678"_s << true;
        QTest::newRow("mobile short") << u"mobile"_s << u"1381234567"_s << false;
        QTest::newRow("mobile prefix") << u"mobile"_s << u"12812345678"_s << false;
    }
    void validation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        std::optional<Error> error;
        const QString field = QStringLiteral("f");
        if (kind == QLatin1String("zip"))
            error = Validation::zip(value, field, field);
        else if (kind == QLatin1String("email"))
            error = Validation::email(value, field, field);
        else if (kind == QLatin1String("phone"))
            error = Validation::phone(value, field, field);
        else
            error = Validation::mobile(value, field, field);
        QCOMPARE(!error.has_value(), ok);
        if (error)
            QCOMPARE(error->field(), field);
    }
    void normalizeWidth()
    {
        QCOMPARE(Validation::normalizeWidth(QStringLiteral("０１０－６２３４　５６７８")),
                 QStringLiteral("010-6234 5678"));
    }
    void jsonText()
    {
        // The same text QJsonDocument writes, escapes included.
        const QString tricky = QStringLiteral("北京 \"引号\" \\ /\n\t\r\b\f") + QChar(0x01) + QChar(0x1f);
        const QString text = JsonText()
                                 .add(u"a", tricky)
                                 .add(u"b", qint64(-12))
                                 .add(u"c", std::optional<qint64>())
                                 .add(u"d", std::optional<qint64>(9000000000))
                                 .text();
        const QJsonObject object{{QStringLiteral("a"), tricky},
                                 {QStringLiteral("b"), -12},
                                 {QStringLiteral("c"), QJsonValue()},
                                 {QStringLiteral("d"), qint64(9000000000)}};
        QCOMPARE(text, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        QCOMPARE(JsonText().text(), QStringLiteral("{}"));
        // Values only: empty texts and nulls left out, numbers (0 too) kept.
        QCOMPARE(JsonText(true)
                     .add(u"a", u"")
                     .add(u"b", qint64(0))
                     .add(u"c", std::optional<qint64>())
                     .add(u"d", u"北京")
                     .text(),
                 QStringLiteral("{\"b\":0,\"d\":\"北京\"}"));
    }
    void containsClause()
    {
        const SqlDialect pg(Backend::PostgreSql);
        // Without case (Chinese, digits) plain LIKE finds the same rows, faster; with case, ILIKE.
        QCOMPARE(pg.containsClause(u"c.name"_s, u":p"_s, u"深圳12"_s), u"c.name LIKE :p ESCAPE '\\'"_s);
        QCOMPARE(pg.containsClause(u"c.name"_s, u":p"_s, u"Acme 深圳"_s), u"c.name ILIKE :p ESCAPE '\\'"_s);
        QCOMPARE(SqlDialect(Backend::Sqlite).containsClause(u"c.name"_s, u":p"_s, u"Acme"_s),
                 u"c.name LIKE :p ESCAPE '\\'"_s);
    }
    void customerJson()
    {
        Customer c;
        c.code = QStringLiteral("KH1");
        c.name = QStringLiteral("北京\"聪海\"科技");
        c.managerId = 7;
        c.turnover = 120;
        const QJsonObject o = c.toJson();
        QCOMPARE(o.size(), 24);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), c.name);
        QCOMPARE(o.value(QStringLiteral("manager_id")).toInteger(), 7);
        QVERIFY(o.value(QStringLiteral("registered_capital")).isNull());
        QCOMPARE(o.value(QStringLiteral("turnover")).toInteger(), 120);
        // Keys in QJsonObject's order: the text is what QJsonDocument makes of the object.
        QCOMPARE(c.toJsonText(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    void requiredAndLength()
    {
        QVERIFY(Validation::required(QStringLiteral("  "), QStringLiteral("name"), QStringLiteral("Name")));
        QCOMPARE(Validation::required(QString(), QStringLiteral("name"), QStringLiteral("Name"))->code(),
                 ErrorCode::Required);
        QVERIFY(!Validation::maxLength(QString(100, QLatin1Char('x')), 100, QStringLiteral("n"), QStringLiteral("N")));
        QVERIFY(Validation::maxLength(QString(101, QLatin1Char('x')), 100, QStringLiteral("n"), QStringLiteral("N")));
    }

    void splitScript()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
            "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no; never');\nEND;\n"
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x;y';\nEND;\n$$;\n"
            "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n");
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END")));
        QVERIFY(statements.at(2).contains(QLatin1String("RAISE EXCEPTION 'x;y'")));
        QVERIFY(statements.at(3).contains(QLatin1String("'it''s; fine'")));
    }
};

QTEST_GUILESS_MAIN(CommonTest)
#include "CommonTest.moc"
