#pragma once

#include "ReportTable.h"
#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace ketong {

class Database;

/// 客户贡献分析 filters.
struct KETONG_CORE_EXPORT ContributionFilter
{
    std::optional<int> year; ///< all years when empty
    QString customer;        ///< name contains
};

/// 客户构成分析 grouping.
enum class CompositionBy { Level, Credit, Satisfaction };

/// 客户服务分析 period: a year, a date range, or everything.
struct KETONG_CORE_EXPORT ServiceReportFilter
{
    std::optional<int> year;
    QDate from;
    QDate to;
};

/// 客户流失分析 filters.
struct KETONG_CORE_EXPORT ChurnReportFilter
{
    std::optional<int> year;
    QString customer; ///< name contains
    QString manager;  ///< manager's name contains
};

/// The four analyses of SPEC §5.5, each one grouped query computed in SQL (never a query per row),
/// for the director and the executive (rights 017–020). Pure functions of their filters.
class KETONG_CORE_EXPORT Reports
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Reports)
public:
    /// Per customer: Σ quantity × price of its counted orders (status 5/6) in the period, exact in fen;
    /// amount descending, then code; a totals row.
    static Result<ReportTable> contribution(const Database& db, const Session& session, const ContributionFilter& f);
    /// Count and share (%, one decimal, not forced to sum to 100) of the non-deleted customers per item of
    /// the grouping's dictionary, zeros included, in dictionary order.
    static Result<ReportTable> composition(const Database& db, const Session& session, CompositionBy by);
    /// Service requests per type of the dictionary (zeros included) created in the period.
    static Result<ReportTable> service(const Database& db, const Session& session, const ServiceReportFilter& f);
    /// Confirmed losses, newest first: year, code, customer, manager, reason.
    static Result<ReportTable> churn(const Database& db, const Session& session, const ChurnReportFilter& f);
    /// Confirmed losses per year (for the churn chart), oldest first, with the same filters.
    static Result<QList<std::pair<int, int>>> churnPerYear(const Database& db, const Session& session,
                                                           const ChurnReportFilter& f);
    /// The years that have counted orders, newest first (the year filter's choices).
    static Result<QList<int>> orderYears(const Database& db);
};

} // namespace ketong
