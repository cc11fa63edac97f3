#include "NetworkDrive.h"

#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

namespace ketong {

QString NetworkDrive::kindOfMagic(qint64 magic)
{
    switch (magic) {
    case 0x6969: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x517B:     // SMB_SUPER_MAGIC
    case 0xFF534D42: // CIFS_MAGIC_NUMBER
    case 0xFE534D42: // SMB2_MAGIC_NUMBER
        return QStringLiteral("SMB/CIFS");
    case 0x5346414F: // AFS_SUPER_MAGIC
        return QStringLiteral("AFS");
    case 0x564C: // NCP_SUPER_MAGIC (NetWare)
        return QStringLiteral("NCP");
    case 0x01021997: // V9FS_MAGIC (9p)
        return QStringLiteral("9P");
    case 0x47504653: // GPFS
        return QStringLiteral("GPFS");
    case 0x0BD00BD0: // LUSTRE
        return QStringLiteral("Lustre");
    case 0x65735546: // FUSE (sshfs and the like: remote more often than not, but also local ones)
    default:
        return {};
    }
}

QString NetworkDrive::kindOf(const QString& path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (native.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//")))
        return QStringLiteral("SMB/CIFS"); // a UNC path \\server\share
#if defined(Q_OS_LINUX)
    QFileInfo info(path);
    QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    struct statfs fs = {};
    if (statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return {};
    return kindOfMagic(static_cast<qint64>(static_cast<quint32>(fs.f_type)));
#else
    return {};
#endif
}

} // namespace ketong
