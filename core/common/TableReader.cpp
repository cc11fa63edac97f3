#include "TableReader.h"

#include <algorithm>

namespace ketong {

QString TableReader::Issue::toString(const QString& fileName) const
{
    return QStringLiteral("%1:%2: %3").arg(fileName, TableReader::position(sheet, line, column), message);
}

TableReader::TableReader(QList<Column> schema)
    : m_schema(std::move(schema))
{}

TableReader::~TableReader() = default;

QString TableReader::columnLetters(int column)
{
    QString letters;
    for (int n = column; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return letters;
}

QString TableReader::position(const QString& sheet, int line, int column)
{
    if (sheet.isEmpty())
        return QStringLiteral("%1:%2").arg(line).arg(column);
    if (column <= 0)
        return QStringLiteral("%1!%2:%2").arg(sheet).arg(line);
    return QStringLiteral("%1!%2%3").arg(sheet, columnLetters(column)).arg(line);
}

QString TableReader::columnName(int column) const
{
    return m_sheet.isEmpty() ? QString::number(column) : columnLetters(column);
}

void TableReader::addIssue(int line, int column, const QString& message, const QString& key)
{
    m_issues.append({line, column, message, key, m_sheet});
}

void TableReader::readRecords(QList<Record> records, Source source, const QString& sheet, QList<Issue> issues)
{
    m_source = source;
    m_sheet = sheet;
    m_issues = std::move(issues);
    m_header.clear();
    m_rows.clear();
    m_columnOfKey.clear();
    if (records.isEmpty()) {
        addIssue(1, 1,
                 sheet.isEmpty() ? tr("The file is empty: its first line must name the columns")
                                 : tr("The sheet %1 is empty: its first row must name the columns").arg(sheet));
        return;
    }
    const Record header = records.takeFirst();
    m_headerLine = header.line;
    for (const QString& name : header.fields)
        m_header.append(name.trimmed());
    if (source != Source::Csv) {
        // A sheet has no "too many fields": a value right of the named columns is in a column without name.
        qsizetype width = m_header.size();
        for (const Record& r : std::as_const(records))
            width = std::max(width, r.fields.size());
        while (m_header.size() < width)
            m_header.append(QString());
    }
    m_rows = std::move(records);
    if (!m_schema.isEmpty())
        mapHeader(header);
}

void TableReader::mapHeader(const Record& header)
{
    const auto describe = [](const Column& c) { return QStringLiteral("%1 (%2)").arg(c.key, c.label); };
    const qsizetype width = m_header.size();
    for (qsizetype i = 0; i < width; ++i) {
        const QString& name = m_header.at(i);
        const int column = int(i) + 1;
        if (name.isEmpty()) {
            // Spreadsheets often leave trailing empty columns; only an unnamed column with data is wrong.
            const bool hasData = std::any_of(m_rows.cbegin(), m_rows.cend(), [i](const Record& r) {
                return i < r.fields.size() && !r.fields.at(i).trimmed().isEmpty();
            });
            if (hasData)
                addIssue(header.line, column, tr("Column %1 has values but no name").arg(columnName(column)));
            continue;
        }
        const auto known = std::find_if(m_schema.cbegin(), m_schema.cend(), [&name](const Column& c) {
            return name.compare(c.key, Qt::CaseInsensitive) == 0 || name.compare(c.label, Qt::CaseInsensitive) == 0;
        });
        if (known == m_schema.cend()) {
            addIssue(header.line, column, tr("Unknown column \"%1\"").arg(name));
            continue;
        }
        if (m_columnOfKey.contains(known->key)) {
            addIssue(header.line, column,
                     tr("The column %1 is given twice (also column %2)")
                         .arg(describe(*known), columnName(m_columnOfKey.value(known->key) + 1)),
                     known->key);
            continue;
        }
        m_columnOfKey.insert(known->key, int(i));
    }
    for (const Column& c : std::as_const(m_schema)) {
        if (c.required && !m_columnOfKey.contains(c.key))
            addIssue(header.line, int(width) + 1, tr("The required column %1 is missing").arg(describe(c)), c.key);
    }
    for (const Record& r : std::as_const(m_rows)) {
        for (qsizetype i = width; i < r.fields.size(); ++i) {
            if (!r.fields.at(i).trimmed().isEmpty()) {
                addIssue(
                    r.line, int(i) + 1,
                    tr("The row has %1 fields but the header names only %2 columns").arg(r.fields.size()).arg(width));
                break;
            }
        }
    }
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const Issue& a, const Issue& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

QString TableReader::value(int row, const QString& key) const
{
    const int index = m_columnOfKey.value(key, -1);
    if (index < 0)
        return {};
    return m_rows.at(row).fields.value(index).trimmed();
}

QStringList TableReader::presentKeys() const
{
    QList<std::pair<int, QString>> ordered;
    for (auto it = m_columnOfKey.cbegin(); it != m_columnOfKey.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end());
    QStringList keys;
    for (const auto& [index, key] : ordered)
        keys.append(key);
    return keys;
}

} // namespace ketong
