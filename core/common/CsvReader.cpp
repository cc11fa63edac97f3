#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace ketong {

QString CsvReader::Issue::toString(const QString& fileName) const
{
    return QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(line).arg(column).arg(message);
}

CsvReader::CsvReader(QList<Column> schema)
    : m_schema(std::move(schema))
{}

QString CsvReader::decode(const QByteArray& bytes, Encoding* detected)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError()) {
        if (detected)
            *detected = bom ? Encoding::Utf8WithBom : Encoding::Utf8;
        return text;
    }
    if (detected)
        *detected = Encoding::Gb18030;
    QStringDecoder gb("GB18030");
    return gb.decode(bytes);
}

QList<CsvReader::Record> CsvReader::split(const QString& text, QList<Issue>* issues)
{
    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    int quoteLine = 0; // the line an open quoted field started on (0: not inside quotes)
    bool quotedField = false;
    bool anyContent = false; // the current record has a character or a separator
    // Each field is copied out at its exact size and the buffer kept for the next one: growing a fresh string
    // character by character for every field of a 100 k-row file cost a tenth of its import check.
    const auto takeField = [&] {
        record.fields.append(field.isEmpty() ? QString() : QString(field.constData(), field.size()));
        field.resize(0);
    };
    const auto endRecord = [&] {
        takeField();
        // A blank line, or one of empty fields only (",,,," as spreadsheets write), is no record.
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (anyContent && !blank)
            records.append(record);
        record = Record{line + 1, {}};
        anyContent = false;
        quotedField = false;
    };
    record.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoteLine) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoteLine = 0;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // CRLF inside a field becomes LF
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !quotedField) {
            field.resize(0); // spaces before an opening quote are not content
            quoteLine = line;
            quotedField = true;
            anyContent = true;
        } else if (c == QLatin1Char(',')) {
            takeField();
            quotedField = false;
            anyContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else {
            field.append(c);
            anyContent = true;
        }
    }
    if (quoteLine && issues)
        issues->append({quoteLine,
                        int(record.fields.size()) + 1,
                        tr("A quoted field is not closed: a double quote (\") is missing"),
                        {}});
    if (anyContent)
        endRecord();
    return records;
}

Status CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
    readData(file.readAll());
    return {};
}

void CsvReader::readData(const QByteArray& bytes)
{
    m_issues.clear();
    m_header.clear();
    m_rows.clear();
    m_columnOfKey.clear();
    const QString text = decode(bytes, &m_encoding);
    QList<Record> records = split(text, &m_issues);
    if (records.isEmpty()) {
        m_issues.append({1, 1, tr("The file is empty: its first line must name the columns"), {}});
        return;
    }
    const Record header = records.takeFirst();
    for (const QString& name : header.fields)
        m_header.append(name.trimmed());
    m_rows = records;
    if (!m_schema.isEmpty())
        mapHeader(header, records);
}

void CsvReader::mapHeader(const Record& header, const QList<Record>& data)
{
    const auto describe = [](const Column& c) { return QStringLiteral("%1 (%2)").arg(c.key, c.label); };
    const qsizetype width = m_header.size();
    for (qsizetype i = 0; i < width; ++i) {
        const QString& name = m_header.at(i);
        const int column = int(i) + 1;
        if (name.isEmpty()) {
            // Spreadsheets often leave trailing empty columns; only an unnamed column with data is wrong.
            const bool hasData = std::any_of(data.cbegin(), data.cend(), [i](const Record& r) {
                return i < r.fields.size() && !r.fields.at(i).trimmed().isEmpty();
            });
            if (hasData)
                m_issues.append({header.line, column, tr("Column %1 has values but no name").arg(column), {}});
            continue;
        }
        const auto known = std::find_if(m_schema.cbegin(), m_schema.cend(), [&name](const Column& c) {
            return name.compare(c.key, Qt::CaseInsensitive) == 0 || name.compare(c.label, Qt::CaseInsensitive) == 0;
        });
        if (known == m_schema.cend()) {
            m_issues.append({header.line, column, tr("Unknown column \"%1\"").arg(name), {}});
            continue;
        }
        if (m_columnOfKey.contains(known->key)) {
            m_issues.append({header.line, column,
                             tr("The column %1 is given twice (also column %2)")
                                 .arg(describe(*known))
                                 .arg(m_columnOfKey.value(known->key) + 1),
                             known->key});
            continue;
        }
        m_columnOfKey.insert(known->key, int(i));
    }
    for (const Column& c : std::as_const(m_schema)) {
        if (c.required && !m_columnOfKey.contains(c.key))
            m_issues.append(
                {header.line, int(width) + 1, tr("The required column %1 is missing").arg(describe(c)), c.key});
    }
    for (const Record& r : data) {
        for (qsizetype i = width; i < r.fields.size(); ++i) {
            if (!r.fields.at(i).trimmed().isEmpty()) {
                m_issues.append(
                    {r.line,
                     int(i) + 1,
                     tr("The row has %1 fields but the header names only %2 columns").arg(r.fields.size()).arg(width),
                     {}});
                break;
            }
        }
    }
    std::stable_sort(m_issues.begin(), m_issues.end(), [](const Issue& a, const Issue& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
}

QString CsvReader::value(int row, const QString& key) const
{
    const int index = m_columnOfKey.value(key, -1);
    if (index < 0)
        return {};
    return m_rows.at(row).fields.value(index).trimmed();
}

QStringList CsvReader::presentKeys() const
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
