#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QDateTime>
#include <QString>

namespace ketong {

class Database;

/// The record of the scheduled jobs (table job_runs: the churn scan, the backup).
namespace JobRuns {
/// When the last successful run of `job` finished (invalid when never).
KETONG_CORE_EXPORT Result<QDateTime> lastSuccess(const Database& db, const QString& job);
} // namespace JobRuns

} // namespace ketong
