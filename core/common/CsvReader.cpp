#include "CsvReader.h"

#include "Validation.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <limits>

namespace ketong {

QString CsvReader::Issue::toString() const
{
    if (column > 0)
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

CsvReader::CsvReader(QString fileName, QList<Column> columns)
    : m_fileName(std::move(fileName))
    , m_columns(std::move(columns))
    , m_position(m_columns.size(), -1)
{}

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8); // drops a leading BOM
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Excel and WPS on Chinese Windows write GBK; GB18030 is its superset.
    QStringDecoder gb18030("GB18030");
    if (encoding)
        *encoding = QStringLiteral("GB18030");
    if (!gb18030.isValid()) // a Qt without ICU: the best the system offers
        return QStringDecoder(QStringDecoder::System).decode(bytes);
    return gb18030.decode(bytes);
}

Status CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), {}, path);
    readBytes(file.readAll());
    return {};
}

void CsvReader::readBytes(const QByteArray& bytes)
{
    m_issues.clear();
    m_spans.clear();
    m_lines.clear();
    m_unescaped.clear();
    m_position.fill(-1);
    m_width = 0;
    m_text = decode(bytes, &m_encoding);
    if (m_text.size() >= std::numeric_limits<qint32>::max()) {
        m_issues.append({m_fileName, 1, 0, tr("the file is too large")});
        return;
    }
    parse();
}

QStringView CsvReader::raw(qsizetype spanIndex) const
{
    const Span& span = m_spans.at(spanIndex);
    if (span.length < 0)
        return m_unescaped.at(-span.length - 1);
    return QStringView(m_text).mid(span.start, span.length);
}

QString CsvReader::value(int row, int column) const
{
    const int position = m_position.at(column);
    if (position < 0)
        return {};
    const QStringView cell = raw(qsizetype(row) * m_width + position).trimmed();
    if (m_columns.at(column).kind == Kind::Text)
        return cell.toString();
    return Validation::normalizeWidth(cell.toString()).trimmed();
}

CsvReader::Issue CsvReader::issueAt(int row, int column, const QString& message) const
{
    return {m_fileName, m_lines.at(row), filePosition(column), message};
}

void CsvReader::parse()
{
    const QString& t = m_text;
    const qsizetype n = t.size();
    qsizetype i = 0;
    int line = 1;
    bool haveHeader = false;
    QList<Span> fields;
    while (i < n) {
        const int recordLine = line;
        fields.clear();
        bool broken = false;
        for (;;) {
            Span span;
            if (t.at(i) == u'"') {
                const int quoteLine = line;
                const qsizetype start = ++i;
                bool escaped = false;
                bool closed = false;
                while (i < n) {
                    const QChar c = t.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && t.at(i + 1) == u'"') {
                            escaped = true;
                            i += 2;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    ++i;
                }
                if (!closed) {
                    m_issues.append({m_fileName, quoteLine, int(fields.size()) + 1,
                                     tr("a quoted field is never closed (a \" is missing)")});
                    return;
                }
                span = {qint32(start), qint32(i - start)};
                if (escaped) {
                    m_unescaped.append(t.mid(start, i - start).replace(QStringLiteral("\"\""), QStringLiteral("\"")));
                    span.length = -qint32(m_unescaped.size());
                }
                ++i;
                while (i < n && (t.at(i) == u' ' || t.at(i) == u'\t'))
                    ++i;
                if (i < n && t.at(i) != u',' && t.at(i) != u'\n' && t.at(i) != u'\r') {
                    if (!broken)
                        m_issues.append({m_fileName, line, int(fields.size()) + 1,
                                         tr("unexpected text after a closing quote (write a quote inside a quoted "
                                            "field as \"\")")});
                    broken = true;
                    while (i < n && t.at(i) != u',' && t.at(i) != u'\n' && t.at(i) != u'\r')
                        ++i;
                }
            } else {
                const qsizetype start = i;
                while (i < n && t.at(i) != u',' && t.at(i) != u'\n' && t.at(i) != u'\r')
                    ++i;
                span = {qint32(start), qint32(i - start)};
            }
            fields.append(span);
            if (i >= n)
                break;
            if (t.at(i) == u',') {
                ++i;
                if (i >= n) { // a trailing comma ends the text: one more, empty field
                    fields.append({qint32(i), 0});
                    break;
                }
                continue;
            }
            if (t.at(i) == u'\r' && i + 1 < n && t.at(i + 1) == u'\n')
                ++i;
            ++i;
            ++line;
            break;
        }

        bool empty = true;
        for (const Span& s : std::as_const(fields)) {
            if (s.length < 0 || !QStringView(t).mid(s.start, s.length).trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        if (empty || broken)
            continue;
        if (!haveHeader) {
            QList<QString> header;
            for (const Span& s : std::as_const(fields))
                header.append(s.length < 0 ? m_unescaped.at(-s.length - 1) : t.mid(s.start, s.length));
            mapHeader(header, recordLine);
            haveHeader = true;
            continue;
        }
        if (fields.size() != m_width) {
            m_issues.append({m_fileName, recordLine, 0,
                             tr("the line has %1 fields but the header has %2").arg(fields.size()).arg(m_width)});
            continue;
        }
        m_spans.append(fields);
        m_lines.append(recordLine);
    }
    if (!haveHeader)
        m_issues.append({m_fileName, 1, 0, tr("the file is empty: the first line must name the columns")});
}

void CsvReader::mapHeader(const QList<QString>& header, int line)
{
    m_width = int(header.size());
    QHash<QString, int> byName;
    for (int c = 0; c < m_columns.size(); ++c) {
        byName.insert(m_columns.at(c).key.trimmed().toCaseFolded(), c);
        byName.insert(m_columns.at(c).label.trimmed().toCaseFolded(), c);
    }
    for (int p = 0; p < header.size(); ++p) {
        const QString name = header.at(p).trimmed();
        if (name.isEmpty()) {
            m_issues.append({m_fileName, line, p + 1, tr("column %1 has no name").arg(p + 1)});
            continue;
        }
        const auto it = byName.constFind(name.toCaseFolded());
        if (it == byName.cend()) {
            m_issues.append({m_fileName, line, p + 1, tr("unknown column \"%1\"").arg(name)});
            continue;
        }
        if (m_position.at(*it) >= 0) {
            m_issues.append({m_fileName, line, p + 1,
                             tr("column \"%1\" is given twice (columns %2 and %3)")
                                 .arg(name)
                                 .arg(m_position.at(*it) + 1)
                                 .arg(p + 1)});
            continue;
        }
        m_position[*it] = p;
    }
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).required && m_position.at(c) < 0)
            m_issues.append(
                {m_fileName, line, 0,
                 tr("the required column \"%1\" (%2) is missing").arg(m_columns.at(c).key, m_columns.at(c).label)});
    }
}

} // namespace ketong
