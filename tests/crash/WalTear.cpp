#include "WalTear.h"

#include <QFile>
#include <QtEndian>

namespace ketong::crash {

namespace {
constexpr qint64 kHeader = 32;
constexpr qint64 kFrameHeader = 24;

quint32 be32(const QByteArray& data, qint64 at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}
} // namespace

WalTear::Outcome WalTear::tearAfterLastCommit(const QString& walPath, std::mt19937_64& random)
{
    Outcome outcome;
    QFile file(walPath);
    if (!file.open(QIODevice::ReadWrite))
        return outcome;
    const QByteArray data = file.readAll();
    outcome.size = data.size();
    outcome.cutAt = data.size();
    if (data.size() < kHeader)
        return outcome;
    const qint64 pageSize = be32(data, 8);
    const quint32 salt1 = be32(data, 16);
    const quint32 salt2 = be32(data, 20);
    outcome.lastCommitEnd = kHeader;
    // Frames of the current generation carry the header's salts; the first other one ends the log.
    for (qint64 at = kHeader; pageSize > 0 && at + kFrameHeader + pageSize <= data.size();
         at += kFrameHeader + pageSize) {
        if (be32(data, at + 8) != salt1 || be32(data, at + 12) != salt2)
            break;
        if (be32(data, at + 4) != 0) // a commit frame: the database size after the commit
            outcome.lastCommitEnd = at + kFrameHeader + pageSize;
    }
    std::uniform_int_distribution<qint64> cut(outcome.lastCommitEnd, outcome.size);
    outcome.cutAt = cut(random);
    file.resize(outcome.cutAt);
    return outcome;
}

} // namespace ketong::crash
