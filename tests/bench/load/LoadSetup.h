#pragma once

#include "LoadClient.h"

#include "auth/AuthService.h"
#include "common/Result.h"

#include <memory>

namespace ketong::test {
class TestDatabase;
}

namespace ketong::load {

/// The load test's database: a fresh copy of the demo company with one account per client (every fifth a
/// sales director, the others account managers, each with its own PostgreSQL login role), the demo
/// customers spread over the load managers, and what the verification compares against afterwards.
class LoadSetup
{
public:
    struct Account
    {
        QString login;
        RoleKind kind = RoleKind::Manager;
    };
    struct Before
    {
        QHash<qint64, int> customerVersions;
        QHash<qint64, int> ticketVersions;
        qint64 maxTicket = 0;
        qint64 maxActivity = 0;
        qint64 maxAudit = 0;
    };

    LoadSetup();
    ~LoadSetup();
    Q_DISABLE_COPY_MOVE(LoadSetup)

    /// Creates the database and the accounts. `backend` is sqlite or postgresql (the server of
    /// KETONG_TEST_PG_URL / PGPASSWORD).
    Status create(const QString& backend, int clients, const Clock& clock);
    /// Logs client `index` in with its own connection (PostgreSQL: as its own login role).
    Result<AuthService::ServerLogin> login(int index, const Clock& clock) const;

    const Database& db() const;
    const LoadWorld& world() const { return m_world; }
    const Before& before() const { return m_before; }
    const QList<Account>& accounts() const { return m_accounts; }
    static QString password();

private:
    Status spreadCustomers(const Clock& clock);
    Status readWorld();

    std::unique_ptr<test::TestDatabase> m_db;
    QList<Account> m_accounts;
    LoadWorld m_world;
    Before m_before;
};

} // namespace ketong::load
