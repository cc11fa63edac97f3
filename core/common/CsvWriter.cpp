#include "CsvWriter.h"

namespace ketong {

CsvWriter::CsvWriter(QIODevice& device, bool bom)
    : m_device(device)
{
    if (bom)
        write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QString CsvWriter::field(const QString& text)
{
    const bool mustQuote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                           text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                           (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!mustQuote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(field(f));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void CsvWriter::writeRow(const QStringList& fields)
{
    write(row(fields).toUtf8());
}

void CsvWriter::write(const QByteArray& bytes)
{
    if (m_error)
        return;
    if (m_device.write(bytes) != bytes.size())
        m_error =
            Error(ErrorCode::Io, tr("Writing the file failed: %1").arg(m_device.errorString()), QStringLiteral("file"));
}

Status CsvWriter::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

} // namespace ketong
