// Reading spreadsheets (core/exchange): number formats as the spreadsheet shows them, workbooks written with
// libxlsxwriter (shared and inline strings, numbers with formats, dates as serial numbers), the real samples
// LibreOffice wrote (tests/data/import), the first visible sheet, positions in sheet terms, and refusals of
// what is no workbook or a damaged one.
#include "exchange/SheetReader.h"
#include "TestWorkbook.h"
#include "common/TableReader.h"
#include "exchange/NumberFormat.h"
#include "exchange/TableFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sample(const QString& name)
{
    return QStringLiteral(KETONG_TEST_DATA_DIR "/import/") + name;
}

/// The text of cell `cell` ("B4") of `sheet`, empty when the row or cell is absent.
QString cellOf(const Sheet& sheet, const char* cell)
{
    const int row = int(lxw_name_to_row(cell)) + 1;
    const int column = lxw_name_to_col(cell);
    for (const TableReader::Record& r : sheet.rows) {
        if (r.line == row)
            return r.fields.value(column);
    }
    return {};
}

/// A zip archive of the given entries, made with libzip.
QByteArray zipOf(const QList<std::pair<const char*, QByteArray>>& entries)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"x.zip"_s));
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    for (const auto& [name, data] : entries) {
        zip_source_t* source = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        zip_file_add(z, name, source, ZIP_FL_OVERWRITE);
    }
    zip_close(z);
    return readAll(dir.filePath(u"x.zip"_s));
}

} // namespace

class SheetReaderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void numberFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        const double march4 = test::TestWorkbook::serial(QDate(2026, 3, 4));
        QTest::newRow("code with zeros") << u"000000"_s << 123.0 << u"000123"_s;
        QTest::newRow("mobile, General") << QString() << 13812345678.0 << u"13812345678"_s;
        QTest::newRow("mobile, 0") << u"0"_s << 13812345678.0 << u"13812345678"_s;
        QTest::newRow("General decimal") << u"General"_s << 0.1 << u"0.1"_s;
        QTest::newRow("General sum") << u"General"_s << 0.1 + 0.2 << u"0.3"_s;
        QTest::newRow("General negative") << u"General"_s << -42.0 << u"-42"_s;
        QTest::newRow("phone in groups") << u"000-0000-0000"_s << 13812345678.0 << u"138-1234-5678"_s;
        QTest::newRow("phone, condition long")
            << u"[<=9999999]###-####;(###) ###-####"_s << 2125551234.0 << u"(212) 555-1234"_s;
        QTest::newRow("phone, condition short")
            << u"[<=9999999]###-####;(###) ###-####"_s << 5551234.0 << u"555-1234"_s;
        QTest::newRow("money") << u"#,##0.00"_s << 12800.5 << u"12,800.50"_s;
        QTest::newRow("money negative") << u"#,##0.00"_s << -1234.5 << u"-1,234.50"_s;
        QTest::newRow("money in parentheses") << u"#,##0;(#,##0)"_s << -1234.0 << u"(1,234)"_s;
        QTest::newRow("yuan sign") << u"\"¥\"#,##0.00"_s << 12800.0 << u"¥12,800.00"_s;
        QTest::newRow("currency bracket") << u"[$¥-804]#,##0.00"_s << 12800.0 << u"¥12,800.00"_s;
        QTest::newRow("colour") << u"[Red]0.00"_s << 3.0 << u"3.00"_s;
        QTest::newRow("unit") << u"0\"件\""_s << 12.0 << u"12件"_s;
        QTest::newRow("thousands scaled") << u"#,##0,"_s << 1234567.0 << u"1,235"_s;
        QTest::newRow("percent") << u"0%"_s << 0.25 << u"25%"_s;
        QTest::newRow("percent decimals") << u"0.00%"_s << 0.1234 << u"12.34%"_s;
        QTest::newRow("optional decimals") << u"0.0#"_s << 1.5 << u"1.5"_s;
        QTest::newRow("optional decimals full") << u"0.0#"_s << 1.25 << u"1.25"_s;
        QTest::newRow("no integer zero") << u"#.00"_s << 0.5 << u".50"_s;
        QTest::newRow("scientific") << u"0.00E+00"_s << 12345.0 << u"1.23E+04"_s;
        QTest::newRow("zero section") << u"0;-0;\"-\""_s << 0.0 << u"-"_s;
        QTest::newRow("hidden") << u";;;"_s << 5.0 << QString();
        QTest::newRow("text format") << u"@"_s << 123.0 << u"123"_s;
        QTest::newRow("fraction as General") << u"# ?/?"_s << 1.5 << u"1.5"_s;
        QTest::newRow("date") << u"yyyy-mm-dd"_s << march4 << u"2026-03-04"_s;
        QTest::newRow("date slashes") << u"yyyy/m/d"_s << march4 << u"2026-03-04"_s;
        QTest::newRow("date US") << u"m/d/yy"_s << march4 << u"2026-03-04"_s;
        QTest::newRow("date Chinese") << u"yyyy\"年\"m\"月\"d\"日\""_s << march4 << u"2026-03-04"_s;
        QTest::newRow("date builtin 14") << NumberFormat::builtInCode(14) << march4 << u"2026-03-04"_s;
        QTest::newRow("date builtin 31 (zh)") << NumberFormat::builtInCode(31) << march4 << u"2026-03-04"_s;
        QTest::newRow("date and time") << u"yyyy-mm-dd hh:mm"_s << march4 + 0.3958333333 << u"2026-03-04 09:30:00"_s;
        QTest::newRow("time") << u"h:mm"_s << 0.5 << u"12:00:00"_s;
        QTest::newRow("minutes, not months") << u"mm:ss"_s << 90.0 / 86400 << u"00:01:30"_s;
        QTest::newRow("time AM/PM") << u"h:mm AM/PM"_s << 0.75 << u"18:00:00"_s;
        QTest::newRow("duration") << u"[h]:mm:ss"_s << 1.5 << u"36:00:00"_s;
        QTest::newRow("first of 1900") << u"yyyy-mm-dd"_s << 1.0 << u"1900-01-01"_s;
        QTest::newRow("Lotus' 1900-02-29") << u"yyyy-mm-dd"_s << 60.0 << u"60"_s;
        QTest::newRow("1900-03-01") << u"yyyy-mm-dd"_s << 61.0 << u"1900-03-01"_s;
        QTest::newRow("negative date") << u"yyyy-mm-dd"_s << -1.0 << u"-1"_s;
    }
    void numberFormats()
    {
        QFETCH(QString, code);
        QFETCH(double, value);
        QFETCH(QString, shown);
        QCOMPARE(NumberFormat::format(value, code), shown);
    }

    void date1904()
    {
        QCOMPARE(NumberFormat::format(0, u"yyyy-mm-dd"_s, true), u"1904-01-01"_s);
        QCOMPARE(NumberFormat::format(44624, u"yyyy-mm-dd"_s, true), u"2026-03-05"_s);
    }

    void positions()
    {
        QCOMPARE(TableReader::columnLetters(1), u"A"_s);
        QCOMPARE(TableReader::columnLetters(26), u"Z"_s);
        QCOMPARE(TableReader::columnLetters(27), u"AA"_s);
        QCOMPARE(TableReader::columnLetters(16384), u"XFD"_s);
        QCOMPARE(TableReader::position(u"Sheet1"_s, 7, 4), u"Sheet1!D7"_s);
        QCOMPARE(TableReader::position(u"Sheet1"_s, 7, 0), u"Sheet1!7:7"_s);
        QCOMPARE(TableReader::position(QString(), 7, 4), u"7:4"_s);
    }

    void libxlsxwriterWorkbook_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }
    void libxlsxwriterWorkbook()
    {
        QFETCH(bool, constantMemory);
        const QString path = m_dir.filePath(u"book-%1.xlsx"_s.arg(constantMemory));
        {
            test::TestWorkbook book(path, "客户表", constantMemory);
            book.writeRow(0, {u"编号"_s, u"名称"_s, u"手机"_s, u"成立日期"_s, u"注册资金"_s, u"备注"_s});
            book.writeRow(1, {test::TestWorkbook::Cell(123, "000000"), u"上海远航物流有限公司"_s, 13812345678.0,
                              test::TestWorkbook::Cell(test::TestWorkbook::serial(QDate(2026, 3, 4)), "yyyy-mm-dd"),
                              test::TestWorkbook::Cell(1200, "#,##0"), u"两行\n文字"_s});
            book.write("C4", test::TestWorkbook::Cell(test::TestWorkbook::serial(QDate(2026, 3, 4), QTime(9, 30)),
                                                      "yyyy/m/d h:mm"));
            QVERIFY(book.close());
        }
        const auto sheet = SheetReader::readFirstSheet(readAll(path));
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message()));
        QCOMPARE(sheet->name, u"客户表"_s);
        QCOMPARE(sheet->rows.size(), 3); // the empty row 3 is left out
        QCOMPARE(sheet->rows.at(1).line, 2);
        QCOMPARE(sheet->rows.at(1).fields, (QStringList{u"000123"_s, u"上海远航物流有限公司"_s, u"13812345678"_s,
                                                        u"2026-03-04"_s, u"1,200"_s, u"两行\n文字"_s}));
        QCOMPARE(sheet->rows.at(2).line, 4);
        QCOMPARE(sheet->rows.at(2).fields, (QStringList{QString(), QString(), u"2026-03-04 09:30:00"_s}));
    }

    void libreOfficeSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << u"formats-libreoffice.xlsx"_s;
        QTest::newRow("xls") << u"formats-libreoffice.xls"_s;
    }
    void libreOfficeSamples()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(sample(file));
        const bool xls = file.endsWith(u".xls"_s);
        QCOMPARE(SheetReader::detect(bytes), xls ? SheetReader::Kind::Xls : SheetReader::Kind::Xlsx);
        const auto sheet = SheetReader::readFirstSheet(bytes);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message()));
        QCOMPARE(sheet->name, u"Sheet1"_s);
        QCOMPARE(cellOf(*sheet, "A2"), u"编号 000000"_s);
        // FreeXL gives no number formats but dates: .xls shows the code and the money as General does.
        QCOMPARE(cellOf(*sheet, "B2"), xls ? u"123"_s : u"000123"_s);
        QCOMPARE(cellOf(*sheet, "B3"), u"13812345678"_s);
        QCOMPARE(cellOf(*sheet, "B4"), u"2026-03-04"_s);
        QCOMPARE(cellOf(*sheet, "B5"), u"2026-03-04 09:30:00"_s);
        QCOMPARE(cellOf(*sheet, "B6"), xls ? u"12800.5"_s : u"12,800.50"_s);
        QCOMPARE(cellOf(*sheet, "B7"), xls ? u"0.25"_s : u"25%"_s);
        QCOMPARE(cellOf(*sheet, "B8"), u"0.1"_s);
        QCOMPARE(cellOf(*sheet, "B9"), u"上海\n浦东"_s);
        // A formula's computed value; FreeXL does not read formula cells of .xls files.
        QCOMPARE(cellOf(*sheet, "B10"), xls ? QString() : u"3"_s);
    }

    void cellKindsAndEscapes()
    {
        // What Excel writes besides numbers and shared strings: inline and formula strings, booleans, errors,
        // ISO dates (Strict OOXML), rich text with a phonetic guide, OOXML's _xHHHH_ escapes, cells without a
        // reference, and a workbook part named by an absolute path.
        const QByteArray sheet =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>"
            "<c t=\"inlineStr\"><is><t>a_x000A_b</t></is></c><c t=\"inlineStr\"><is><t>_x005F_x000D_</t></is></c>"
            "<c t=\"str\"><f>A1</f><v>公式</v></c><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c>"
            "<c t=\"d\"><v>2026-03-04</v></c><c t=\"d\"><v>2026-03-04T09:30:00</v></c>"
            "<c t=\"inlineStr\"><is><r><t>张</t></r><r><t>三</t></r><rPh><t>zhang</t></rPh></is></c>"
            "</row></sheetData></worksheet>";
        const QByteArray workbook = "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" "
                                    "xmlns:r=\"urn:r\"/></sheets></workbook>";
        const QByteArray rels = "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                                "Target=\"/xl/worksheets/s.xml\"/></Relationships>";
        const auto read = SheetReader::readFirstSheet(zipOf(
            {{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/worksheets/s.xml", sheet}}));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->rows.size(), 1);
        QCOMPARE(read->rows.at(0).line, 1);
        QCOMPARE(read->rows.at(0).fields, (QStringList{u"a\nb"_s, u"_x000D_"_s, u"公式"_s, u"TRUE"_s, u"#N/A"_s,
                                                       u"2026-03-04"_s, u"2026-03-04 09:30:00"_s, u"张三"_s}));
    }

    void firstVisibleSheetAndHeaderPositions()
    {
        const QString path = m_dir.filePath(u"sheets.xlsx"_s);
        {
            test::TestWorkbook book(path, "隐藏");
            book.write("A1", u"secret"_s);
            lxw_worksheet* second = workbook_add_worksheet(book.book(), "客户");
            worksheet_write_string(second, 2, 1, "name", nullptr); // B3: a title row may stand above
            worksheet_write_string(second, 2, 2, "phone", nullptr);
            worksheet_write_string(second, 3, 1, "甲", nullptr);
            worksheet_write_string(second, 3, 5, "stray", nullptr); // F4: right of the named columns
            worksheet_activate(second);
            worksheet_hide(book.sheet());
            QVERIFY(book.close());
        }
        const auto table = TableFile::read(readAll(path), {{u"name"_s, u"客户名称"_s, true}, {u"region"_s, u"地区"_s}});
        QVERIFY(table);
        const TableReader& t = **table;
        QCOMPARE(t.source(), TableReader::Source::Xlsx);
        QCOMPARE(t.sheet(), u"客户"_s);
        QCOMPARE(t.headerLine(), 3);
        QCOMPARE(t.value(0, u"name"_s), u"甲"_s);
        QCOMPARE(t.columnNumber(u"name"_s), 2);
        QStringList issues;
        for (const TableReader::Issue& i : t.issues())
            issues << i.toString(u"b.xlsx"_s);
        QCOMPARE(issues.size(), 2);
        QVERIFY2(issues.at(0).startsWith(u"b.xlsx:客户!C3: "_s) && issues.at(0).contains(u"phone"_s),
                 qPrintable(issues.at(0)));
        QVERIFY2(issues.at(1).startsWith(u"b.xlsx:客户!F3: "_s) && issues.at(1).contains(u"F"_s),
                 qPrintable(issues.at(1)));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray sheet =
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>";
        const QByteArray workbook = "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" "
                                    "xmlns:r=\"urn:r\"/></sheets></workbook>";
        const QByteArray rels =
            "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"sheet1.xml\"/></Relationships>";
        QTest::newRow("not a workbook") << QByteArray("name,region\n") << u"not an Excel workbook"_s;
        QTest::newRow("broken zip") << QByteArray("PK\x03\x04garbage") << u"zip"_s;
        QTest::newRow("zip without workbook") << zipOf({{"hello.txt", "hi"}}) << u"xl/workbook.xml"_s;
        QTest::newRow("shared string missing")
            << zipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/sheet1.xml", sheet}})
            << u"shared string"_s;
        QByteArray bad = sheet;
        bad.replace("t=\"s\"><v>7</v>", "><v>1</v></row>");
        QTest::newRow("broken XML") << zipOf({{"xl/workbook.xml", workbook},
                                              {"xl/_rels/workbook.xml.rels", rels},
                                              {"xl/sheet1.xml", bad}})
                                    << u"xl/sheet1.xml"_s;
        QByteArray backwards = sheet;
        backwards.replace("r=\"1\"", "r=\"2\"");
        QTest::newRow("cell outside its row")
            << zipOf(
                   {{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}, {"xl/sheet1.xml", backwards}})
            << u"A1"_s;
        QTest::newRow("not xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 garbage", 16) + QByteArray(600, 'x')
                                 << u"password"_s;
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto sheet = SheetReader::readFirstSheet(bytes);
        QVERIFY(!sheet);
        QCOMPARE(sheet.error().code(), ErrorCode::Invalid);
        QVERIFY2(sheet.error().message().contains(message), qPrintable(sheet.error().message()));
    }
};

QTEST_GUILESS_MAIN(SheetReaderTest)
#include "SheetReaderTest.moc"
