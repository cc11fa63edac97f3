// CsvReader and CsvWriter: RFC 4180 splitting, encoding detection, header mapping with its errors, and the
// writer's quoting, checked by writing and reading back.
#include "common/CsvReader.h"
#include "common/CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class CsvTest : public QObject
{
    Q_OBJECT

    static QList<CsvReader::Column> schema()
    {
        return {{u"code"_s, u"客户编号"_s}, {u"name"_s, u"客户名称"_s, true}, {u"region"_s, u"地区"_s, true}};
    }

    static QByteArray gb18030(const QString& text)
    {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("fields");
        QTest::newRow("plain LF") << u"a,b\n1,2\n"_s << QList<int>{1, 2}
                                  << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("CRLF, no final newline")
            << u"a,b\r\n1,2"_s << QList<int>{1, 2} << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("quoted comma and doubled quote")
            << u"\"x,y\",\"say \"\"hi\"\"\"\n"_s << QList<int>{1} << QList<QStringList>{{u"x,y"_s, u"say \"hi\""_s}};
        QTest::newRow("newline inside quotes counts lines")
            << u"a,b\n\"line1\r\nline2\",z\nnext,row\n"_s << QList<int>{1, 2, 4}
            << QList<QStringList>{{u"a"_s, u"b"_s}, {u"line1\nline2"_s, u"z"_s}, {u"next"_s, u"row"_s}};
        QTest::newRow("blank and empty-field rows skipped")
            << u"a,b\n\n,,\n1,2\n"_s << QList<int>{1, 4} << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("empty fields kept")
            << u"a,,c,\n"_s << QList<int>{1} << QList<QStringList>{{u"a"_s, QString(), u"c"_s, QString()}};
        QTest::newRow("quote inside unquoted field is text")
            << u"5\"3,b\n"_s << QList<int>{1} << QList<QStringList>{{u"5\"3"_s, u"b"_s}};
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, fields);
        QList<CsvReader::Issue> issues;
        const auto records = CsvReader::split(text, &issues);
        QVERIFY(issues.isEmpty());
        QCOMPARE(records.size(), lines.size());
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).line, lines.at(i));
            QCOMPARE(records.at(i).fields, fields.at(i));
        }
    }

    void unterminatedQuoteIsReported()
    {
        QList<CsvReader::Issue> issues;
        CsvReader::split(u"a,b\n1,\"open\n2,3\n"_s, &issues);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).line, 2);
        QCOMPARE(issues.at(0).column, 2);
    }

    void encodings()
    {
        const QString text = u"客户名称,地区\n北京聪海信息科技有限公司,北京\n"_s;
        CsvReader::Encoding e;
        QCOMPARE(CsvReader::decode(text.toUtf8(), &e), text);
        QCOMPARE(e, CsvReader::Encoding::Utf8);
        QCOMPARE(CsvReader::decode("\xEF\xBB\xBF" + text.toUtf8(), &e), text);
        QCOMPARE(e, CsvReader::Encoding::Utf8WithBom);
        const QByteArray gbk = gb18030(text);
        QVERIFY(gbk != text.toUtf8());
        QCOMPARE(CsvReader::decode(gbk, &e), text);
        QCOMPARE(e, CsvReader::Encoding::Gb18030);
    }

    void headerByKeyOrLabelInAnyOrder()
    {
        CsvReader csv(schema());
        csv.readData(u" 地区 ,NAME,Code\n北京, 聪海 ,KH1\n"_s.toUtf8());
        QVERIFY(!csv.hasIssues());
        QCOMPARE(csv.rowCount(), 1);
        QCOMPARE(csv.line(0), 2);
        QCOMPARE(csv.value(0, u"name"_s), u"聪海"_s);
        QCOMPARE(csv.value(0, u"region"_s), u"北京"_s);
        QCOMPARE(csv.columnNumber(u"code"_s), 3);
        QCOMPARE(csv.presentKeys(), (QStringList{u"region"_s, u"name"_s, u"code"_s}));
    }

    void headerErrorsNameTheColumn()
    {
        CsvReader csv(schema());
        csv.readData(u"客户名称,phone,name,\n聪海,1,2,\n"_s.toUtf8());
        const auto issues = csv.issues();
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).column, 2);
        QVERIFY(issues.at(0).message.contains(u"phone"_s));
        QCOMPARE(issues.at(1).column, 3);
        QVERIFY2(issues.at(1).message.contains(u"name"_s) && issues.at(1).message.contains(u"column 1"_s),
                 qPrintable(issues.at(1).message));
        QCOMPARE(issues.at(2).key, u"region"_s); // missing required column
        QVERIFY(issues.at(2).message.contains(u"地区"_s));
        QCOMPARE(issues.at(2).line, 1);
    }

    void extraFieldsAndEmptyFile()
    {
        CsvReader csv(schema());
        csv.readData(u"name,region\na,b,c\nd,e,\n"_s.toUtf8());
        QCOMPARE(csv.issues().size(), 1); // the trailing empty field of line 3 is no error
        QCOMPARE(csv.issues().at(0).line, 2);
        QCOMPARE(csv.issues().at(0).column, 3);
        CsvReader empty(schema());
        empty.readData(QByteArray());
        QCOMPARE(empty.issues().size(), 1);
        QCOMPARE(empty.issues().at(0).toString(u"x.csv"_s).left(8), u"x.csv:1:"_s);
    }

    void writerQuotesAndReadsBack()
    {
        const QList<QStringList> rows{{u"code"_s, u"name"_s},
                                      {u"KH1"_s, u"a,b"_s},
                                      {u"KH2"_s, u"他说\"好\""_s},
                                      {u"KH3"_s, u"two\nlines"_s},
                                      {u"KH4"_s, QString()}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        for (const auto& row : rows)
            writer.writeRow(row);
        QVERIFY(writer.status().ok());
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        QVERIFY(buffer.data().contains("\"a,b\"\r\n"));
        QVERIFY(buffer.data().contains(u"\"他说\"\"好\"\"\""_s.toUtf8()));
        CsvReader::Encoding e;
        const auto records = CsvReader::split(CsvReader::decode(buffer.data(), &e));
        QCOMPARE(e, CsvReader::Encoding::Utf8WithBom);
        QCOMPARE(records.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(records.at(i).fields, rows.at(i));
        QCOMPARE(CsvWriter::field(u" padded "_s), u"\" padded \""_s);
        QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
    }
};

QTEST_GUILESS_MAIN(CsvTest)
#include "CsvTest.moc"
