#pragma once

#include "Fingerprint.h"

#include "db/DatabaseUrl.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <memory>
#include <random>

namespace ketong::test {
class TestDatabase;
}

namespace ketong::crash {

/// The kill -9 and power-loss harness (tests/crash/README in docs/development.md): runs one operation in a
/// child process on a fresh copy of the demo database, kills it with SIGKILL after a random delay within
/// the operation's run time, and checks that `ketongctl check` passes and the data equals the state
/// entirely before or entirely after the operation.
class CrashHarness
{
public:
    struct Options
    {
        QString backend = QStringLiteral("sqlite");
        int kills = 3;
        int powerLosses = 0; ///< SQLite only
        QString ketongctl;
        QString opProgram;
        QString sourceDir;
        QString workDir;
        quint64 seed = 1;
    };
    struct Operation
    {
        QString name;
        QString program;
        QStringList args; ///< "%URL%" stands for the database URL
    };
    struct Tally
    {
        int kills = 0;
        int consistent = 0;
        int before = 0;
        int after = 0;
        int duringWrite = 0;    ///< SQLite: kills after the operation had begun writing (its WAL not empty)
        int completedFirst = 0; ///< runs that finished before their kill time (not counted as kills)
        QStringList failures;
    };

    explicit CrashHarness(Options options);
    ~CrashHarness();
    Q_DISABLE_COPY_MOVE(CrashHarness)

    /// Prepares the base database and the operation's input files. False with a message on stderr.
    bool prepare();
    QList<Operation> operations() const;
    /// Reference runs, then `kills` killed runs (and on SQLite `powerLosses` snapshots).
    Tally runKills(const Operation& op);
    Tally runPowerLosses(const Operation& op);

private:
    struct Trial;
    struct Reference
    {
        Fingerprint after;
        QSet<QString> mask;
        int durationMs = 0;
    };
    bool initBase();
    std::unique_ptr<Trial> newTrial();
    bool reference(const Operation& op, Reference& ref);
    QStringList argsFor(const Operation& op, const DatabaseUrl& url) const;
    int runCheck(const DatabaseUrl& url, QString* output) const;
    void judge(const DatabaseUrl& url, const Fingerprint& before, const Reference& ref, Tally& tally,
               const QString& what);

    Options m_options;
    QDir m_work;
    QString m_baseFile;
    std::mt19937_64 m_random;
    int m_trials = 0;
};

} // namespace ketong::crash
