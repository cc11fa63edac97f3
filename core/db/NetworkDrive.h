#pragma once

#include "ketong_core_export.h"

#include <QString>

namespace ketong {

/// Whether a path lies on a network file system. A SQLite database there is refused (Database::open):
/// the write-ahead log needs shared memory and byte-range locks that NFS and SMB do not provide
/// reliably, so two PCs on one file corrupt it. The office shares data through PostgreSQL instead.
class KETONG_CORE_EXPORT NetworkDrive
{
public:
    /// "NFS", "SMB/CIFS", "AFS"… for a network file system; empty for a local disk or when unknown.
    /// Looks at the nearest existing folder of `path` (statfs on Linux; a \\server\share path anywhere).
    static QString kindOf(const QString& path);
    /// The network kind for a Linux statfs f_type magic number, or empty.
    static QString kindOfMagic(qint64 magic);
};

} // namespace ketong
