#include "FeedTable.h"

namespace ketong {

FeedTable::FeedTable(FeedFormat::File file, std::unique_ptr<CsvReader> csv)
    : m_file(file)
    , m_fileName(csv->fileName())
    , m_csv(std::move(csv))
{}

FeedTable::FeedTable(FeedFormat::File file, QString fileName, QList<QStringList> rows, QStringList paths)
    : m_file(file)
    , m_fileName(std::move(fileName))
    , m_rows(std::move(rows))
    , m_paths(std::move(paths))
{}

FeedTable::~FeedTable() = default;

int FeedTable::rowCount() const
{
    return m_csv ? m_csv->rowCount() : int(m_rows.size());
}

bool FeedTable::hasColumn(int column) const
{
    return m_csv ? m_csv->hasColumn(column) : true;
}

QString FeedTable::value(int row, int column) const
{
    return m_csv ? m_csv->value(row, column) : m_rows.at(row).at(column);
}

int FeedTable::lineOf(int row) const
{
    return m_csv ? m_csv->lineOf(row) : row + 1;
}

QString FeedTable::problem(int row, int column, const QString& text) const
{
    if (m_csv) {
        if (column < 0)
            return CsvReader::Issue{m_fileName, m_csv->lineOf(row), 0, text}.toString();
        return m_csv->issueAt(row, column, text).toString();
    }
    QString where = m_paths.at(row);
    if (column >= 0)
        where += QLatin1Char('.') + FeedFormat::columns(m_file).at(column).key;
    return QStringLiteral("%1:%2: %3").arg(m_fileName, where, text);
}

QStringList FeedTable::fileProblems() const
{
    QStringList list;
    if (m_csv) {
        for (const auto& issue : m_csv->issues())
            list << issue.toString();
    }
    return list;
}

} // namespace ketong
