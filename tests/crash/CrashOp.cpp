// ketong-crash-op: the operations of the crash harness that ketongctl has no command for (a director's
// 批量转移 reassignment and a service workflow step), run through the real core services so the harness can
// kill them like ketongctl. Usage: ketong-crash-op reassign|step DATABASE-URL
#include "auth/AuthService.h"
#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "service/ServiceDesk.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ketong;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "ketong-crash-op: %s\n", qPrintable(message));
    return 1;
}

qint64 userId(const Database& db, const QString& login)
{
    return SqlQuery::scalar(db.connection(), QStringLiteral("SELECT id FROM users WHERE login = :l"),
                            {{QStringLiteral("l"), login}})
        .valueOr(QVariant())
        .toLongLong();
}

/// Every 正常 customer of manager1 goes to manager2 in one transaction (one audit entry each).
int reassign(const Database& db, const Clock& clock, const Session& director)
{
    SqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE manager_id = :m AND status = 1 ORDER BY id"));
    q.bind(QStringLiteral(":m"), userId(db, QStringLiteral("manager1")));
    if (auto s = q.exec(); !s)
        return fail(s.error().fullText());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    auto moved = CustomerService(db, clock, director).reassign(ids, userId(db, QStringLiteral("manager2")));
    if (!moved)
        return fail(moved.error().fullText());
    std::printf("reassigned %d\n", *moved);
    return 0;
}

/// 服务分配: the director assigns the oldest new ticket to manager1.
int step(const Database& db, const Clock& clock, const Session& director)
{
    SqlQuery q(db.connection());
    if (auto s = q.exec(QStringLiteral("SELECT id, version FROM service_tickets WHERE status = 1 ORDER BY id"));
        !s || !q.next())
        return fail(QStringLiteral("no new service ticket"));
    const qint64 id = q.value(0).toLongLong();
    const int version = q.value(1).toInt();
    q.finish();
    if (auto s = ServiceDesk(db, clock, director).assign(id, userId(db, QStringLiteral("manager1")), version); !s)
        return fail(s.error().fullText());
    std::printf("assigned ticket %lld\n", id);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: ketong-crash-op reassign|step DATABASE-URL"));
    auto url = DatabaseUrl::parse(args.at(2));
    if (!url)
        return fail(url.error().fullText());
    auto db = Database::open(*url);
    if (!db)
        return fail(db.error().fullText());
    SystemClock clock;
    auto director = AuthService(**db, clock).sessionFor(QStringLiteral("director"));
    if (!director)
        return fail(director.error().fullText());
    if (args.at(1) == QLatin1String("reassign"))
        return reassign(**db, clock, *director);
    if (args.at(1) == QLatin1String("step"))
        return step(**db, clock, *director);
    return fail(QStringLiteral("unknown operation ") + args.at(1));
}
