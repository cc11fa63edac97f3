#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ketong {
class Database;
}

namespace ketong::crash {

/// The content of every table of a Ketong database: column names and every row as text. Two
/// fingerprints are compared with a mask of columns whose values differ between two complete runs of
/// the same operation (timestamps taken from the clock), so "before" and "after" are exact otherwise.
class Fingerprint
{
public:
    struct Table
    {
        QStringList columns;
        QList<QStringList> rows;
    };

    /// Reads every table of IntegrityCheck::tables() except the run logs (job_runs, feed_runs: a run is
    /// recorded on purpose before its transaction, so a killed run leaves its 'running' line).
    static Result<Fingerprint> capture(const Database& db);

    /// "table.column#row" of every cell in which a and b differ (rows matched by position after sorting by
    /// the first column). A table whose row count differs is an error.
    static Result<QSet<QString>> nondeterministic(const Fingerprint& a, const Fingerprint& b);

    /// A digest per table with the masked columns left out.
    QMap<QString, QByteArray> digests(const QSet<QString>& mask) const;
    /// Whether this equals `other` on every table, masked columns left out.
    bool sameAs(const Fingerprint& other, const QSet<QString>& mask) const;
    /// The tables that differ (for the report).
    QStringList differingTables(const Fingerprint& other, const QSet<QString>& mask) const;
    qint64 rowCount() const;
    /// The "table.column" names of a mask (for the report).
    static QStringList maskedColumns(const QSet<QString>& mask);

    static const QStringList& runLogTables();

private:
    QMap<QString, Table> m_tables;
};

} // namespace ketong::crash
