#pragma once

#include "BenchData.h"
#include "BenchEngine.h"
#include "BenchOps.h"

#include <QStringList>

namespace ketong::bench {

/// Where and how a run was made.
struct RunInfo
{
    QString backend;
    Size size;
    QString command;
    QString machine; ///< CPU model and cores, memory
    QString date;
    static RunInfo current(const QString& backend, const Size& size, const QStringList& arguments);
};

/// The load rates (bulk load, customers.csv import) as rows of the table.
QList<Measurement> loadMeasurements(const LoadFigures& figures, bool postgres);

/// The database-alone rates, as rows of the table beside the load rates they bound.
QList<Measurement> engineMeasurements(const EngineFigures& figures);

/// The table printed on the terminal.
QString table(const RunInfo& info, const QList<Measurement>& rows);
bool writeJson(const QString& file, const RunInfo& info, const QList<Measurement>& rows);
/// The Markdown page of docs/performance.md (regenerated from a run, never edited by hand).
bool writeMarkdown(const QString& file, const RunInfo& info, const QList<Measurement>& rows);

} // namespace ketong::bench
