// The writing operations of a load client; each successful one goes into the client's ledger.
#include "LoadClient.h"

#include "customers/ActivityService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "reports/Reports.h"
#include "service/ServiceDesk.h"

namespace ketong::load {

void LoadClient::edit()
{
    const qint64 id = pick(m_editable);
    if (id == 0)
        return timed(QStringLiteral("open"), [this] { return open(); });
    CustomerService service(*m_db, m_clock, m_session);
    Result<Customer> loaded = Error(ErrorCode::Internal, QString());
    timed(QStringLiteral("open"), [&] {
        loaded = service.load(id);
        return loaded ? Status() : Status(loaded.error());
    });
    if (!loaded)
        return;
    Customer changed = *loaded;
    // A value no other edit writes: client, sequence.
    changed.fax = QStringLiteral("0%1-%2").arg(m_index + 10).arg(++m_seq);
    timed(QStringLiteral("edit"), [&] {
        auto saved = service.update(changed);
        if (!saved)
            return Status(saved.error());
        m_ledger.customerEdits[id] << LoadLedger::Edit{saved->version, changed.fax};
        return Status();
    });
}

Status LoadClient::createTicket()
{
    TicketInput input;
    input.type = QStringLiteral("咨询");
    input.title = QStringLiteral("负载测试 %1-%2").arg(m_index).arg(++m_seq);
    input.customerId = pick(m_world.customers);
    input.request = QStringLiteral("客户询问订单的交货时间。");
    auto id = ServiceDesk(*m_db, m_clock, m_session).create(input);
    if (!id)
        return id.error();
    m_ledger.ticketsCreated << *id;
    return {};
}

void LoadClient::assignTicket()
{
    // The 服务分配 list: the director takes one of the newest unassigned tickets.
    SqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT id, version FROM service_tickets WHERE status = 1 ORDER BY id DESC LIMIT 5")))
        return;
    QList<std::pair<qint64, int>> tickets;
    while (q.next())
        tickets.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    if (tickets.isEmpty())
        return timed(QStringLiteral("ticket.create"), [this] { return createTicket(); });
    const auto [id, version] = tickets.at(qsizetype(m_random() % quint64(tickets.size())));
    timed(QStringLiteral("ticket.assign"), [&, id = id, version = version] {
        auto s = ServiceDesk(*m_db, m_clock, m_session).assign(id, pick(m_world.managers), version);
        if (s)
            ++m_ledger.ticketSteps[id];
        return s;
    });
}

void LoadClient::handleTicket()
{
    SqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, version FROM service_tickets WHERE status = 2 AND assigned_to = :me "
                             "ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":me"), m_session.userId());
    if (!q.exec() || !q.next())
        return timed(QStringLiteral("ticket.create"), [this] { return createTicket(); });
    const qint64 id = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    q.finish();
    timed(QStringLiteral("ticket.handle"), [&] {
        auto s = ServiceDesk(*m_db, m_clock, m_session).handle(id, QStringLiteral("已电话回复客户。"), version);
        if (s)
            ++m_ledger.ticketSteps[id];
        return s;
    });
}

Status LoadClient::addActivity()
{
    Activity a;
    a.customerId = pick(m_editable);
    if (a.customerId == 0)
        return open();
    a.date = m_clock.today();
    a.place = QStringLiteral("电话");
    a.title = QStringLiteral("负载测试回访 %1-%2").arg(m_index).arg(++m_seq);
    auto id = ActivityService(*m_db, m_clock, m_session).create(a);
    if (!id)
        return id.error();
    m_ledger.activitiesCreated << *id;
    return {};
}

Status LoadClient::report()
{
    ContributionFilter filter;
    filter.year = m_clock.today().year();
    auto table = Reports::contribution(*m_db, m_session, filter);
    return table ? Status() : Status(table.error());
}

} // namespace ketong::load
