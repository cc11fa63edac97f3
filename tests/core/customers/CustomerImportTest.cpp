// Customer import and export (EXCHANGE.md customers.csv): good files in UTF-8 and GB18030 with English or
// Chinese headers, every error kind at its line and column, all or nothing, idempotent re-import, upsert by
// code, rights of managers, duplicate warnings, cancelling, export → import round trip, and ketongctl.
#include "CustomerFixture.h"
#include "customers/CustomerExporter.h"
#include "customers/CustomerImporter.h"
#include "customers/CustomerStore.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
const QString kHeader = u"code,name,region,manager,level,satisfaction,credit,zip,tel,email"_s;
const QString kChineseHeader =
    u"客户编号,客户名称,地区,客户经理,客户等级,客户满意度,客户信用度,邮政编码,电话,电子邮箱"_s;
const QStringList kGoodRows{u",上海远航物流有限公司,华北,m1,大客户,4,5,200001,021-55551234,info@yuanhang.cn"_s,
                            u",杭州青山茶业有限公司,中南,m2,2,,,310000,0571-88881234,"_s,
                            u"OLD-7,\"成都天府软件有限公司, 西部\",西部,m1,1,☆☆☆,3,,,"_s};

QByteArray file(const QString& header, const QStringList& rows)
{
    return (header + u"\n"_s + rows.join(u"\n"_s) + u"\n"_s).toUtf8();
}

QByteArray gb18030(const QByteArray& utf8)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(QString::fromUtf8(utf8));
}
} // namespace

class CustomerImportTest : public QObject
{
    Q_OBJECT

    const ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC)};

    static int customers(const test::TestDatabase& t)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt();
    }

    static QString errorsOf(const ImportReport& r)
    {
        QStringList lines;
        for (const ImportIssue& i : r.issues)
            lines << i.toString(r.fileName);
        return lines.join(u"\n"_s);
    }

    Result<ImportReport> import(const test::TestDatabase& t, const QByteArray& data, const QString& login = u"boss"_s)
    {
        return CustomerImporter(*t, m_clock, t.sessionFor(login)).import(data, u"customers.csv"_s);
    }

private Q_SLOTS:
    void goodFileCreatesThenIsUnchanged()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const auto first = import(t, file(kHeader, kGoodRows));
        QVERIFY(first);
        QVERIFY2(!first->hasErrors(), qPrintable(errorsOf(*first)));
        QCOMPARE(first->summary(), u"created 3, updated 0, unchanged 0"_s);
        QVERIFY(first->written);
        QCOMPARE(customers(t), 3);
        const Customer legacy = *CustomerStore::load(
            t->connection(),
            SqlQuery::scalar(t->connection(), u"SELECT id FROM customers WHERE code = 'OLD-7'"_s)->toLongLong());
        QCOMPARE(legacy.name, u"成都天府软件有限公司, 西部"_s);
        QCOMPARE(legacy.satisfaction, 3);
        const qint64 yuanhang =
            SqlQuery::scalar(t->connection(), u"SELECT id FROM customers WHERE name = '上海远航物流有限公司'"_s)
                ->toLongLong();
        const Customer y = *CustomerStore::load(t->connection(), yuanhang);
        QCOMPARE(y.level, 3); // 大客户
        QCOMPARE(y.credit, 5);
        QCOMPARE(y.managerId, test::userId(t, u"m1"_s));
        QVERIFY(y.code.startsWith(u"KH"_s));
        // Importing the same file again changes nothing; a changed cell updates just that customer.
        QCOMPARE(import(t, file(kHeader, kGoodRows))->summary(), u"created 0, updated 0, unchanged 3"_s);
        QStringList changed = kGoodRows;
        changed[1].replace(u"310000"_s, u"310001"_s);
        QCOMPARE(import(t, file(kHeader, changed))->summary(), u"created 0, updated 1, unchanged 2"_s);
        QCOMPARE(customers(t), 3);
        // By code: the row with the stored code renames that customer.
        QCOMPARE(import(t, file(u"code,name,region,manager"_s, {u"old-7,天府软件,西部,m1"_s}))->summary(),
                 u"created 0, updated 1, unchanged 0"_s);
        QCOMPARE(CustomerStore::load(t->connection(), legacy.id)->name, u"天府软件"_s);
        QCOMPARE(CustomerStore::load(t->connection(), legacy.id)->satisfaction, 3); // absent columns kept
    }

    void gbkWithChineseHeadersEqualsUtf8()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        QVERIFY2(a.createInitialized() && test::addAccounts(a), qPrintable(a.lastError()));
        QVERIFY2(b.createInitialized() && test::addAccounts(b), qPrintable(b.lastError()));
        const QByteArray utf8 = file(kHeader, kGoodRows);
        const QByteArray gbk = gb18030(file(kChineseHeader, kGoodRows));
        QVERIFY(gbk.toStdString().find("客户") == std::string::npos); // really not UTF-8
        const auto ra = import(a, utf8);
        const auto rb = import(b, gbk);
        QCOMPARE(rb->encoding, CsvReader::Encoding::Gb18030);
        QVERIFY2(!rb->hasErrors(), qPrintable(errorsOf(*rb)));
        QCOMPARE(rb->summary(), ra->summary());
        const auto dump = [this](const test::TestDatabase& t) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            CustomerExporter(*t, m_clock, t.sessionFor(u"boss"_s)).writeCsv(out).value();
            return out.data();
        };
        QCOMPARE(dump(b), dump(a));
        // And the GBK twin of a file already imported is recognised as the same customers.
        QCOMPARE(import(a, gbk)->summary(), u"created 0, updated 0, unchanged 3"_s);
    }

    void everyError_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QString h = u"code,name,region,manager,level,satisfaction,credit,zip,tel,email,registered_capital"_s;
        QTest::newRow("name missing") << h << u",,北京,m1,,,,,,,"_s << 3 << 2 << u"Name is required"_s;
        QTest::newRow("name too long") << h << u","_s + QString(101, u'名') + u",北京,m1,,,,,,,"_s << 3 << 2
                                       << u"at most 100"_s;
        QTest::newRow("region unknown") << h << u",甲,火星,m1,,,,,,,"_s << 3 << 3 << u"火星"_s;
        QTest::newRow("region missing") << h << u",甲,,m1,,,,,,,"_s << 3 << 3 << u"Region is required"_s;
        QTest::newRow("manager unknown") << h << u",甲,北京,nobody,,,,,,,"_s << 3 << 4 << u"nobody"_s;
        QTest::newRow("manager disabled") << h << u",甲,北京,gone,,,,,,,"_s << 3 << 4 << u"disabled"_s;
        QTest::newRow("manager is director") << h << u",甲,北京,boss,,,,,,,"_s << 3 << 4 << u"not an account manager"_s;
        QTest::newRow("level 9") << h << u",甲,北京,m1,9,,,,,,"_s << 3 << 5 << u"1 to 5"_s;
        QTest::newRow("level unknown text") << h << u",甲,北京,m1,超级客户,,,,,,"_s << 3 << 5 << u"1 to 5"_s;
        QTest::newRow("satisfaction text") << h << u",甲,北京,m1,,good,,,,,"_s << 3 << 6 << u"1 to 5"_s;
        QTest::newRow("credit 0") << h << u",甲,北京,m1,,,0,,,,"_s << 3 << 7 << u"1 to 5"_s;
        QTest::newRow("zip") << h << u",甲,北京,m1,,,,1000,,,"_s << 3 << 8 << u"6 digits"_s;
        QTest::newRow("tel") << h << u",甲,北京,m1,,,,,phone,,"_s << 3 << 9 << u"digits"_s;
        QTest::newRow("email") << h << u",甲,北京,m1,,,,,,a@b,"_s << 3 << 10 << u"e-mail"_s;
        QTest::newRow("capital negative") << h << u",甲,北京,m1,,,,,,,-5"_s << 3 << 11 << u"whole number"_s;
        QTest::newRow("capital text") << h << u",甲,北京,m1,,,,,,,多"_s << 3 << 11 << u"whole number"_s;
        QTest::newRow("code characters") << h << u"KH 1,甲,北京,m1,,,,,,,"_s << 3 << 1 << u"letters, digits"_s;
        QTest::newRow("code twice") << h << u"GOOD-1,乙,北京,m1,,,,,,,"_s << 3 << 1 << u"line 2"_s;
        QTest::newRow("same name twice without code")
            << u"name,region,manager"_s << u"好公司,北京,m1"_s << 3 << 1 << u"Line 2"_s;
        QTest::newRow("too many fields") << u"name,region,manager"_s << u"乙,北京,m1,extra"_s << 3 << 4 << u"fields"_s;
        QTest::newRow("unknown column") << u"name,region,manager,phone"_s << u"乙,北京,m1,1"_s << 1 << 4 << u"phone"_s;
        QTest::newRow("missing column") << u"name,region"_s << u"乙,北京"_s << 1 << 3 << u"manager (客户经理)"_s;
        QTest::newRow("column twice") << u"name,region,manager,客户名称"_s << u"乙,北京,m1,丙"_s << 1 << 4
                                      << u"twice"_s;
        QTest::newRow("unclosed quote") << u"name,region,manager"_s << u"\"乙,北京,m1"_s << 3 << 1 << u"quote"_s;
    }
    void everyError()
    {
        QFETCH(QString, header);
        QFETCH(QString, row);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        // Line 2 is a good row: all or nothing means it is not written either.
        const int fields = int(header.count(u',')) + 1;
        QStringList good{header.startsWith(u"code"_s) ? u"GOOD-1"_s : u"好公司"_s};
        if (header.startsWith(u"code"_s))
            good << u"好公司"_s;
        good << u"北京"_s << u"m1"_s;
        while (good.size() < fields)
            good << QString();
        const auto report = import(t, file(header, {good.mid(0, fields).join(u','), row}));
        QVERIFY(report);
        QVERIFY(report->hasErrors());
        QVERIFY(!report->written);
        QCOMPARE(customers(t), 0);
        QCOMPARE(report->errorCount(), 1);
        const ImportIssue issue = *std::find_if(report->issues.cbegin(), report->issues.cend(),
                                                [](const ImportIssue& i) { return !i.warning; });
        QVERIFY2(issue.line == line && issue.column == column, qPrintable(errorsOf(*report)));
        QVERIFY2(issue.message.contains(message), qPrintable(issue.message));
        QVERIFY(issue.toString(u"f.csv"_s).startsWith(u"f.csv:%1:%2: "_s.arg(line).arg(column)));
    }

    void ambiguousNameNeedsCode()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        QVERIFY(import(t, file(u"code,name,region,manager"_s, {u"A-1,同名公司,北京,m1"_s, u"A-2,同名公司,北京,m1"_s}))
                    ->written);
        const auto r = import(t, file(u"name,region,manager"_s, {u"同名公司,北京,m2"_s}));
        QCOMPARE(r->errorCount(), 1);
        QVERIFY(r->issues.constFirst().message.contains(u"code"_s));
    }

    void managerRights()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        QVERIFY(
            import(t, file(u"code,name,region,manager"_s, {u"M1-1,一号,北京,m1"_s, u"M2-1,二号,北京,m2"_s}))->written);
        const auto errorKeyOf = [&](const QString& row) {
            const auto r = import(t, file(u"code,name,region,manager,address"_s, {row}), u"m1"_s);
            return r->hasErrors() ? r->issues.constFirst().key : QString();
        };
        QCOMPARE(errorKeyOf(u"M1-1,一号,北京,m1,新地址"_s), QString());    // own customer
        QCOMPARE(errorKeyOf(u"M2-1,二号,北京,m2,新地址"_s), u"code"_s);    // someone else's
        QCOMPARE(errorKeyOf(u"M1-1,一号,北京,m2,新地址"_s), u"manager"_s); // moving it is the director's
        QCOMPARE(errorKeyOf(u"NEW-1,新的,北京,m2,"_s), u"manager"_s);      // creating for someone else
        QCOMPARE(errorKeyOf(u"NEW-2,新的,北京,m1,"_s), QString());         // creating for oneself
        QCOMPARE(errorKeyOf(u"M2-1,二号,北京,m2,"_s), QString());          // unchanged rows are fine
        QCOMPARE(CustomerImporter(*t, m_clock, t.sessionFor(u"exec"_s)).preview("name\n", u"x"_s).error().code(),
                 ErrorCode::Forbidden);
        // A lost customer cannot be changed by an import, but an unchanged row is no error.
        QVERIFY(SqlQuery::run(t->connection(), u"UPDATE customers SET status = 2 WHERE code = 'M1-1'"_s));
        QCOMPARE(import(t, file(u"code,name,region,manager"_s, {u"M1-1,一号,北京,m1"_s}))->summary(),
                 u"created 0, updated 0, unchanged 1"_s);
        QCOMPARE(import(t, file(u"code,name,region,manager"_s, {u"M1-1,一号改,北京,m1"_s}))->errorCount(), 1);
    }

    void duplicatesWarnButImport()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        QVERIFY(import(t, file(u"name,region,manager,tel"_s, {u"北京聪海信息科技有限公司,北京,m1,010-62345678"_s}))
                    ->written);
        const auto r = import(
            t, file(u"name,region,manager,tel"_s, {u"北京 聪海信息科技,北京,m1,"_s, u"别的公司,北京,m1,010-62345678"_s,
                                                   u"北京聪海信息科技股份有限公司,北京,m2,"_s}));
        QVERIFY(r->written);
        QCOMPARE(r->created, 3);
        QCOMPARE(r->errorCount(), 0);
        QCOMPARE(r->warningCount(), 4); // names on lines 2 and 4 (also like line 2), the phone on line 3
        QCOMPARE(r->issues.at(0).line, 2);
        QCOMPARE(r->issues.at(0).key, u"name"_s);
        QVERIFY(r->issues.at(0).toString(u"f"_s).contains(u"warning"_s));
        QCOMPARE(r->issues.at(1).key, u"tel"_s);
    }

    void optionalColumnsFilledByOneRowOnly()
    {
        // The insert leaves out the optional columns no row of the slice fills: the ones a single row fills are
        // written for it, and the others of its slice keep the empty text or no number.
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const auto report = import(
            t, file(u"name,region,manager,fax,email,registered_capital,turnover,bank"_s,
                    {u"甲公司,华北,m1,010-1,,500,,"_s, u"乙公司,华北,m1,,,,,"_s, u"丙公司,华北,m2,,c@b.cn,,0,"_s}));
        QVERIFY(report);
        QVERIFY2(report->written, qPrintable(errorsOf(*report)));
        const Customer a = *CustomerStore::load(t->connection(), report->rows.at(0).customer.id);
        const Customer b = *CustomerStore::load(t->connection(), report->rows.at(1).customer.id);
        const Customer c = *CustomerStore::load(t->connection(), report->rows.at(2).customer.id);
        QCOMPARE(a.fax, u"010-1"_s);
        QCOMPARE(a.registeredCapital, std::optional<qint64>(500));
        QCOMPARE(a.turnover, std::nullopt);
        QCOMPARE(b.fax, QString());
        QCOMPARE(b.email, QString());
        QCOMPARE(b.registeredCapital, std::nullopt);
        QCOMPARE(b.turnover, std::nullopt);
        QCOMPARE(c.email, u"c@b.cn"_s);
        QCOMPARE(c.turnover, std::optional<qint64>(0));
        QCOMPARE(c.registeredCapital, std::nullopt);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers WHERE bank = '' AND fax IS NOT "
                                                   u"NULL AND zip = ''"_s)
                     ->toInt(),
                 3);
    }

    void bulkFileOverManyStatements()
    {
        // More rows than one multi-row statement (500) and one write slice (2000): every row gets its own
        // customer, code and audit entry; a legacy code holding a KH number of the day is skipped.
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const QString day = m_clock.now().toLocalTime().date().toString(u"yyMMdd"_s);
        const QString legacy = u"KH"_s + day + u"002"_s;
        QVERIFY(import(t, file(u"code,name,region,manager"_s, {legacy + u",旧编号公司,北京,m1"_s}))->written);
        constexpr int kRows = 2300;
        QStringList rows;
        for (int i = 0; i < kRows; ++i)
            rows << u",批量%1贸易有限公司,华北,m%2,,,,,0755-%3,"_s.arg(i).arg(1 + i % 2).arg(80000000 + i);
        const auto first = import(t, file(kHeader, rows));
        QVERIFY(first);
        QVERIFY2(!first->hasErrors(), qPrintable(errorsOf(*first)));
        QCOMPARE(first->created, kRows);
        QCOMPARE(customers(t), kRows + 1);
        QCOMPARE(SqlQuery::scalar(t->connection(),
                                  u"SELECT count(DISTINCT code) FROM customers WHERE code LIKE "
                                  u"'KH%' AND code <> :legacy"_s,
                                  {{u"legacy"_s, legacy}})
                     ->toInt(),
                 kRows);
        QCOMPARE(first->rows.at(1).customer.code, u"KH"_s + day + u"003"_s); // 001 to row 1, 002 skipped
        // The report's customers are the stored ones, and each has its create entry naming it.
        for (int i : {0, 499, 500, 1999, 2000, kRows - 1}) {
            const Customer& c = first->rows.at(i).customer;
            const Customer stored = *CustomerStore::load(t->connection(), c.id);
            QCOMPARE(stored.name, u"批量%1贸易有限公司"_s.arg(i));
            QCOMPARE(stored.code, c.code);
            QCOMPARE(stored.tel, u"0755-%1"_s.arg(80000000 + i));
            const QString after = SqlQuery::scalar(t->connection(),
                                                   u"SELECT after FROM audit_log WHERE action = 'create' AND entity = "
                                                   u"'customers' AND record_id = :id"_s,
                                                   {{u"id"_s, QString::number(c.id)}})
                                      ->toString();
            QVERIFY2(after.contains(stored.name) && after.contains(stored.code), qPrintable(after));
        }
        QCOMPARE(SqlQuery::scalar(t->connection(),
                                  u"SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'customers'"_s)
                     ->toInt(),
                 kRows + 1);
        // Again: every row found by its name (no code), nothing changes; a changed phone updates that row, and
        // the same phone on another customer is warned about.
        QCOMPARE(import(t, file(kHeader, rows))->summary(), u"created 0, updated 0, unchanged %1"_s.arg(kRows));
        rows[1800].replace(u"0755-80001800"_s, u"0755-80000007"_s);
        const auto changed = import(t, file(kHeader, rows));
        QCOMPARE(changed->summary(), u"created 0, updated 1, unchanged %1"_s.arg(kRows - 1));
        QCOMPARE(changed->warningCount(), 1);
        QCOMPARE(changed->issues.at(0).line, 1802);
        QCOMPARE(changed->issues.at(0).key, u"tel"_s);
    }

    void previewWritesNothingAndCancelRollsBack()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        CustomerImporter importer(*t, m_clock, t.sessionFor(u"boss"_s));
        const auto preview = importer.preview(file(kHeader, kGoodRows), u"f"_s);
        QCOMPARE(preview->summary(), u"created 3, updated 0, unchanged 0"_s);
        QCOMPARE(preview->rows.size(), 3);
        QCOMPARE(preview->rows.at(2).cells.at(1), u"成都天府软件有限公司, 西部"_s);
        QCOMPARE(customers(t), 0);
        int calls = 0;
        const auto cancelled = importer.import(file(kHeader, kGoodRows), u"f"_s, [&](int done, int total) {
            ++calls;
            return !(done > total / 2); // cancel while writing
        });
        QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
        QVERIFY(calls >= 4);
        QCOMPARE(customers(t), 0);
        QCOMPARE(
            SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE entity = 'customers'"_s)->toInt(),
            0);
    }

    void errorReportAsCsv()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const auto r = import(t, file(u"name,region,manager"_s, {u"甲,火星,m1"_s}));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(CustomerImporter::writeIssues(*r, out));
        const auto records = CsvReader::split(CsvReader::decode(out.data()));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.mid(0, 4), (QStringList{u"customers.csv"_s, u"2"_s, u"2"_s, u"error"_s}));
    }

    void exportImportRoundTripOnDemo()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const Session director = t.sessionFor(u"director"_s);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const int exported = *CustomerExporter(*t, m_clock, director).writeCsv(out);
        QCOMPARE(exported,
                 SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers WHERE status <> 3"_s)->toInt());
        QVERIFY(out.data().startsWith("\xEF\xBB\xBF"
                                      "code,name,region,manager,"));
        const auto again = CustomerImporter(*t, m_clock, director).import(out.data(), u"export.csv"_s);
        QVERIFY2(again && !again->hasErrors(), qPrintable(again ? errorsOf(*again) : again.error().message()));
        QCOMPARE(again->summary(), u"created 0, updated 0, unchanged %1"_s.arg(exported));
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(u"customers.xlsx"_s);
        QCOMPARE(*CustomerExporter(*t, m_clock, director).writeXlsx(xlsx), exported);
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(2) == "PK"); // a zip container
        QCOMPARE(CustomerExporter(*t, m_clock, t.sessionFor(u"admin"_s)).writeXlsx(xlsx).error().code(),
                 ErrorCode::Forbidden);
    }

    void ketongctlScenario()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& data) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(data);
            return f.fileName();
        };
        const QString header = u"name,region,manager,level,zip,email"_s;
        const QStringList good{u"上海远航物流有限公司,华北,manager1,大客户,200001,info@yuanhang.cn"_s,
                               u"杭州青山茶业有限公司,中南,manager2,2,310000,"_s,
                               u"成都天府软件有限公司,西部,manager3,1,610000,"_s};
        const QStringList bad{u"广州珠江贸易有限公司,火星,manager1,1,510000,"_s,
                              u"深圳南山电子有限公司,中南,nobody,1,518000,"_s,
                              u"武汉长江机械有限公司,中南,manager2,1,4300,"_s};
        const QString mixed = write(u"mixed.csv"_s, file(header, good + bad));
        const QString url = t.url().toString();
        const int before = SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt();
        const auto failed = test::runCtl({u"import"_s, u"customers"_s, mixed, u"--database"_s, url});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(mixed + u":5:2: "_s), qPrintable(failed.err));
        QVERIFY(failed.err.contains(mixed + u":6:3: "_s));
        QVERIFY(failed.err.contains(mixed + u":7:5: "_s));
        QCOMPARE(failed.out, QString());
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt(), before);
        const QString fixed = write(u"fixed.csv"_s, file(header, good));
        const auto dry = test::runCtl({u"import"_s, u"customers"_s, fixed, u"--dry-run"_s, u"--database"_s, url});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(u"2\tcreate\t\t上海远航物流有限公司"_s));
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt(), before);
        const auto created = test::runCtl({u"import"_s, u"customers"_s, fixed, u"--database"_s, url});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.out, u"created 3, updated 0, unchanged 0\n"_s);
        const auto again = test::runCtl({u"import"_s, u"customers"_s, fixed, u"--database"_s, url});
        QCOMPARE(again.out, u"created 0, updated 0, unchanged 3\n"_s);
        const QString twin =
            write(u"twin.csv"_s, gb18030(file(u"客户名称,地区,客户经理,客户等级,邮政编码,电子邮箱"_s, good)));
        const auto gbk = test::runCtl({u"import"_s, u"customers"_s, twin, u"--database"_s, url});
        QCOMPARE(gbk.out, u"created 0, updated 0, unchanged 3\n"_s);
        const QString exported = dir.filePath(u"out.csv"_s);
        QCOMPARE(test::runCtl({u"export"_s, u"customers"_s, u"-o"_s, exported, u"--database"_s, url}).exitCode, 0);
        const auto roundTrip = test::runCtl({u"import"_s, u"customers"_s, exported, u"--database"_s, url});
        QCOMPARE(roundTrip.out, u"created 0, updated 0, unchanged %1\n"_s.arg(before + 3));
        QCOMPARE(test::runCtl({u"import"_s, u"orders"_s, fixed, u"--database"_s, url}).exitCode, 2);
        QCOMPARE(test::runCtl({u"export"_s, u"customers"_s, u"--format"_s, u"xlsx"_s, u"--database"_s, url}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(CustomerImportTest)
#include "CustomerImportTest.moc"
