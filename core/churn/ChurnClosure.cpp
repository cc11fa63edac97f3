#include "ChurnClosure.h"

#include "LostRecord.h"
#include "audit/AuditLog.h"
#include "db/SqlQuery.h"

#include <QJsonObject>

namespace ketong {

Result<int> ChurnClosure::closeForDeletedCustomer(const QSqlDatabase& c, const Session& session, const QDateTime& now,
                                                  qint64 customerId)
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT id, status FROM lost_records WHERE customer_id = :id AND status IN (1, 2) "
                             "ORDER BY id"));
    q.bind(QStringLiteral(":id"), customerId);
    if (auto s = q.exec(); !s)
        return s.error();
    QList<std::pair<qint64, int>> open;
    while (q.next())
        open.append({q.value(0).toLongLong(), q.value(1).toInt()});
    q.finish();
    const QString note = tr("Warning closed: the customer was deleted");
    for (const auto& [id, status] : std::as_const(open)) {
        auto closed = SqlQuery::run(c,
                                    QStringLiteral("UPDATE lost_records SET status = :closed, version = version + 1, "
                                                   "updated_at = :now, updated_by = :by WHERE id = :id"),
                                    {{QStringLiteral("closed"), int(LostStatus::Closed)},
                                     {QStringLiteral("now"), now},
                                     {QStringLiteral("by"), session.actor()},
                                     {QStringLiteral("id"), id}});
        if (!closed)
            return closed.error();
        // The note sits with the retention measures, where the manager reads what became of the warning.
        if (session.userId() > 0) {
            auto noted = SqlQuery::run(
                c,
                QStringLiteral("INSERT INTO lost_measures (lost_record_id, measure, created_by, created_at) VALUES "
                               "(:id, :measure, :by, :now)"),
                {{QStringLiteral("id"), id},
                 {QStringLiteral("measure"), note},
                 {QStringLiteral("by"), session.userId()},
                 {QStringLiteral("now"), now}});
            if (!noted)
                return noted.error();
        }
        if (auto s = AuditLog::append(
                c, session, now,
                {QStringLiteral("close"), QStringLiteral("lost_records"), QString::number(id),
                 QJsonObject{{QStringLiteral("status"), status}},
                 QJsonObject{{QStringLiteral("status"), int(LostStatus::Closed)}, {QStringLiteral("measure"), note}}});
            !s)
            return s.error();
    }
    return int(open.size());
}

} // namespace ketong
