#pragma once

#include "FeedBatch.h"
#include "FeedReport.h"
#include "FeedSource.h"
#include "ketong_core_export.h"

#include <QCoreApplication>

namespace ketong {

/// Checks every row of a feed against the rules of spec/EXCHANGE.md that need no database (required
/// values, lengths, numbers, money, dates, order status, keys unique within their file) and turns the
/// rows into a FeedBatch. Every problem goes into the report as `file:line:column: message`.
class KETONG_CORE_EXPORT FeedValidator
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedValidator)
public:
    static void check(const FeedFiles& files, FeedBatch& batch, FeedReport& report);

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM[:SS]` (local time unless an offset or Z is given) → the local date.
    static QDate parseDate(const QString& text);
    /// 1–6, or shipped/已发货 (5), paid/已回款 (6); 0 when not a status.
    static int parseStatus(const QString& text);

private:
    FeedValidator(const FeedTable& table, FeedReport& report)
        : m_table(table)
        , m_report(report)
    {}
    void products(FeedBatch& batch);
    void stock(FeedBatch& batch);
    void orders(FeedBatch& batch);
    void lines(FeedBatch& batch);

    QString text(int row, int column, int max, bool required);
    std::optional<qint64> integer(int row, int column, qint64 min);
    std::optional<qint64> money(int row, int column);
    void error(int row, int column, const QString& message);
    QString columnName(int column) const;

    const FeedTable& m_table;
    FeedReport& m_report;
    bool m_rowOk = true;
};

} // namespace ketong
