#pragma once

#include "CustomerImporter.h"
#include "CustomerRules.h"
#include "DuplicateFinder.h"

#include <QHash>
#include <QSet>

namespace ketong {

/// The row checks of CustomerImporter (internal): turns each row of customers.csv — a CSV line or a sheet's
/// row, both read as a TableReader — into the customer it would store, with the action (create / update / unchanged)
/// and every error and warning at its cell. Runs on the calling thread's connection, inside the importer's transaction;
/// the stored customers and the possible duplicates are looked up for all rows at once, not per row.
class CustomerImportChecker
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerImportChecker)
public:
    CustomerImportChecker(const Database& db, const Session& session, const CustomerRules& rules,
                          const TableReader& table, ImportReport& report);

    /// Checks every row; `progress` is called after each (false cancels: Cancelled). Rows on the lines
    /// of `brokenLines` (a structure error of the file: an unclosed quote, too many fields) are not
    /// checked further, since their cells cannot be trusted.
    void setBrokenLines(QSet<int> lines) { m_brokenLines = std::move(lines); }
    Status run(const CustomerImporter::Progress& progress, int totalSteps);

private:
    /// The file's field index of the column `key` (-1: none), looked up once per key.
    int column(const char* key);
    struct Existing
    {
        std::optional<Customer> customer;
        bool failed = false; ///< an error was reported while finding it
    };

    /// Loads the stored customers the rows name (by code, or by name for rows without one) in bulk.
    Status prefetch();
    QString codeOf(int r) const;
    void checkRow(int r);
    Existing findExisting(int r, const QString& code, const QString& name);
    /// Applies the row's cells over `c` (defaults or the stored customer); reports what cannot be read.
    void applyCells(int r, Customer& c);
    void checkRights(int r, const Customer& stored, const Customer& merged);
    void warnDuplicates(int r, const Customer& c, const DuplicateFinder& finder);

    void error(int r, const QString& key, const QString& message);
    void warning(int r, const QString& key, const QString& message);
    bool hasError(int r, const QString& key) const;

    const Database& m_db;
    const Session& m_session;
    const CustomerRules& m_rules;
    const TableReader& m_table;
    ImportReport& m_report;
    QHash<QString, int> m_codeLines;    ///< code → first line giving it
    QHash<QString, int> m_newNameLines; ///< name of a row without code → first line
    QHash<QString, int> m_keyLines;     ///< name key → first line (possible duplicates inside the file)
    QSet<int> m_brokenLines;
    QHash<QString, Customer> m_byCode;         ///< the stored customers of the file's codes
    QHash<QString, QList<qint64>> m_idsByName; ///< not deleted customers by the names of rows without code
    QHash<qint64, Customer> m_byId;            ///< the stored customer of each name that has exactly one
    QHash<const char*, int> m_columns;         ///< applyCells' keys → field index (-1: not in the file)
};

} // namespace ketong
