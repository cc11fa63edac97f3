#pragma once

#include "FeedFormat.h"
#include "common/CsvReader.h"
#include "ketong_core_export.h"

#include <QList>
#include <QString>

#include <memory>

namespace ketong {

/// One file of a feed as rows × the columns of FeedFormat::columns(file), whatever it came from: a CSV
/// file (cells located as `file:line:column`) or a JSON array (cells located as `file:$[i].key`,
/// `orders.json:$[i].lines[j].key` for inline order lines). Values are already trimmed and, for number,
/// date and phone columns, width-normalised.
class KETONG_CORE_EXPORT FeedTable
{
public:
    /// A table over a parsed CSV file (read with FeedFormat::csvSchema(file)).
    FeedTable(FeedFormat::File file, QString fileName, std::unique_ptr<CsvReader> csv);
    /// A table of JSON records: `rows[i]` holds one value per column, `paths[i]` the record's JSON path.
    FeedTable(FeedFormat::File file, QString fileName, QList<QStringList> rows, QStringList paths);
    ~FeedTable();
    Q_DISABLE_COPY_MOVE(FeedTable)

    FeedFormat::File file() const { return m_file; }
    const QString& fileName() const { return m_fileName; }
    int rowCount() const;
    /// False only for a CSV file whose header lacks the column.
    bool hasColumn(int column) const;
    QString value(int row, int column) const;
    /// `where: text` — a problem located at a cell (the row alone when column < 0 or absent).
    QString problem(int row, int column, const QString& text) const;
    /// The CSV line (or JSON record number, 1-based) of a row.
    int lineOf(int row) const;
    /// Problems of the file itself (CSV header and structure).
    QStringList fileProblems() const;

private:
    FeedFormat::File m_file;
    QString m_fileName;
    std::unique_ptr<CsvReader> m_csv;
    QList<QStringList> m_rows;
    QStringList m_paths;
};

} // namespace ketong
