#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

struct zip;

namespace ketong {

/// A zip archive held in memory, read through libzip (the container of .xlsx workbooks). Internal to
/// core/exchange.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ZipArchive)
    Q_DISABLE_COPY_MOVE(ZipArchive)
public:
    ZipArchive() = default;
    ~ZipArchive();

    /// Opens the archive in `bytes` (kept by the archive). Invalid when they are not a readable zip.
    Status open(const QByteArray& bytes);
    /// Whether the archive has an entry of this exact name.
    bool contains(const QString& name) const;
    /// The uncompressed content of entry `name`. Invalid when the entry is missing or damaged, or when it
    /// holds more than `limit` bytes (a "zip bomb" is refused before it fills the memory).
    Result<QByteArray> read(const QString& name, qint64 limit) const;

private:
    QByteArray m_bytes;
    zip* m_zip = nullptr;
};

} // namespace ketong
