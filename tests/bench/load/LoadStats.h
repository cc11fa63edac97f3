#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ketong::load {

/// Latencies and outcomes per operation type, one per client thread, merged at the end.
class LoadStats
{
public:
    enum class Outcome { Ok, Conflict, Error };
    struct Op
    {
        QList<double> ms; ///< latency of every attempt that reached the database
        int ok = 0;
        int conflicts = 0;
        int errors = 0;
    };

    void record(const QString& op, double ms, Outcome outcome, const QString& error = {});
    void merge(const LoadStats& other);
    const QHash<QString, Op>& ops() const { return m_ops; }
    const QStringList& errorSamples() const { return m_errors; }
    int totalErrors() const;

    /// The table of ketong-bench load: one row per operation and a total.
    QString table(double seconds) const;
    /// Nearest-rank percentile of sorted values (0 when empty).
    static double percentile(const QList<double>& sorted, double p);

private:
    QHash<QString, Op> m_ops;
    QStringList m_errors; ///< the first few distinct error messages
};

} // namespace ketong::load
