#include "JobRuns.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

namespace ketong::JobRuns {

Result<QDateTime> lastSuccess(const Database& db, const QString& job)
{
    auto at = SqlQuery::scalar(
        db.connection(), QStringLiteral("SELECT max(finished_at) FROM job_runs WHERE job = :job AND result = 'ok'"),
        {{QStringLiteral("job"), job}});
    if (!at)
        return at.error();
    return SqlValue::toDateTime(*at);
}

} // namespace ketong::JobRuns
