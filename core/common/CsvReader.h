#pragma once

#include "Result.h"
#include "TableReader.h"
#include "ketong_core_export.h"

namespace ketong {

/// Reads the CSV files of EXCHANGE.md (customer import, the sales-system feed): RFC 4180 (comma, double
/// quotes, doubled quotes inside quoted fields, CRLF or LF, newlines inside quoted fields), UTF-8 with or
/// without BOM, else GB18030 (GBK/GB2312 as written by Excel and WPS on Chinese Windows).
///
/// The header mapping and the accessors are TableReader's. Every problem is an Issue with a 1-based line
/// (the header is line 1; a record that spans lines is numbered by the line it starts on) and a 1-based
/// column (the field's position):
///
///     CsvReader csv({{"code", "客户编号"}, {"name", "客户名称", true}});
///     if (auto s = csv.readFile(path); !s) return s.error();          // cannot read the file
///     for (const auto& issue : csv.issues()) err << issue.toString(path);
///     for (int r = 0; r < csv.rowCount(); ++r) use(csv.line(r), csv.value(r, "name"), csv.columnNumber("name"));
class KETONG_CORE_EXPORT CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CsvReader)
public:
    enum class Encoding { Utf8, Utf8WithBom, Gb18030 };

    explicit CsvReader(QList<Column> schema = {});

    /// Reads and checks the file. Fails only when the file cannot be read (Io); problems in its content
    /// are issues().
    Status readFile(const QString& path);
    /// The same for bytes already in memory.
    void readData(const QByteArray& bytes);

    Encoding encoding() const { return m_encoding; }

    /// Decodes file bytes: UTF-8 (a BOM removed) when they are valid UTF-8, else GB18030.
    static QString decode(const QByteArray& bytes, Encoding* detected = nullptr);
    /// Splits RFC 4180 text into records. Blank lines are skipped. An unterminated quoted field is
    /// reported in `issues` (the rest of the text is then its content).
    static QList<Record> split(const QString& text, QList<Issue>* issues = nullptr);

private:
    Encoding m_encoding = Encoding::Utf8;
};

} // namespace ketong
