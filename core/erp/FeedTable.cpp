#include "FeedTable.h"

#include "common/Validation.h"

namespace ketong {

FeedTable::FeedTable(FeedFormat::File file, QString fileName, std::unique_ptr<CsvReader> csv)
    : m_file(file)
    , m_fileName(std::move(fileName))
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
    return m_csv ? m_csv->hasColumn(FeedFormat::columns(m_file).at(column).key) : true;
}

QString FeedTable::value(int row, int column) const
{
    if (!m_csv)
        return m_rows.at(row).at(column);
    const FeedFormat::Column& c = FeedFormat::columns(m_file).at(column);
    QString text = m_csv->value(row, c.key);
    if (c.kind == FeedFormat::Kind::Text)
        return text;
    return Validation::normalizeWidth(text).trimmed();
}

int FeedTable::lineOf(int row) const
{
    return m_csv ? m_csv->line(row) : row + 1;
}

QString FeedTable::problem(int row, int column, const QString& text) const
{
    if (m_csv) {
        const int position = column < 0 ? 0 : m_csv->columnNumber(FeedFormat::columns(m_file).at(column).key);
        if (position == 0)
            return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_csv->line(row)).arg(text);
        return QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(m_csv->line(row)).arg(position).arg(text);
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
            list << issue.toString(m_fileName);
    }
    return list;
}

} // namespace ketong
