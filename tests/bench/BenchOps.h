#pragma once

#include "BenchData.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace ketong::bench {

/// One row of the benchmark table: an operation timed through the product's code path and through the
/// floor (the best hand-written SQL for the same answer, on the same database), in milliseconds — or a
/// rate/size figure with no floor.
struct Measurement
{
    Measurement() = default;
    Measurement(QString op, QString targetText, double targetLimit, QString unitName = QStringLiteral("ms"))
        : operation(std::move(op))
        , unit(std::move(unitName))
        , target(std::move(targetText))
        , limit(targetLimit)
    {}

    QString operation;
    QList<double> product; ///< ms per run (or one figure for rates and sizes)
    QList<double> floor;   ///< ms per run; empty when there is no floor
    QString unit = QStringLiteral("ms");
    QString target;   ///< as the issue states it
    double limit = 0; ///< product median (p95 when usesP95) must be ≤ limit (≥ for rates)
    bool higherIsBetter = false;
    bool usesP95 = false;
    double maxRatio = 1.5; ///< product / floor
    QString note;

    double median(const QList<double>& v) const;
    double p95(const QList<double>& v) const;
    double figure() const { return usesP95 ? p95(product) : median(product); }
    double ratio() const;
    /// Forgets the figures of a warm-up run (run < 0).
    void dropWarmUp(int run);
    bool passes() const;
};

/// Runs the event loop until `done` (a model's worker answered, a page finished) or `ms` pass; false on
/// timeout. It sleeps until the next event (no busy loop taking a core from the worker being timed).
bool waitFor(const std::function<bool()>& done, int ms = 120000);

/// Times every read operation of the issue on a built company.
QList<Measurement> runOperations(const DatabasePtr& db, const Clock& clock, const Size& size, int repeat);

} // namespace ketong::bench
