#pragma once

#include "LoadStats.h"

#include "auth/Session.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <functional>
#include <random>

namespace ketong::load {

/// What the clients' successful writes were, to check afterwards that every one of them is stored.
struct LoadLedger
{
    struct Edit
    {
        int version = 0; ///< the customer's version after the edit
        QString fax;     ///< the value the edit wrote
    };
    QHash<qint64, QList<Edit>> customerEdits;
    QList<qint64> ticketsCreated;
    QHash<qint64, int> ticketSteps; ///< successful assign/handle per ticket
    QList<qint64> activitiesCreated;

    void merge(const LoadLedger& other);
};

/// What every client knows before it starts (read once by the driver).
struct LoadWorld
{
    QList<qint64> customers;                ///< 正常 customers
    QHash<qint64, QList<qint64>> managedBy; ///< manager id → their customers
    QList<qint64> managers;                 ///< active account managers
    QStringList searchTerms;                ///< parts of customer names
};

/// One client thread: its own Database (connection) and account, running the mix with think time 0.
class LoadClient
{
public:
    LoadClient(int index, DatabasePtr db, Session session, const LoadWorld& world, const Clock& clock, quint64 seed);

    /// Runs operations until `deadline` (ms of `timer`).
    void run(const QElapsedTimer& timer, qint64 deadline);

    const LoadStats& stats() const { return m_stats; }
    const LoadLedger& ledger() const { return m_ledger; }

private:
    void timed(const QString& op, const std::function<Status()>& work);
    Status list(const QString& search);
    Status open();
    void edit();
    Status createTicket();
    void assignTicket();
    void handleTicket();
    Status addActivity();
    Status report();
    qint64 pick(const QList<qint64>& ids);
    bool isDirector() const;

    int m_index;
    DatabasePtr m_db;
    Session m_session;
    const LoadWorld& m_world;
    const Clock& m_clock;
    std::mt19937_64 m_random;
    LoadStats m_stats;
    LoadLedger m_ledger;
    int m_seq = 0;
    QList<qint64> m_editable;
};

} // namespace ketong::load
