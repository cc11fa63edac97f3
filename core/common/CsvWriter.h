#pragma once

#include "Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace ketong {

/// Writes CSV as EXCHANGE.md asks of every export: UTF-8 with a byte-order mark (so Excel and WPS open it
/// correctly), comma separated, CRLF line ends, fields quoted per RFC 4180 when they hold a comma, a
/// double quote, a line break or leading/trailing spaces. Rows are written as they come, so exports of
/// any size stream.
///
///     CsvWriter csv(file);
///     csv.writeRow({"code", "name"});
///     csv.writeRow({c.code, c.name});
///     if (auto s = csv.status(); !s) return s;
class KETONG_CORE_EXPORT CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CsvWriter)
public:
    /// Writes to an open device; the BOM is written first unless `bom` is false (standard output).
    explicit CsvWriter(QIODevice& device, bool bom = true);

    /// Writes one row. After a write error further rows are ignored; status() reports it.
    void writeRow(const QStringList& fields);
    /// Ok, or the first write error (Io).
    Status status() const;

    /// One field as it appears in the file (quoted when it must be).
    static QString field(const QString& text);
    /// One row as it appears in the file, with its CRLF.
    static QString row(const QStringList& fields);

private:
    void write(const QByteArray& bytes);

    QIODevice& m_device;
    std::optional<Error> m_error;
};

} // namespace ketong
