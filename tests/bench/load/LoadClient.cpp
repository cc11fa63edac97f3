#include "LoadClient.h"

#include "customers/ActivityService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "models/ListQuery.h"
#include "reports/Reports.h"
#include "service/ServiceDesk.h"

namespace ketong::load {

void LoadLedger::merge(const LoadLedger& other)
{
    for (auto it = other.customerEdits.cbegin(); it != other.customerEdits.cend(); ++it)
        customerEdits[it.key()] << it.value();
    ticketsCreated << other.ticketsCreated;
    for (auto it = other.ticketSteps.cbegin(); it != other.ticketSteps.cend(); ++it)
        ticketSteps[it.key()] += it.value();
    activitiesCreated << other.activitiesCreated;
}

LoadClient::LoadClient(int index, DatabasePtr db, Session session, const LoadWorld& world, const Clock& clock,
                       quint64 seed)
    : m_index(index)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_world(world)
    , m_clock(clock)
    , m_random(seed)
    , m_editable(isDirector() ? world.customers : world.managedBy.value(m_session.userId()))
{}

bool LoadClient::isDirector() const
{
    return m_session.kind() == RoleKind::Director;
}

qint64 LoadClient::pick(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return 0;
    return ids.at(qsizetype(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(m_random)));
}

void LoadClient::timed(const QString& op, const std::function<Status()>& work)
{
    QElapsedTimer t;
    t.start();
    const Status s = work();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (s)
        m_stats.record(op, ms, LoadStats::Outcome::Ok);
    else if (s.error().code() == ErrorCode::Conflict)
        m_stats.record(op, ms, LoadStats::Outcome::Conflict);
    else
        m_stats.record(op, ms, LoadStats::Outcome::Error, s.error().fullText());
}

void LoadClient::run(const QElapsedTimer& timer, qint64 deadline)
{
    // The mix (per 100): lists 15, searches 15, opening 20, edits 20, tickets 12, activities 10, report 8
    // (a manager has no report right: opens a customer instead).
    std::uniform_int_distribution<int> dice(0, 99);
    while (timer.elapsed() < deadline) {
        const int d = dice(m_random);
        if (d < 15)
            timed(QStringLiteral("list"), [this] { return list({}); });
        else if (d < 30)
            timed(QStringLiteral("search"), [this] {
                return list(
                    m_world.searchTerms.value(m_seq++ % 97 % std::max<qsizetype>(1, m_world.searchTerms.size())));
            });
        else if (d < 50 || (d >= 92 && !isDirector()))
            timed(QStringLiteral("open"), [this] { return open(); });
        else if (d < 70)
            edit();
        else if (d < 76)
            timed(QStringLiteral("ticket.create"), [this] { return createTicket(); });
        else if (d < 82)
            isDirector() ? assignTicket() : handleTicket();
        else if (d < 92)
            timed(QStringLiteral("activity.add"), [this] { return addActivity(); });
        else
            timed(QStringLiteral("report"), [this] { return report(); });
    }
    m_db->releaseThreadConnection();
}

Status LoadClient::list(const QString& search)
{
    CustomerFilter filter;
    filter.name = search;
    auto query = CustomerService(*m_db, m_clock, m_session).listQuery(filter);
    if (!query)
        return query.error();
    // The first page as the list model reads it (models/ListLoader: keyset order, pageSize rows).
    QStringList columns;
    for (const ListColumn& c : std::as_const(query->columns))
        columns << c.select;
    const QString sortBy = query->columns.value(query->sortColumn).sortBy;
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %5%6 LIMIT %7")
                            .arg(columns.join(QStringLiteral(", ")), query->id, query->from,
                                 query->where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query->where,
                                 sortBy.isEmpty() ? QString() : sortBy + QStringLiteral(", "), query->id)
                            .arg(query->pageSize);
    SqlQuery q(m_db->connection());
    q.prepare(sql);
    q.bindAll(query->values);
    if (auto s = q.exec(); !s)
        return s;
    while (q.next()) {
    }
    return {};
}

Status LoadClient::open()
{
    auto c = CustomerService(*m_db, m_clock, m_session).load(pick(m_world.customers));
    return c ? Status() : Status(c.error());
}

} // namespace ketong::load
