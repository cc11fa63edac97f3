#pragma once

#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ketong {

/// The rows of an exchange file (EXCHANGE.md) as texts, whatever they came from: a CSV file (CsvReader) or
/// the first sheet of a workbook (exchange/TableFile). The first record is the header; with a schema (the
/// file's known columns) it is mapped by English key or Chinese label, case-insensitively after trimming,
/// in any order; unknown, missing required and repeated columns are reported by name.
///
/// Every record keeps its place in the file: `line` is the CSV line a record starts on, or the sheet's row
/// number; field i is CSV column i + 1, or sheet column i + 1 (A, B, …). So a problem found in a cell is
/// reported where the user sees it: `file:7:4` in CSV, `file:Sheet1!D7` in a workbook (position()).
class KETONG_CORE_EXPORT TableReader
{
    Q_DECLARE_TR_FUNCTIONS(ketong::TableReader)
public:
    /// Where the records came from.
    enum class Source { Csv, Xlsx, Xls };

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
        int line = 0;   ///< CSV line or sheet row, 1-based
        int column = 0; ///< CSV column or sheet column, 1-based (0: the row as a whole)
        QString message;
        QString key;   ///< the schema column it concerns, if any
        QString sheet; ///< the sheet's name; empty for CSV
        /// "file:line:column: message", or "file:sheet!D7: message" in a workbook
        QString toString(const QString& fileName) const;
    };

    /// One record: the line (CSV) or row (sheet) it starts on and its raw (untrimmed) fields.
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    explicit TableReader(QList<Column> schema = {});
    virtual ~TableReader();
    TableReader(const TableReader&) = default;
    TableReader& operator=(const TableReader&) = default;

    /// Takes the records of a file (blank ones already left out): the first is the header, the others are
    /// data. `issues` are the problems found while splitting them (an unclosed quote); header and
    /// structure problems are added. `sheet` names the sheet the records come from (empty for CSV).
    void readRecords(QList<Record> records, Source source, const QString& sheet = {}, QList<Issue> issues = {});

    Source source() const { return m_source; }
    /// The sheet the rows were read from; empty for CSV.
    const QString& sheet() const { return m_sheet; }
    /// Header and structure problems (unknown/missing/repeated columns, an unterminated quote, a row with
    /// more fields than the header), in file order.
    const QList<Issue>& issues() const { return m_issues; }
    bool hasIssues() const { return !m_issues.isEmpty(); }

    /// The header's fields, trimmed.
    const QStringList& header() const { return m_header; }
    /// The line (CSV) or row (sheet) of the header.
    int headerLine() const { return m_headerLine; }
    /// Data rows (the header and blank rows excluded).
    int rowCount() const { return int(m_rows.size()); }
    /// The line a data row starts on (CSV) or its row number (sheet).
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

    /// Where a cell is, for messages: "7:4" (line 7, column 4) for CSV (empty `sheet`), "Sheet1!D7" in a
    /// sheet; column 0 is the whole line or row ("7:0", "Sheet1!7:7").
    static QString position(const QString& sheet, int line, int column);
    /// A sheet column's letters: 1 → A, 4 → D, 27 → AA.
    static QString columnLetters(int column);

private:
    void mapHeader(const Record& header);
    /// A column as the user names it in messages: its number in CSV, its letters in a sheet.
    QString columnName(int column) const;
    void addIssue(int line, int column, const QString& message, const QString& key = {});

    QList<Column> m_schema;
    Source m_source = Source::Csv;
    QString m_sheet;
    QList<Issue> m_issues;
    QStringList m_header;
    int m_headerLine = 1;
    QList<Record> m_rows;
    QHash<QString, int> m_columnOfKey; ///< schema key → 0-based field index
};

} // namespace ketong
