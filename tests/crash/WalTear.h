#pragma once

#include <QString>

#include <random>

namespace ketong::crash {

/// Power loss on a SQLite write-ahead log: what reaches the disk after the last fsync may be cut off
/// anywhere. With synchronous=FULL the log is synced at every commit, so the frames after the last
/// commit frame (the transaction being written, or a commit frame still on its way) are what a power
/// loss can lose. tearAfterLastCommit() cuts the copied -wal file at a random byte between the end of
/// its last valid commit frame and its end (whole frames and torn frames alike).
class WalTear
{
public:
    struct Outcome
    {
        qint64 size = 0;          ///< bytes before
        qint64 lastCommitEnd = 0; ///< end of the last commit frame of the current log generation
        qint64 cutAt = 0;         ///< bytes after
    };
    static Outcome tearAfterLastCommit(const QString& walPath, std::mt19937_64& random);
};

} // namespace ketong::crash
