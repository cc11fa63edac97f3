#include "SalesSystemSync.h"

#include "FeedBatch.h"
#include "FeedSource.h"
#include "FeedValidator.h"
#include "FeedWriter.h"
#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "db/BigCache.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ketong {

namespace {

ListColumn col(const char* key, const QString& select, const QString& sortBy, const char* title,
               ColumnFormat format = ColumnFormat::Text, std::function<QString(const QVariant&)> display = {})
{
    return {QString::fromLatin1(key), select, sortBy, title, format, std::move(display)};
}
constexpr int kStoredErrors = 50;

Result<QString> readToken(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     SalesSystemSync::tr("Cannot read the token file %1: %2").arg(path, file.errorString()),
                     QStringLiteral("tokenFile"));
    const QString token = QString::fromUtf8(file.readLine()).trimmed();
    if (token.isEmpty())
        return Error(ErrorCode::Invalid, SalesSystemSync::tr("The token file %1 is empty").arg(path),
                     QStringLiteral("tokenFile"));
    return token;
}

QString resultText(const QVariant& v)
{
    const QString r = v.toString();
    if (r == QLatin1String("ok"))
        return SalesSystemSync::tr("ok");
    if (r == QLatin1String("failed"))
        return SalesSystemSync::tr("failed");
    return SalesSystemSync::tr("running");
}

QString countsText(const QVariant& v)
{
    const QJsonObject all = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    QStringList parts;
    for (FeedFormat::File f : FeedFormat::files()) {
        const QJsonObject c = all.value(FeedFormat::name(f)).toObject();
        if (c.isEmpty())
            continue;
        parts << SalesSystemSync::tr("%1: +%2 ~%3 =%4")
                     .arg(FeedFormat::name(f))
                     .arg(c.value(QStringLiteral("created")).toInteger())
                     .arg(c.value(QStringLiteral("updated")).toInteger())
                     .arg(c.value(QStringLiteral("unchanged")).toInteger());
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

SalesSystemSync::SalesSystemSync(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

Status SalesSystemSync::checkRight(const Session& session)
{
    return AccessControl::requireKind(session, Rights::Dictionary, {RoleKind::Admin}, tr("run the sales-system feed"));
}

Status SalesSystemSync::canRun(const Database& db, const Session& session)
{
    // On PostgreSQL the feed matches customers and rewrites orders, which no account's login may do (the
    // administrator reads no customer data, SPEC §9 item 13): the owner runs it on the server.
    if (db.dialect().isPostgres() && !session.isSystem())
        return Error(ErrorCode::Forbidden,
                     tr("On the office server the sales-system feed runs on the server, as the database owner: "
                        "schedule \"ketongctl sync\" there (see the administrator's guide). The settings saved here "
                        "are the ones it uses"));
    return checkRight(session);
}

Result<FeedReport> SalesSystemSync::run(const Options& options)
{
    if (auto s = canRun(m_db, m_session); !s)
        return s.error();
    if (options.source.trimmed().isEmpty())
        return Error(ErrorCode::Required, tr("Give the feed's source: a directory or an http(s) URL"),
                     QStringLiteral("source"));
    FeedReport report;
    report.source = options.source.trimmed();
    report.dryRun = options.dryRun;
    report.startedAt = m_clock.now();
    // Record the run first, so even a failed one is on record.
    auto runId = SqlQuery::scalar(m_db.connection(),
                                  QStringLiteral("INSERT INTO feed_runs (started_at, source, dry_run, result, actor) "
                                                 "VALUES (:at, :source, :dry, 'running', :actor) RETURNING id"),
                                  {{QStringLiteral("at"), report.startedAt},
                                   {QStringLiteral("source"), report.source.left(500)},
                                   {QStringLiteral("dry"), options.dryRun ? 1 : 0},
                                   {QStringLiteral("actor"), m_session.actor()}});
    if (!runId)
        return runId.error();
    report.runId = runId->toLongLong();
    QElapsedTimer timer;
    timer.start();
    apply(options, report);
    report.durationMs = timer.elapsed();
    report.ok = !report.hasErrors();
    if (!report.ok)
        report.counts = {};
    if (auto s = finishRun(report); !s)
        return s.error();
    return report;
}

void SalesSystemSync::apply(const Options& options, FeedReport& report)
{
    Result<FeedFiles> files = Error();
    if (FeedSource::isUrl(report.source)) {
        HttpFetcher::Options http = options.http;
        if (!options.tokenFile.isEmpty()) {
            auto token = readToken(options.tokenFile);
            if (!token) {
                report.addError(token.error().message());
                return;
            }
            http.bearerToken = *token;
        }
        files = FeedSource::fromUrl(report.source, http);
    } else {
        files = FeedSource::fromDirectory(report.source);
    }
    if (!files) {
        report.addError(files.error().message());
        return;
    }
    FeedBatch batch;
    FeedValidator::check(*files, batch, report);
    if (report.hasErrors())
        return;
    if (auto s = applyInTransaction(options, report, *files, batch); !s)
        report.addError(s.error().fullText());
}

Status SalesSystemSync::applyInTransaction(const Options& options, FeedReport& report, const FeedFiles& files,
                                           FeedBatch& batch)
{
    const BigCache cache(m_db); // the lines go into the order indexes at random places
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    if (m_db.dialect().isPostgres()) {
        auto locked = SqlQuery::scalar(c, QStringLiteral("SELECT pg_try_advisory_xact_lock(:key)"),
                                       {{QStringLiteral("key"), AdvisoryLockKey}});
        if (!locked)
            return locked.error();
        if (!locked->toBool())
            return Error(ErrorCode::AlreadyRunning, tr("Another feed run is in progress; nothing was done"));
    }
    FeedWriter writer(c, files, batch, report);
    if (auto s = writer.resolve(); !s)
        return s;
    if (report.hasErrors())
        return {}; // rolled back: nothing written
    const QDateTime now = m_clock.now();
    if (auto s = writer.write(now); !s)
        return s;
    if (options.dryRun) {
        tx.rollback();
        return {};
    }
    const QJsonObject after{{QStringLiteral("source"), report.source},
                            {QStringLiteral("counts"), QJsonDocument::fromJson(report.countsJson().toUtf8()).object()}};
    if (auto s = AuditLog::append(
            c, m_session, now,
            {QStringLiteral("sync"), QStringLiteral("feed_runs"), QString::number(report.runId), {}, after});
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    const auto written = [&report](FeedFormat::File f) {
        const FeedCounts& n = report.counts.at(std::size_t(f));
        return n.created + n.updated;
    };
    // A customer's year total changes with its orders and with the lines of a stored order.
    m_db.refreshStatistics(
        {{QStringLiteral("orders"), written(FeedFormat::File::Orders)},
         {QStringLiteral("order_lines"), written(FeedFormat::File::OrderLines)},
         {QStringLiteral("customer_year_totals"),
          written(FeedFormat::File::Orders) + report.counts.at(std::size_t(FeedFormat::File::OrderLines)).updated}});
    return {};
}

Status SalesSystemSync::finishRun(FeedReport& report) const
{
    QStringList shown = report.errors.mid(0, kStoredErrors);
    if (report.errorCount > shown.size())
        shown << tr("… and %1 more errors").arg(report.errorCount - shown.size());
    return statusOf(
        SqlQuery::run(m_db.connection(),
                      QStringLiteral("UPDATE feed_runs SET finished_at = :at, counts = :counts, "
                                     "duration_ms = :ms, result = :result, errors = :errors WHERE id = :id"),
                      {{QStringLiteral("at"), m_clock.now()},
                       {QStringLiteral("counts"), report.countsJson()},
                       {QStringLiteral("ms"), report.durationMs},
                       {QStringLiteral("result"), report.ok ? QStringLiteral("ok") : QStringLiteral("failed")},
                       {QStringLiteral("errors"), shown.join(QLatin1Char('\n'))},
                       {QStringLiteral("id"), report.runId}}));
}

Result<ListQuery> SalesSystemSync::runs() const
{
    if (auto s = checkRight(m_session); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::SalesSystemSync";
    q.columns = {
        col("startedAt", QStringLiteral("r.started_at"), QStringLiteral("r.started_at"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Started"), ColumnFormat::DateTime),
        col("source", QStringLiteral("r.source"), QStringLiteral("r.source"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Source")),
        col("dryRun", QStringLiteral("r.dry_run"), QStringLiteral("r.dry_run"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Dry run"), ColumnFormat::Custom,
            [](const QVariant& v) { return v.toInt() == 1 ? tr("yes") : QString(); }),
        col("result", QStringLiteral("r.result"), QStringLiteral("r.result"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Result"), ColumnFormat::Custom, resultText),
        col("duration", QStringLiteral("r.duration_ms"), QStringLiteral("r.duration_ms"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Duration (ms)"), ColumnFormat::Integer),
        col("counts", QStringLiteral("r.counts"), {},
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Created / updated / unchanged"), ColumnFormat::Custom,
            countsText),
        col("errors", QStringLiteral("r.errors"), {}, QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "Errors")),
        col("actor", QStringLiteral("r.actor"), QStringLiteral("r.actor"),
            QT_TRANSLATE_NOOP("ketong::SalesSystemSync", "By")),
    };
    q.from = QStringLiteral("feed_runs r");
    q.id = QStringLiteral("r.id");
    q.sortColumn = 0;
    q.descending = true;
    return q;
}

Result<FeedReport> SalesSystemSync::loadRun(qint64 runId) const
{
    if (auto s = checkRight(m_session); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT source, dry_run, result, started_at, duration_ms, counts, errors FROM feed_runs "
                             "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), runId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("No feed run %1").arg(runId));
    FeedReport r;
    r.runId = runId;
    r.source = q.value(0).toString();
    r.dryRun = q.value(1).toInt() == 1;
    r.ok = q.value(2).toString() == QLatin1String("ok");
    r.startedAt = SqlValue::toDateTime(q.value(3));
    r.durationMs = q.value(4).toLongLong();
    const QJsonObject all = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    for (FeedFormat::File f : FeedFormat::files()) {
        const QJsonObject c = all.value(FeedFormat::name(f)).toObject();
        const auto i = std::size_t(f);
        r.present.at(i) = !c.isEmpty();
        r.counts.at(i) = {c.value(QStringLiteral("created")).toInteger(),
                          c.value(QStringLiteral("updated")).toInteger(),
                          c.value(QStringLiteral("unchanged")).toInteger()};
    }
    const QString errors = q.value(6).toString();
    if (!errors.isEmpty())
        r.errors = errors.split(QLatin1Char('\n'));
    r.errorCount = r.errors.size();
    return r;
}

} // namespace ketong
