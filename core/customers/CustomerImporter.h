#pragma once

#include "Customer.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/CsvReader.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>

namespace ketong {

class Database;
class Transaction;

/// A problem or a warning at a cell of an imported file.
struct KETONG_CORE_EXPORT ImportIssue
{
    int line = 0;   ///< 1-based CSV line (the header is line 1) or sheet row
    int column = 0; ///< 1-based file or sheet column (0: the row as a whole)
    QString key;    ///< the column's key (name, region…), empty when none
    QString message;
    bool warning = false; ///< a warning (possible duplicate) does not stop the import
    QString sheet;        ///< the sheet of a workbook; empty for CSV
    /// "7:4" in CSV, "Sheet1!D7" in a workbook (TableReader::position)
    QString position() const;
    /// "file:line:column: message", "file:sheet!cell: message" in a workbook (warnings: "…: warning: message")
    QString toString(const QString& fileName) const;
};

/// One data row of customers.csv as checked: what importing it does.
struct ImportRow
{
    enum class Action { Create, Update, Unchanged, Invalid };
    int line = 0;
    Action action = Action::Invalid;
    Customer customer; ///< the customer as it would be stored
    QStringList cells; ///< the row's trimmed cells in file column order (for the preview grid)
};

/// The outcome of checking (and maybe importing) a file.
struct KETONG_CORE_EXPORT ImportReport
{
    QString fileName;
    TableReader::Source source = TableReader::Source::Csv;
    CsvReader::Encoding encoding = CsvReader::Encoding::Utf8; ///< of a CSV file
    QString sheet;                                            ///< the sheet read from a workbook
    int headerLine = 1;                                       ///< the header's line or row
    QStringList header;                                       ///< the file's column names as given
    QList<ImportRow> rows;                                    ///< in file order
    QList<ImportIssue> issues;                                ///< errors and warnings, by line and column
    int created = 0; ///< rows that create a customer (created, after a successful import)
    int updated = 0;
    int unchanged = 0;
    bool written = false; ///< the import was committed

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    /// "created N, updated M, unchanged K" (CLI.md; not translated: scripts read it)
    QString summary() const;
};

/// Customer import (EXCHANGE.md customers.csv): a CSV file (encoding detected) or the first sheet of an
/// .xlsx or .xls workbook (exchange/TableFile, told apart by content), English or Chinese headers, every
/// row checked before anything is written, all or nothing in one transaction, upsert by code (or, for a
/// row without code, by the exact name of exactly one existing customer), so importing a file twice
/// changes nothing the second time. Names or phones like an existing customer's are warned about.
///
/// Rights as for the form: the director (and the system actor) import anything; an account manager
/// creates customers they manage and updates only their own 正常 customers; only the director moves
/// a customer to another manager.
class KETONG_CORE_EXPORT CustomerImporter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerImporter)
public:
    /// Called with (rows done, rows in all); returning false cancels (nothing is written).
    using Progress = std::function<bool(int done, int total)>;

    CustomerImporter(const Database& db, const Clock& clock, Session session);
    CustomerImporter(const Database& db, const Clock&& clock, Session session) = delete;

    /// The columns of customers.csv in EXCHANGE.md's order.
    static const QList<TableReader::Column>& columns();

    /// Checks a file (CSV, .xlsx or .xls bytes) and reports what importing it would do, writing nothing (the
    /// dry run / preview). Invalid when the bytes are a workbook that cannot be read (damaged, protected).
    Result<ImportReport> preview(const QByteArray& data, const QString& fileName, const Progress& progress = {}) const;
    /// Checks the file again inside one transaction and, when no row has an error, writes every row.
    /// With errors the report lists them and nothing is written (report.written is false). Errors:
    /// Forbidden, Cancelled (nothing written), database errors.
    Result<ImportReport> import(const QByteArray& data, const QString& fileName, const Progress& progress = {});
    /// Reads a file for preview()/import(): Io when it cannot be read.
    static Result<QByteArray> readFile(const QString& path);

    /// The issues of a report as CSV (file, line, column, severity, message), for the user to keep.
    static Status writeIssues(const ImportReport& report, QIODevice& device);

private:
    Status requireImporter() const;
    /// Checks the rows of `table` (read once by the caller) against the store.
    Result<ImportReport> check(const TableReader& table, const QString& fileName, const Progress& progress,
                               int totalSteps) const;

    /// Writes the checked rows inside `tx`: new customers in slices of multi-row INSERTs, updates one by one.
    Status write(const Transaction& tx, ImportReport& report, int rows, int total, const Progress& progress);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
