#include "LoadSetup.h"

#include "TestDatabase.h"

#include "auth/UserService.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"

namespace ketong::load {

namespace {
Result<QHash<qint64, int>> versions(const QSqlDatabase& c, const QString& table)
{
    SqlQuery q(c);
    if (auto s = q.exec(QStringLiteral("SELECT id, version FROM %1").arg(table)); !s)
        return s.error();
    QHash<qint64, int> result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

qint64 maxId(const QSqlDatabase& c, const QString& table)
{
    return SqlQuery::scalar(c, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table))
        .valueOr(QVariant())
        .toLongLong();
}
} // namespace

LoadSetup::LoadSetup() = default;
LoadSetup::~LoadSetup() = default;

QString LoadSetup::password()
{
    return QStringLiteral("Ketong-Load-2026!");
}

const Database& LoadSetup::db() const
{
    return **m_db;
}

Status LoadSetup::create(const QString& backend, int clients, const Clock& clock)
{
    qputenv("KETONG_TEST_BACKEND", backend.toUtf8());
    m_db = std::make_unique<test::TestDatabase>();
    if (!m_db->createInitialized(true))
        return Error(ErrorCode::Connection, m_db->lastError());
    UserService users(**m_db, clock, m_db->sessionFor(QStringLiteral("admin")));
    for (int i = 0; i < clients; ++i) {
        const bool director = i % 5 == 0;
        Account account{QStringLiteral("load_%1%2").arg(director ? QLatin1Char('d') : QLatin1Char('m')).arg(i + 1),
                        director ? RoleKind::Director : RoleKind::Manager};
        auto role = users.builtinRoleId(account.kind);
        if (!role)
            return role.error();
        if (auto id = users.create({account.login, QStringLiteral("负载%1").arg(i + 1), *role, password(), false}); !id)
            return id.error();
        m_accounts << account;
    }
    if (auto s = spreadCustomers(clock); !s)
        return s;
    return readWorld();
}

Status LoadSetup::spreadCustomers(const Clock& clock)
{
    // Every 正常 customer goes to one of the load managers (the director's 批量转移), round robin.
    QList<qint64> managers;
    for (const Account& a : std::as_const(m_accounts)) {
        if (a.kind == RoleKind::Manager)
            managers << SqlQuery::scalar((*m_db)->connection(), QStringLiteral("SELECT id FROM users WHERE login = :l"),
                                         {{QStringLiteral("l"), a.login}})
                            .valueOr(QVariant())
                            .toLongLong();
    }
    if (managers.isEmpty())
        return {};
    SqlQuery q((*m_db)->connection());
    if (auto s = q.exec(QStringLiteral("SELECT id FROM customers WHERE status = 1 ORDER BY id")); !s)
        return s;
    QHash<qint64, QList<qint64>> plan;
    for (int i = 0; q.next(); ++i)
        plan[managers.at(i % managers.size())] << q.value(0).toLongLong();
    q.finish();
    CustomerService service(**m_db, clock, m_db->sessionFor(QStringLiteral("director")));
    for (auto it = plan.cbegin(); it != plan.cend(); ++it) {
        if (auto moved = service.reassign(it.value(), it.key()); !moved)
            return moved.error();
    }
    return {};
}

Status LoadSetup::readWorld()
{
    const QSqlDatabase c = (*m_db)->connection();
    SqlQuery q(c);
    if (auto s = q.exec(QStringLiteral("SELECT id, manager_id, name FROM customers WHERE status = 1 ORDER BY id")); !s)
        return s;
    QSet<QString> terms;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_world.customers << id;
        m_world.managedBy[q.value(1).toLongLong()] << id;
        terms.insert(q.value(2).toString().mid(2, 2)); // 北京聪海… → 聪海
    }
    q.finish();
    m_world.searchTerms = terms.values();
    m_world.searchTerms.sort();
    for (auto it = m_world.managedBy.cbegin(); it != m_world.managedBy.cend(); ++it)
        m_world.managers << it.key();
    auto customers = versions(c, QStringLiteral("customers"));
    auto tickets = versions(c, QStringLiteral("service_tickets"));
    if (!customers || !tickets)
        return Error(ErrorCode::Database, QStringLiteral("cannot read versions"));
    m_before.customerVersions = *customers;
    m_before.ticketVersions = *tickets;
    m_before.maxTicket = maxId(c, QStringLiteral("service_tickets"));
    m_before.maxActivity = maxId(c, QStringLiteral("activities"));
    m_before.maxAudit = maxId(c, QStringLiteral("audit_log"));
    return {};
}

Result<AuthService::ServerLogin> LoadSetup::login(int index, const Clock& clock) const
{
    const QString& login = m_accounts.at(index).login;
    if (!m_db->url().isSqlite())
        return AuthService::loginToServer(m_db->url(), clock, login, password());
    auto db = Database::open(m_db->url());
    if (!db)
        return db.error();
    auto session = AuthService(**db, clock).login(login, password());
    if (!session)
        return session.error();
    return AuthService::ServerLogin{*db, *session};
}

} // namespace ketong::load
