#include "DemoChurn.h"

#include "db/SqlQuery.h"
#include "db/SqlValue.h"

namespace ketong::demo {

namespace {
Result<qint64> insert(const QSqlDatabase& c, const QString& sql, const QVariantMap& values)
{
    auto id = SqlQuery::scalar(c, sql + QStringLiteral(" RETURNING id"), values);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status writeOne(const QSqlDatabase& c, const SilentCustomer& s, const QDate& today,
                const std::function<QDateTime(const QDate&, int)>& at)
{
    static const QStringList reasons{
        QStringLiteral("客户转向竞争对手,价格更低"), QStringLiteral("客户公司业务调整,不再需要我方产品"),
        QStringLiteral("售后服务响应慢,客户不满意"), QStringLiteral("客户公司经营困难,已停业")};
    static const QStringList measures{QStringLiteral("电话回访,了解客户近况"), QStringLiteral("上门拜访,提供优惠方案"),
                                      QStringLiteral("邀请参加新品推介会")};
    auto last = SqlQuery::scalar(
        c, QStringLiteral("SELECT max(order_date) FROM orders WHERE customer_id = :c AND status IN (5, 6)"),
        {{QStringLiteral("c"), s.id}});
    if (!last)
        return last.error();
    const QDate lastOrder = SqlValue::toDate(*last);
    const bool lost = s.churn == Churn::Lost;
    // Flagged by the weekly scan six months after the last order; a loss confirmed a month later, after two
    // measures.
    const QDate lastSeen = lastOrder.isValid() ? lastOrder : s.silentSince;
    const QDate detected = qMin(lastSeen.addMonths(6).addDays(1 + s.index % 6), today.addDays(-3));
    const QDate lostOn = qMin(detected.addMonths(1).addDays(s.index % 20), today.addDays(-1));
    auto id = insert(c,
                     QStringLiteral("INSERT INTO lost_records (customer_id, manager_id, last_order_date, "
                                    "reference_date, detected_at, status, lost_date, reason, updated_at) VALUES (:c, "
                                    ":m, :last, :ref, :detected, :status, :lost, :reason, :updated)"),
                     {{QStringLiteral("c"), s.id},
                      {QStringLiteral("m"), s.managerId},
                      {QStringLiteral("last"), lastOrder.isValid() ? QVariant(lastOrder) : nullOf(QMetaType::QDate)},
                      {QStringLiteral("ref"), lastOrder.isValid() ? lastOrder : s.created},
                      {QStringLiteral("detected"), at(detected, 2)},
                      {QStringLiteral("status"), lost                        ? 3
                                                 : s.churn == Churn::Delayed ? 2
                                                                             : 1},
                      {QStringLiteral("lost"), SqlValue::fromDateTime(lost ? at(lostOn, 15) : QDateTime())},
                      {QStringLiteral("reason"), lost ? reasons.at(s.index / 4 % reasons.size()) : QString()},
                      {QStringLiteral("updated"), lost ? at(lostOn, 15) : at(detected.addDays(1), 11)}});
    if (!id)
        return id.error();
    const int taken = s.churn == Churn::Warned ? 0 : 2;
    for (int k = 0; k < taken; ++k) {
        const QDate day = lost ? detected.addDays(5 + k * 10) : qMin(detected.addDays(2 + k * 7), today);
        auto measure = insert(c,
                              QStringLiteral("INSERT INTO lost_measures (lost_record_id, measure, created_by, "
                                             "created_at) VALUES (:r, :m, :by, :at)"),
                              {{QStringLiteral("r"), *id},
                               {QStringLiteral("m"), measures.at((s.index + k) % measures.size())},
                               {QStringLiteral("by"), s.managerId},
                               {QStringLiteral("at"), at(day, 10 + k)}});
        if (!measure)
            return measure.error();
    }
    if (!lost)
        return {};
    return statusOf(SqlQuery::run(c, QStringLiteral("UPDATE customers SET status = 2 WHERE id = :id"),
                                  {{QStringLiteral("id"), s.id}}));
}
} // namespace

SilentCustomer planSilent(int index, const QDate& today, Random& random)
{
    SilentCustomer s;
    s.index = index;
    const int kind = index % 4;
    s.churn = kind == 0 ? Churn::Lost : kind == 1 ? Churn::Delayed : kind == 2 ? Churn::Warned : Churn::None;
    switch (s.churn) {
    case Churn::Lost:
        s.silentSince = today.addMonths(-(29 - 3 * (index / 4 % 8)));
        break;
    case Churn::Warned:
    case Churn::Delayed:
        // A warning of the last scans: the last order a little more than six months before it.
        s.silentSince = today.addMonths(-6).addDays(-random.between(25, 70));
        break;
    case Churn::None:
        s.silentSince = today.addMonths(-random.between(7, 20));
        break;
    }
    return s;
}

Status writeChurn(const QSqlDatabase& c, const QList<SilentCustomer>& customers, const QDate& today,
                  const std::function<QDateTime(const QDate&, int)>& at)
{
    for (const SilentCustomer& s : customers) {
        if (s.churn == Churn::None)
            continue;
        if (auto status = writeOne(c, s, today, at); !status)
            return status;
    }
    return {};
}

} // namespace ketong::demo
