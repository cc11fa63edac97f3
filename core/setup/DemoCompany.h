#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// The demo company of CLI.md, looking like a real one: about 200 customers over the five regions with
/// contacts and interaction records, ~3,000 orders over the last 30 months (one customer in seven silent for
/// more than six months), products and stock, sales chances (prospects from every region) and service tickets
/// (of customers in every region) in every status, churn warnings of the last weekly scans (some with
/// retention measures, 暂缓) and confirmed losses over the last two years, of all three account managers
/// (DemoChurn), and one account per role (admin, director, manager1…manager3, executive) with the password
/// "demo". Every report's chart has more than one bar or slice. Deterministic: the same data every time, dated
/// relative to the clock's today.
class KETONG_CORE_EXPORT DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(ketong::DemoCompany)
public:
    static constexpr int CustomerCount = 200;
    /// The password of every demo account.
    static QString password() { return QStringLiteral("demo"); }

    /// Writes the demo company into a freshly created schema, inside the caller's transaction on
    /// `connection` (init runs it with the schema and the seed data).
    static Status write(const QSqlDatabase& connection, const Clock& clock);
};

} // namespace ketong
