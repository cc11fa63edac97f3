#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace ketong {

CsvReader::CsvReader(QList<Column> schema)
    : TableReader(std::move(schema))
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
                        {},
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
    const QString text = decode(bytes, &m_encoding);
    QList<Issue> issues;
    QList<Record> records = split(text, &issues);
    readRecords(std::move(records), Source::Csv, QString(), std::move(issues));
}

} // namespace ketong
