// Customer import of real-world files (EXCHANGE.md): internationalized e-mail addresses and phones with dots
// and slashes through ketongctl; .xlsx workbooks made with libxlsxwriter (numbers stored as numbers) importing
// exactly as the same customers in CSV; errors at file:Sheet1!D7 with nothing written; the samples
// LibreOffice wrote (tests/data/import, .xlsx and .xls); the import template, as downloaded and filled in;
// ketongctl with workbooks, --dry-run and an exported workbook imported again.
#include "CustomerFixture.h"
#include "TestWorkbook.h"
#include "customers/CustomerExporter.h"
#include "customers/CustomerImportTemplate.h"
#include "customers/CustomerImporter.h"
#include "customers/CustomerRules.h"
#include "customers/CustomerStore.h"
#include "setup/ReferenceData.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zip.h>

using namespace ketong;
using namespace Qt::StringLiterals;
using Cell = test::TestWorkbook::Cell;

namespace {

const QString kHeader = u"客户编号,客户名称,地区,客户经理,客户等级,电话,邮政编码,注册资金(万元),电子邮箱"_s;

/// The customers of sheetRows() as CSV, cell for cell as the sheet shows them.
const QStringList kCsvRows{
    u"000123,上海远航物流有限公司,华北,m1,3,13812345678,200120,\"1,200\",张三@例子.中国"_s,
    u"OLD-7,Müller Maschinenbau GmbH,西部,m2,大客户,030/123 456,100081,,jürgen.müller@beispiel.de"_s,
    u"000042,杭州青山茶业有限公司,中南,m2,1,0571-88881234,310000,350,info@例子.公司"_s};

/// The same customers as a spreadsheet user keeps them: codes, phones, zips and levels stored as numbers.
QList<QList<Cell>> sheetRows()
{
    return {{Cell(123, "000000"), u"上海远航物流有限公司"_s, u"华北"_s, u"m1"_s, 3.0, 13812345678.0, 200120.0,
             Cell(1200, "#,##0"), u"张三@例子.中国"_s},
            {u"OLD-7"_s, u"Müller Maschinenbau GmbH"_s, u"西部"_s, u"m2"_s, u"大客户"_s, u"030/123 456"_s, 100081.0,
             u""_s, u"jürgen.müller@beispiel.de"_s},
            {Cell(42, "000000"), u"杭州青山茶业有限公司"_s, u"中南"_s, u"m2"_s, 1.0, Cell(57188881234, "0000-00000000"),
             310000.0, Cell(350, "#,##0"), u"info@例子.公司"_s}};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes a workbook with the Chinese header and `rows` into `path`.
bool writeBook(const QString& path, const QList<QList<Cell>>& rows)
{
    test::TestWorkbook book(path);
    QList<Cell> header;
    for (const QString& name : kHeader.split(u','))
        header << name;
    book.writeRow(0, header);
    for (int r = 0; r < rows.size(); ++r)
        book.writeRow(lxw_row_t(r + 1), rows.at(r));
    return book.close();
}

/// The entry `name` of the zip file at `path`.
QByteArray zipEntry(const QString& path, const char* name)
{
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!z)
        return {};
    QByteArray content;
    if (zip_file_t* f = zip_fopen(z, name, 0)) {
        char buffer[4096];
        for (zip_int64_t n; (n = zip_fread(f, buffer, sizeof buffer)) > 0;)
            content.append(buffer, qsizetype(n));
        zip_fclose(f);
    }
    zip_discard(z);
    return content;
}

/// Replaces the entry `name` of the zip file at `path` (as saving an edited workbook does).
bool replaceZipEntry(const QString& path, const char* name, const QByteArray& content)
{
    int error = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), 0, &error);
    if (!z)
        return false;
    zip_source_t* source = zip_source_buffer(z, content.constData(), zip_uint64_t(content.size()), 0);
    const bool ok = zip_file_add(z, name, source, ZIP_FL_OVERWRITE) >= 0;
    return zip_close(z) == 0 && ok;
}

/// A row of inline-string cells as a spreadsheet program writes it into a worksheet's XML.
QByteArray xmlRow(int row, const QStringList& cells)
{
    QString xml = u"<row r=\"%1\">"_s.arg(row);
    for (int c = 0; c < cells.size(); ++c) {
        if (!cells.at(c).isEmpty())
            xml += u"<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>"_s.arg(QChar(u'A' + c))
                       .arg(row)
                       .arg(cells.at(c).toHtmlEscaped());
    }
    return (xml + u"</row>"_s).toUtf8();
}

} // namespace

class CustomerSheetImportTest : public QObject
{
    Q_OBJECT

    const ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_dir;

    static QString errorsOf(const Result<ImportReport>& r)
    {
        if (!r)
            return r.error().message();
        QStringList lines;
        for (const ImportIssue& i : r->issues)
            lines << i.toString(r->fileName);
        return lines.join(u"\n"_s);
    }

    Result<ImportReport> import(const test::TestDatabase& t, const QByteArray& data, const QString& name)
    {
        return CustomerImporter(*t, m_clock, t.sessionFor(u"boss"_s)).import(data, name);
    }

    QByteArray dump(const test::TestDatabase& t) const
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CustomerExporter(*t, m_clock, t.sessionFor(u"boss"_s)).writeCsv(out).value();
        return out.data();
    }

    static int customers(const test::TestDatabase& t)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt();
    }

    QString write(const QString& name, const QByteArray& data)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    }

private Q_SLOTS:
    void internationalAddressesAndPhonesThroughKetongctl()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const QString path = write(u"partners.csv"_s, (u"name,region,manager,tel,fax,email\n"
                                                       u"Müller Maschinenbau GmbH,西部,m2,030/123 456,030/123 457,"
                                                       u"jürgen.müller@beispiel.de\n"
                                                       u"Société Lumière SARL,中南,m1,01.42.68.53.00,01.42.68.53.01,"
                                                       u"contact@lumière.fr\n"
                                                       u"青山茶业有限公司,中南,m2,0571-8888 1234,,张三@例子.中国\n"
                                                       u"例子控股有限公司,华北,m1,,,info@例子.公司\n"_s)
                                                          .toUtf8());
        const auto r = test::runCtl({u"import"_s, u"customers"_s, path, u"--database"_s, t.url().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"created 4, updated 0, unchanged 0\n"_s);
        const auto value = [&](const QString& column, const QString& name) {
            return SqlQuery::scalar(t->connection(), u"SELECT %1 FROM customers WHERE name = :n"_s.arg(column),
                                    {{u"n"_s, name}})
                ->toString();
        };
        QCOMPARE(value(u"email"_s, u"Müller Maschinenbau GmbH"_s), u"jürgen.müller@beispiel.de"_s);
        QCOMPARE(value(u"fax"_s, u"Müller Maschinenbau GmbH"_s), u"030/123 457"_s);
        QCOMPARE(value(u"tel"_s, u"Société Lumière SARL"_s), u"01.42.68.53.00"_s);
        QCOMPARE(value(u"email"_s, u"青山茶业有限公司"_s), u"张三@例子.中国"_s);
        // What is clearly no address is still refused, at its cell.
        const QString bad =
            write(u"bad.csv"_s, u"name,region,manager,email\n甲公司,华北,m1,张三 at 例子.中国\n"_s.toUtf8());
        const auto refused = test::runCtl({u"import"_s, u"customers"_s, bad, u"--database"_s, t.url().toString()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(bad + u":2:4: "_s), qPrintable(refused.err));
    }

    void workbookImportsAsTheSameCsv()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        QVERIFY2(a.createInitialized() && test::addAccounts(a), qPrintable(a.lastError()));
        QVERIFY2(b.createInitialized() && test::addAccounts(b), qPrintable(b.lastError()));
        const QString book = m_dir.filePath(u"客户.xlsx"_s);
        QVERIFY(writeBook(book, sheetRows()));
        const auto fromCsv = import(a, (kHeader + u"\n"_s + kCsvRows.join(u"\n"_s)).toUtf8(), u"客户.csv"_s);
        const auto fromSheet = import(b, readAll(book), u"客户.xlsx"_s);
        QVERIFY2(fromCsv && !fromCsv->hasErrors(), qPrintable(errorsOf(fromCsv)));
        QVERIFY2(fromSheet && !fromSheet->hasErrors(), qPrintable(errorsOf(fromSheet)));
        QCOMPARE(fromSheet->source, TableReader::Source::Xlsx);
        QCOMPARE(fromSheet->sheet, u"Sheet1"_s);
        QCOMPARE(fromSheet->summary(), u"created 3, updated 0, unchanged 0"_s);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fromSheet->rows.at(i).line, fromCsv->rows.at(i).line);
            QCOMPARE(fromSheet->rows.at(i).cells, fromCsv->rows.at(i).cells);
        }
        QCOMPARE(dump(b), dump(a));
        const Customer first = *CustomerStore::load(b->connection(), fromSheet->rows.at(0).customer.id);
        QCOMPARE(first.code, u"000123"_s);
        QCOMPARE(first.tel, u"13812345678"_s);
        QCOMPARE(first.registeredCapital, std::optional<qint64>(1200));
        QCOMPARE(fromSheet->rows.at(2).customer.tel, u"0571-88881234"_s);
        // The same workbook again changes nothing; its CSV twin neither.
        QCOMPARE(import(b, readAll(book), u"客户.xlsx"_s)->summary(), u"created 0, updated 0, unchanged 3"_s);
        QCOMPARE(import(a, readAll(book), u"客户.xlsx"_s)->summary(), u"created 0, updated 0, unchanged 3"_s);
    }

    void workbookErrorsAtTheirCellsWriteNothing()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        QList<QList<Cell>> rows = sheetRows();
        rows << QList<Cell>{u""_s, u"甲公司"_s, u"华北"_s, u"m1"_s}
             << QList<Cell>{u""_s, u"乙公司"_s, u"华北"_s, u"m1"_s}
             << QList<Cell>{u""_s, u"丙公司"_s, u"华北"_s, u"nobody"_s, 9.0}; // row 7: D7 and E7
        const QString book = m_dir.filePath(u"客户.xlsx"_s);
        QVERIFY(writeBook(book, rows));
        const auto report = import(t, readAll(book), u"客户.xlsx"_s);
        QVERIFY(report);
        QCOMPARE(report->errorCount(), 2);
        QVERIFY(!report->written);
        QCOMPARE(customers(t), 0);
        QList<ImportIssue> errors;
        std::copy_if(report->issues.cbegin(), report->issues.cend(), std::back_inserter(errors),
                     [](const ImportIssue& i) { return !i.warning; });
        QVERIFY2(errors.at(0).toString(u"客户.xlsx"_s).startsWith(u"客户.xlsx:Sheet1!D7: "_s),
                 qPrintable(errorsOf(report)));
        QVERIFY(errors.at(0).message.contains(u"nobody"_s));
        QVERIFY2(errors.at(1).toString(u"客户.xlsx"_s).startsWith(u"客户.xlsx:Sheet1!E7: "_s),
                 qPrintable(errorsOf(report)));
        QCOMPARE(errors.at(1).position(), u"Sheet1!E7"_s);
        // ketongctl lists the same, and writes nothing either.
        const auto r = test::runCtl({u"import"_s, u"customers"_s, book, u"--database"_s, t.url().toString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(book + u":Sheet1!D7: "_s) && r.err.contains(book + u":Sheet1!E7: "_s),
                 qPrintable(r.err));
        QCOMPARE(customers(t), 0);
        // A workbook that cannot be read is one clear error.
        const QString broken = write(u"broken.xlsx"_s, QByteArray("PK\x03\x04") + QByteArray(100, 'x'));
        const auto damaged = test::runCtl({u"import"_s, u"customers"_s, broken, u"--database"_s, t.url().toString()});
        QVERIFY2(damaged.exitCode != 0 && damaged.err.contains(u"zip"_s), qPrintable(damaged.err));
    }

    void libreOfficeSamplesImport_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << u"customers-libreoffice.xlsx"_s;
        QTest::newRow("xls") << u"customers-libreoffice.xls"_s;
    }
    void libreOfficeSamplesImport()
    {
        QFETCH(QString, file);
        test::TestDatabase sheet;
        test::TestDatabase csv;
        QVERIFY2(sheet.createInitialized() && test::addAccounts(sheet), qPrintable(sheet.lastError()));
        QVERIFY2(csv.createInitialized() && test::addAccounts(csv), qPrintable(csv.lastError()));
        const QString path = QStringLiteral(KETONG_TEST_DATA_DIR "/import/") + file;
        const auto fromSheet = import(sheet, readAll(path), file);
        QVERIFY2(fromSheet && !fromSheet->hasErrors(), qPrintable(errorsOf(fromSheet)));
        QCOMPARE(fromSheet->summary(), u"created 4, updated 0, unchanged 0"_s);
        QCOMPARE(fromSheet->source, file.endsWith(u".xls"_s) ? TableReader::Source::Xls : TableReader::Source::Xlsx);
        // The same customers, typed as CSV (what LibreOffice shows in its cells).
        const QByteArray same =
            u"客户编号,客户名称,地区,客户经理,客户等级,客户满意度,客户信用度,地址,邮政编码,电话,传真,电子邮箱,注册资金("
            u"万元)\n"
            u"OLD-0042,上海远航物流有限公司,华北,m1,3,4,5,上海市浦东新区张杨路 500 号,200120,13812345678,021-5888 "
            u"1234,info@yuanhang.com.cn,\"1,200\"\n"
            u",Müller Maschinenbau GmbH,西部,m2,2,,,\"Hauptstraße 5, 10115 Berlin\",,030/123 456,030/123 "
            u"457,jürgen.müller@beispiel.de,\n"
            u",Société Lumière SARL,中南,m1,大客户,,,\"12 rue de Rivoli, "
            u"Paris\",,01.42.68.53.00,,contact@lumière.fr,350\n"
            u",杭州青山茶业有限公司,中南,m2,1,3,3,\"杭州市西湖区龙井路 8 号\n茶园办公楼\",310000,0571-8888 1234,,张三@例子.中国,\n"_s
                .toUtf8();
        const auto fromCsv = import(csv, same, u"same.csv"_s);
        QVERIFY2(fromCsv && !fromCsv->hasErrors(), qPrintable(errorsOf(fromCsv)));
        QCOMPARE(dump(sheet), dump(csv));
        QCOMPARE(import(sheet, readAll(path), file)->summary(), u"created 0, updated 0, unchanged 4"_s);
    }

    void templateAsDownloadedAndFilledIn()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized() && test::addAccounts(t), qPrintable(t.lastError()));
        const QString path = m_dir.filePath(u"template.xlsx"_s);
        QCOMPARE(CustomerImportTemplate(*t, t.sessionFor(u"exec"_s)).write(path).error().code(), ErrorCode::Forbidden);
        const auto written = CustomerImportTemplate(*t, t.sessionFor(u"boss"_s)).write(path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));
        const CustomerRules rules = *CustomerRules::load(*t);
        const QList<DictItem> regions = rules.items(DictType::Region);
        const QList<DictItem> levels = rules.items(DictType::CustomerLevel);
        // Drop-down lists on 地区 (C), 客户经理 (D) and 客户等级 (E), from the second sheet's lists.
        const QString sheetXml = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
        QCOMPARE(sheetXml.count(u"<dataValidation type=\"list\""_s), 3);
        QVERIFY2(sheetXml.contains(u"sqref=\"C2:C1048576\""_s) && sheetXml.contains(u"sqref=\"D2:D1048576\""_s) &&
                     sheetXml.contains(u"sqref=\"E2:E1048576\""_s),
                 qPrintable(sheetXml));
        QVERIFY(sheetXml.contains(u"<formula1>'Allowed values'!$A$2:$A$%1</formula1>"_s.arg(regions.size() + 1)));
        QVERIFY(sheetXml.contains(u"<formula1>'Allowed values'!$B$2:$B$3</formula1>"_s)); // m1, m2
        QVERIFY(sheetXml.contains(u"<formula1>'Allowed values'!$D$2:$D$%1</formula1>"_s.arg(levels.size() + 1)));
        const QString strings = QString::fromUtf8(zipEntry(path, "xl/sharedStrings.xml"));
        for (const DictItem& i : regions + levels)
            QVERIFY2(strings.contains(u"<t>%1</t>"_s.arg(i.item)), qPrintable(i.item));
        QVERIFY(strings.contains(u"<t>m1</t>"_s) && strings.contains(u"<t>m2</t>"_s));
        QVERIFY(!strings.contains(u"<t>gone</t>"_s) && !strings.contains(u"<t>boss</t>"_s)); // disabled, director

        // As downloaded: the Chinese headers and a sample row that imports as it is.
        const auto sample = CustomerImporter(*t, m_clock, t.sessionFor(u"boss"_s)).preview(readAll(path), u"t.xlsx"_s);
        QVERIFY2(sample && !sample->hasErrors(), qPrintable(errorsOf(sample)));
        QCOMPARE(sample->header.mid(0, 4), (QStringList{u"客户编号"_s, u"客户名称"_s, u"地区"_s, u"客户经理"_s}));
        QCOMPARE(sample->header.size(), CustomerImporter::columns().size());
        QCOMPARE(sample->summary(), u"created 1, updated 0, unchanged 0"_s);
        QCOMPARE(sample->rows.at(0).line, 2);

        // Filled in: the sample row overwritten and two more rows, with values from the lists.
        QByteArray xml = sheetXml.toUtf8();
        const QRegularExpression sampleRow(u"<row r=\"2\".*?</row>"_s);
        const QString filled =
            QString::fromUtf8(xmlRow(2, {QString(), u"北京聪海信息科技有限公司"_s, regions.at(0).item, u"m1"_s,
                                         levels.at(1).item, u"4"_s, u"4"_s, u"北京市海淀区中关村大街 1 号"_s,
                                         u"100080"_s, u"010-6234 5678"_s, QString(), u"张三@例子.中国"_s}) +
                              xmlRow(3, {u"000777"_s, u"Müller Maschinenbau GmbH"_s, regions.at(1).item, u"m2"_s,
                                         levels.at(0).item, QString(), QString(), QString(), QString(),
                                         u"030/123 456"_s, u"030/123 457"_s, u"jürgen.müller@beispiel.de"_s}) +
                              xmlRow(4, {QString(), u"Société Lumière SARL"_s, regions.at(2).item, u"m1"_s, QString(),
                                         QString(), QString(), QString(), QString(), u"01.42.68.53.00"_s}));
        QVERIFY(sampleRow.match(QString::fromUtf8(xml)).hasMatch());
        xml = QString::fromUtf8(xml).replace(sampleRow, filled).toUtf8();
        QVERIFY(replaceZipEntry(path, "xl/worksheets/sheet1.xml", xml));
        const auto report = import(t, readAll(path), u"template.xlsx"_s);
        QVERIFY2(report && !report->hasErrors(), qPrintable(errorsOf(report)));
        QCOMPARE(report->summary(), u"created 3, updated 0, unchanged 0"_s);
        const Customer muller = *CustomerStore::load(t->connection(), report->rows.at(1).customer.id);
        QCOMPARE(muller.code, u"000777"_s);
        QCOMPARE(muller.region, regions.at(1).value);
        QCOMPARE(muller.level, levels.at(0).value.toInt());
        QCOMPARE(muller.email, u"jürgen.müller@beispiel.de"_s);
        QCOMPARE(customers(t), 3);
    }

    void ketongctlWorkbooks()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const QString url = t.url().toString();
        const QString book = m_dir.filePath(u"客户-演示.xlsx"_s);
        QList<QList<Cell>> rows = sheetRows();
        for (QList<Cell>& row : rows)
            row[3] = row.at(3).value.toString() == u"m1"_s ? u"manager1"_s : u"manager2"_s;
        QVERIFY(writeBook(book, rows));
        const int before = customers(t);
        const auto dry = test::runCtl({u"import"_s, u"customers"_s, book, u"--dry-run"_s, u"--database"_s, url});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(u"2\tcreate\t000123\t上海远航物流有限公司"_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"4\tcreate\t000042\t杭州青山茶业有限公司"_s));
        QCOMPARE(customers(t), before);
        const auto created = test::runCtl({u"import"_s, u"customers"_s, book, u"--database"_s, url});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(created.out, u"created 3, updated 0, unchanged 0\n"_s);
        const QString xls = QStringLiteral(KETONG_TEST_DATA_DIR "/import/customers-libreoffice.xls");
        const auto old = test::runCtl({u"import"_s, u"customers"_s, xls, u"--dry-run"_s, u"--database"_s, url});
        QCOMPARE(old.exitCode, 1); // m1 and m2 are no accounts of the demo company
        QVERIFY2(old.err.contains(xls + u":Sheet1!D2: "_s), qPrintable(old.err));
        // What ketongctl exports as a workbook imports again unchanged.
        const QString exported = m_dir.filePath(u"export.xlsx"_s);
        QCOMPARE(test::runCtl(
                     {u"export"_s, u"customers"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, exported, u"--database"_s, url})
                     .exitCode,
                 0);
        const auto again = test::runCtl({u"import"_s, u"customers"_s, exported, u"--database"_s, url});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out, u"created 0, updated 0, unchanged %1\n"_s.arg(before + 3));
    }
};

QTEST_GUILESS_MAIN(CustomerSheetImportTest)
#include "CustomerSheetImportTest.moc"
