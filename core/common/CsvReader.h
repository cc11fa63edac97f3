#pragma once

#include "Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ketong {

/// Reads the CSV files of EXCHANGE.md (customer import, the sales-system feed): RFC 4180 (comma, double
/// quotes, doubled quotes inside quoted fields, CRLF or LF, newlines inside quoted fields), UTF-8 with or
/// without BOM, else GB18030 (GBK/GB2312 as written by Excel and WPS on Chinese Windows).
///
/// With a schema (the file's known columns) the header row is mapped by English key or Chinese label,
/// case-insensitively after trimming, in any order; unknown, missing required and repeated columns are
/// reported by name. Every problem is an Issue with a 1-based line (the header is line 1; a record that
/// spans lines is numbered by the line it starts on) and a 1-based column (the field's position):
///
///     CsvReader csv({{"code", "客户编号"}, {"name", "客户名称", true}});
///     if (auto s = csv.readFile(path); !s) return s.error();          // cannot read the file
///     for (const auto& issue : csv.issues()) err << issue.toString(path);
///     for (int r = 0; r < csv.rowCount(); ++r) use(csv.line(r), csv.value(r, "name"), csv.columnNumber("name"));
class KETONG_CORE_EXPORT CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CsvReader)
public:
    enum class Encoding { Utf8, Utf8WithBom, Gb18030 };

    /// A column the file may have.
    struct Column
    {
        QString key;           ///< English key ("customer_code")
        QString label;         ///< Chinese label ("客户编号")
        bool required = false; ///< the header must name it (its cells may still be checked by the caller)
    };

    /// A problem found in the file: where, and what (in the user's language).
    struct Issue
    {
        int line = 0;
        int column = 0;
        QString message;
        QString key; ///< the schema column it concerns, if any
        /// "file:line:column: message"
        QString toString(const QString& fileName) const;
    };

    /// One record as split from the text: the line it starts on and its raw (untrimmed) fields.
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    explicit CsvReader(QList<Column> schema = {});

    /// Reads and checks the file. Fails only when the file cannot be read (Io); problems in its content
    /// are issues().
    Status readFile(const QString& path);
    /// The same for bytes already in memory.
    void readData(const QByteArray& bytes);

    Encoding encoding() const { return m_encoding; }
    /// Header and structure problems (unknown/missing/repeated columns, an unterminated quote, a row with
    /// more fields than the header), in file order.
    const QList<Issue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }

    /// The header's fields, trimmed.
    const QStringList& header() const { return m_header; }
    /// Data rows (the header and blank rows excluded).
    int rowCount() const { return int(m_rows.size()); }
    /// The line a data row starts on.
    int line(int row) const { return m_rows.at(row).line; }
    /// The trimmed cell at 0-based file column `column` of `row` (empty past the row's end).
    QString field(int row, int column) const { return m_rows.at(row).fields.value(column).trimmed(); }
    /// The trimmed cell of schema column `key` in `row`; empty when the file lacks the column.
    QString value(int row, const QString& key) const;
    /// Whether the header names schema column `key`.
    bool hasColumn(const QString& key) const { return m_columnOfKey.contains(key); }
    /// The 1-based position of schema column `key` in the file, or 0 when absent.
    int columnNumber(const QString& key) const { return m_columnOfKey.value(key, -1) + 1; }
    /// The schema keys the file has, in the file's order.
    QStringList presentKeys() const;
    const QList<Column>& schema() const { return m_schema; }

    /// Decodes file bytes: UTF-8 (a BOM removed) when they are valid UTF-8, else GB18030.
    static QString decode(const QByteArray& bytes, Encoding* detected = nullptr);
    /// Splits RFC 4180 text into records. Blank lines are skipped. An unterminated quoted field is
    /// reported in `issues` (the rest of the text is then its content).
    static QList<Record> split(const QString& text, QList<Issue>* issues = nullptr);

private:
    void mapHeader(const Record& header, const QList<Record>& data);

    QList<Column> m_schema;
    Encoding m_encoding = Encoding::Utf8;
    QList<Issue> m_issues;
    QStringList m_header;
    QList<Record> m_rows;
    QHash<QString, int> m_columnOfKey; ///< schema key → 0-based field index
};

} // namespace ketong
