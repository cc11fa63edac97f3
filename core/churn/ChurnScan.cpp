#include "ChurnScan.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "db/BigCache.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"
#include "setup/JobRuns.h"
#include "setup/ReferenceData.h"
#include "setup/Settings.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace ketong {

namespace {
const QString kJob = QStringLiteral("churn-scan");

QDateTime localMidnightUtc(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

/// SQLite's local calendar date of a UTC timestamp column (PostgreSQL's is in ketong_churn_scan()).
QString localDateOf(const QString& column)
{
    const int offsetMinutes = QDateTime::currentDateTime().offsetFromUtc() / 60;
    return QStringLiteral("date(%1, '%2%3 minutes')")
        .arg(column, offsetMinutes < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(qAbs(offsetMinutes));
}

Status finishRun(const QSqlDatabase& c, qint64 runId, const QDateTime& at, const QString& result,
                 const ChurnScan::Outcome* outcome, const QString& message, qint64 ms)
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("UPDATE job_runs SET finished_at = :at, result = :result, flagged = :flagged, recovered = "
                             ":recovered, open_count = :open, duration_ms = :ms, message = :message WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at);
    q.bind(QStringLiteral(":result"), result);
    q.bind(QStringLiteral(":flagged"), outcome ? outcome->flaggedCount : 0);
    q.bind(QStringLiteral(":recovered"), outcome ? outcome->recovered : 0);
    q.bind(QStringLiteral(":open"), outcome ? outcome->open : 0);
    q.bind(QStringLiteral(":ms"), ms);
    q.bind(QStringLiteral(":message"), message.left(2000));
    q.bind(QStringLiteral(":id"), runId);
    return q.exec();
}
} // namespace

ChurnScan::ChurnScan(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

Result<int> ChurnScan::configuredMonths(const Database& db)
{
    auto text = Settings::value(db, SettingKey::ChurnMonths, QString::number(DefaultMonths));
    if (!text)
        return text.error();
    bool ok = false;
    const int months = text->toInt(&ok);
    return ok && months > 0 ? months : DefaultMonths;
}

Result<QDateTime> ChurnScan::lastSuccessfulRun(const Database& db)
{
    return JobRuns::lastSuccess(db, kJob);
}

QDateTime ChurnScan::lastScheduledTime(const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    QDate day = local.date();
    // Qt: Monday = 1 … Saturday = 6, Sunday = 7.
    day = day.addDays(-((day.dayOfWeek() - 6 + 7) % 7));
    QDateTime slot(day, QTime(2, 0), Qt::LocalTime);
    if (slot > local)
        slot = slot.addDays(-7);
    return slot.toUTC();
}

bool ChurnScan::isDue(const QDateTime& lastRun, const QDateTime& now)
{
    return !lastRun.isValid() || lastRun < lastScheduledTime(now);
}

Status ChurnScan::canRun(const Session& session)
{
    // SPEC §2.2: the director (right 011) and the administrator, who sees no customer data, may run it.
    const bool administrator = session.kind() == RoleKind::Admin && session.has(Rights::Permissions);
    if (session.isSystem() || administrator)
        return {};
    return AccessControl::requireKind(session, Rights::Churn, {RoleKind::Director}, tr("run the churn scan"));
}

Status ChurnScan::setConfiguredMonths(const Database& db, const Clock& clock, const Session& session, int months)
{
    if (months < 1 || months > MaxMonths)
        return Error(ErrorCode::Invalid, tr("The churn threshold must be between 1 and %1 months").arg(MaxMonths),
                     QStringLiteral("months"));
    return Settings::setValue(db, clock, session, SettingKey::ChurnMonths, QString::number(months));
}

Result<ChurnScan::Outcome> ChurnScan::run(const QDate& asOfArg, int monthsArg)
{
    if (auto s = canRun(m_session); !s)
        return s.error();
    const QDate asOf = asOfArg.isValid() ? asOfArg : m_clock.today();
    int months = monthsArg;
    if (months <= 0) {
        auto configured = configuredMonths(m_db);
        if (!configured)
            return configured.error();
        months = *configured;
    }
    if (months > MaxMonths)
        return Error(ErrorCode::Invalid, tr("The churn threshold must be between 1 and %1 months").arg(MaxMonths),
                     QStringLiteral("months"));

    // Record the run first (its own small transaction), so even a refused or failed run is on record.
    const QDateTime started = m_clock.now();
    auto runId = SqlQuery::scalar(m_db.connection(),
                                  QStringLiteral("INSERT INTO job_runs (job, started_at, as_of, months, result, actor) "
                                                 "VALUES (:job, :at, :asof, :months, 'running', :actor) RETURNING id"),
                                  {{QStringLiteral("job"), kJob},
                                   {QStringLiteral("at"), started},
                                   {QStringLiteral("asof"), asOf},
                                   {QStringLiteral("months"), months},
                                   {QStringLiteral("actor"), m_session.actor()}});
    if (!runId)
        return runId.error();
    QElapsedTimer timer;
    timer.start();
    const BigCache cache(m_db);
    auto outcome = scanInTransaction(asOf, months, runId->toLongLong());
    const qint64 ms = timer.elapsed();
    if (!outcome) {
        const QString result = outcome.error().code() == ErrorCode::AlreadyRunning ? QStringLiteral("already-running")
                                                                                   : QStringLiteral("failed");
        (void)finishRun(m_db.connection(), runId->toLongLong(), m_clock.now(), result, nullptr,
                        outcome.error().fullText(), ms);
        return outcome.error();
    }
    outcome->durationMs = ms;
    if (auto s = finishRun(m_db.connection(), outcome->runId, m_clock.now(), QStringLiteral("ok"), &*outcome, {}, ms);
        !s)
        return s.error();
    return outcome;
}

Result<ChurnScan::Outcome> ChurnScan::scanInTransaction(const QDate& asOf, int months, qint64 runId)
{
    Outcome outcome;
    outcome.runId = runId;
    outcome.asOf = asOf;
    outcome.months = months;
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QSqlDatabase c = tx.connection();
    bool namesReadable = true;
    if (m_db.dialect().isPostgres()) {
        auto locked = SqlQuery::scalar(c, QStringLiteral("SELECT pg_try_advisory_xact_lock(:key)"),
                                       {{QStringLiteral("key"), AdvisoryLockKey}});
        if (!locked)
            return locked.error();
        if (!locked->toBool())
            return Error(ErrorCode::AlreadyRunning, tr("Another churn scan is running right now; nothing was done"));
        // The owner's function runs the rule whoever asks (the administrator reads no customer data, and an
        // account's catch-up could not write other managers' warnings through its own grants and policies).
        SqlQuery q(c);
        q.prepare(QStringLiteral("SELECT recovered, flagged, open_count, has_table_privilege('customers', 'SELECT') "
                                 "FROM ketong_churn_scan(:asof, :months, :now, :run, :actor, :zone)"));
        q.bind(QStringLiteral(":asof"), asOf);
        q.bind(QStringLiteral(":months"), months);
        q.bind(QStringLiteral(":now"), now);
        q.bind(QStringLiteral(":run"), runId);
        q.bind(QStringLiteral(":actor"), m_session.actor());
        q.bind(QStringLiteral(":zone"), QString::fromLatin1(QTimeZone::systemTimeZoneId()));
        if (auto s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error(ErrorCode::Internal, QStringLiteral("the churn scan returned nothing"));
        outcome.recovered = q.value(0).toInt();
        outcome.flaggedCount = q.value(1).toInt();
        outcome.open = q.value(2).toInt();
        namesReadable = q.value(3).toBool();
    } else {
        if (auto s = scanSqlite(c, outcome, now); !s)
            return s.error();
    }

    if (namesReadable) {
        SqlQuery list(c);
        list.prepare(
            QStringLiteral("SELECT c.code, c.name, r.reference_date FROM lost_records r JOIN customers c ON c.id = "
                           "r.customer_id WHERE r.job_run_id = :run ORDER BY c.code"));
        list.bind(QStringLiteral(":run"), runId);
        if (auto s = list.exec(); !s)
            return s.error();
        while (list.next())
            outcome.flagged.append(
                {list.value(0).toString(), list.value(1).toString(), SqlValue::toDate(list.value(2))});
    }

    const QJsonObject after{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                            {QStringLiteral("months"), months},
                            {QStringLiteral("flagged"), outcome.flaggedCount},
                            {QStringLiteral("recovered"), outcome.recovered}};
    if (auto s =
            AuditLog::append(c, m_session, now, {kJob, QStringLiteral("job_runs"), QString::number(runId), {}, after});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Status ChurnScan::scanSqlite(const QSqlDatabase& c, Outcome& outcome, const QDateTime& now) const
{
    const QDate asOf = outcome.asOf;
    const QDate cutoff = asOf.addMonths(-outcome.months);
    // Recover first: an open warning whose customer has a counted order on or after the cut-off.
    auto recovered = SqlQuery::run(
        c,
        QStringLiteral("UPDATE lost_records SET status = 4, recovered_at = :now, version = version + 1, updated_at = "
                       ":now, updated_by = :actor WHERE status IN (1, 2) AND EXISTS (SELECT 1 FROM orders o WHERE "
                       "o.customer_id = lost_records.customer_id AND o.status IN (5, 6) AND o.order_date >= :cutoff "
                       "AND o.order_date <= :asof)"),
        {{QStringLiteral("cutoff"), cutoff},
         {QStringLiteral("asof"), asOf},
         {QStringLiteral("now"), now},
         {QStringLiteral("actor"), m_session.actor()}});
    if (!recovered)
        return recovered.error();
    outcome.recovered = *recovered;

    // Flag: a set-based insert of the silent customers. Each question is an index lookup per customer (already
    // warned? a counted order since the cut-off? one before it?), and the last order date is read only for the
    // customers flagged: no aggregate over every order. Silent: active, no counted order since the cut-off, not warned
    // already; and known long enough to judge (created before the cut-off, or with a counted order before it).
    const QString flag = QStringLiteral(
        "INSERT INTO lost_records (customer_id, manager_id, last_order_date, reference_date, detected_at, job_run_id, "
        "status, version, updated_at, updated_by) "
        "SELECT f.id, f.manager_id, f.last_order, COALESCE(f.last_order, f.created), :now, :run, 1, 1, :now, :actor "
        "FROM (SELECT c.id, c.manager_id, %1 AS created, (SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = "
        "c.id AND o.status IN (5, 6) AND o.order_date <= :asof) AS last_order FROM customers c "
        "WHERE c.status = 1 AND c.created_at < :asof_end "
        "AND NOT EXISTS (SELECT 1 FROM lost_records r WHERE r.customer_id = c.id AND r.status IN (1, 2)) "
        "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status IN (5, 6) AND "
        "o.order_date >= :cutoff AND o.order_date <= :asof) "
        "AND (c.created_at < :cutoff_start OR EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND o.status "
        "IN (5, 6) AND o.order_date < :cutoff))) f");
    auto flagged = SqlQuery::run(c, flag.arg(localDateOf(QStringLiteral("c.created_at"))),
                                 {{QStringLiteral("asof"), asOf},
                                  {QStringLiteral("asof_end"), localMidnightUtc(asOf.addDays(1))},
                                  {QStringLiteral("cutoff"), cutoff},
                                  {QStringLiteral("cutoff_start"), localMidnightUtc(cutoff)},
                                  {QStringLiteral("now"), now},
                                  {QStringLiteral("run"), outcome.runId},
                                  {QStringLiteral("actor"), m_session.actor()}});
    if (!flagged)
        return flagged.error();
    outcome.flaggedCount = *flagged;
    auto open = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM lost_records WHERE status IN (1, 2)"));
    if (!open)
        return open.error();
    outcome.open = open->toInt();
    return {};
}

} // namespace ketong
