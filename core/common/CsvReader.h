#pragma once

#include "Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ketong {

/// Reads one CSV file of the exchange formats (spec/EXCHANGE.md, "Common rules for every CSV file"):
///  * RFC 4180: comma separator, "…" quoting with "" inside, CRLF or LF, newlines inside quoted fields;
///  * UTF-8 with or without BOM; bytes that are not valid UTF-8 are read as GB18030 (GBK/GB2312);
///  * the first record is the header; each column is named by its English key or its Chinese label,
///    case-insensitively after trimming, in any order; an unknown, missing required or repeated column is
///    an error naming it;
///  * cells are trimmed; Number, Date and Phone cells also get full-width digits and spaces normalised;
///  * entirely empty records (blank lines, ",,,") are skipped.
/// Problems are collected (never thrown) as issues `file:line:column: message`, line 1 being the header.
/// The text is kept once and cells are spans into it, so a file of a million rows stays small.
///
///     CsvReader csv(QStringLiteral("products.csv"), {{"product_no", "产品编号", true}, …});
///     if (auto s = csv.readFile(path); !s) return s.error();   // cannot read the file at all
///     for (const auto& issue : csv.issues()) report(issue.toString());
///     for (int row = 0; row < csv.rowCount(); ++row) use(csv.value(row, 0));
class KETONG_CORE_EXPORT CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CsvReader)
public:
    /// How a cell is cleaned before use.
    enum class Kind {
        Text,   ///< trimmed
        Number, ///< trimmed, full-width digits and spaces normalised
        Date,   ///< as Number
        Phone,  ///< as Number
    };

    /// A column the file may have.
    struct Column
    {
        QString key;   ///< English key ("product_no")
        QString label; ///< Chinese label ("产品编号")
        bool required = false;
        Kind kind = Kind::Text;
    };

    /// One problem, located in the file.
    struct Issue
    {
        QString file;
        int line = 0;   ///< 1 = the header
        int column = 0; ///< 1-based position in the file; 0 when the whole line is concerned
        QString message;
        /// `file:line:column: message` (`file:line: message` without a column).
        QString toString() const;
    };

    CsvReader(QString fileName, QList<Column> columns);

    /// Reads and parses a file. Fails (Io) only when it cannot be read; problems of its content are issues().
    Status readFile(const QString& path);
    /// Decodes and parses bytes as the content of fileName().
    void readBytes(const QByteArray& bytes);

    /// The text of bytes: UTF-8 (a BOM is dropped) when valid, else GB18030. `encoding` receives the name.
    static QString decode(const QByteArray& bytes, QString* encoding = nullptr);

    const QString& fileName() const { return m_fileName; }
    const QList<Column>& columns() const { return m_columns; }
    /// "UTF-8" or "GB18030".
    const QString& encoding() const { return m_encoding; }
    /// Header and structure problems (unknown column, unterminated quote, wrong number of fields…).
    const QList<Issue>& issues() const { return m_issues; }

    /// Data records (the header and skipped empty records not counted).
    int rowCount() const { return int(m_lines.size()); }
    /// The file line a record starts on (the header is line 1).
    int lineOf(int row) const { return m_lines.at(row); }
    /// True when the header has the column (index into columns()).
    bool hasColumn(int column) const { return m_position.at(column) >= 0; }
    /// The 1-based file position of a column, 0 when absent.
    int filePosition(int column) const { return m_position.at(column) + 1; }
    /// The cleaned cell of a record (index into columns()); empty when the column is absent.
    QString value(int row, int column) const;
    /// An issue located at a record's cell (the column's position; the line alone when it is absent).
    Issue issueAt(int row, int column, const QString& message) const;

private:
    struct Span
    {
        qint32 start = 0;
        qint32 length = 0; ///< negative: −(1 + index into m_unescaped), a quoted field with "" inside
    };

    void parse();
    void mapHeader(const QList<QString>& header, int line);
    QStringView raw(qsizetype spanIndex) const;

    QString m_fileName;
    QList<Column> m_columns;
    QString m_encoding;
    QString m_text;
    QList<Issue> m_issues;
    QList<int> m_position;      ///< per column: 0-based file position, -1 when absent
    int m_width = 0;            ///< number of fields in the header
    QList<Span> m_spans;        ///< m_width spans per record
    QList<int> m_lines;         ///< per record: its first line
    QList<QString> m_unescaped; ///< fields that needed "" → " unescaping
};

} // namespace ketong
