#pragma once

#include "ServiceTicket.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// 服务管理 (SPEC §5.4): create → assign (director) → handle (the assignee) → feedback (creator or handler):
/// satisfaction ≥ 3 archives the ticket, < 3 sends it back to the same handler. Every round of handling
/// and feedback is kept. Each step checks the right, the status and the owner inside its transaction,
/// is version-checked and audited.
class KETONG_CORE_EXPORT ServiceDesk
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ServiceDesk)
public:
    /// The lists: 服务分配, 服务处理, 服务反馈, 服务归档, and on 服务创建 the session's own tickets still 新创建
    /// (which their creator edits or deletes).
    enum class Stage { Assign, Handle, Feedback, Archive, Create };

    ServiceDesk(const Database& db, const Clock& clock, Session session);
    ServiceDesk(const Database& db, const Clock&& clock, Session session) = delete;

    /// 服务创建: a type of the 服务类型 dictionary, a summary, an active 正常 customer and the request.
    Result<qint64> create(const TicketInput& input);
    /// Changes a ticket still 新创建; only its creator.
    Status edit(qint64 id, const TicketInput& input, int version);
    /// Deletes a ticket still 新创建: its creator, or the director from the 服务分配 list.
    Status remove(qint64 id, int version);
    /// 服务分配: the director gives a new ticket to an active account manager.
    Status assign(qint64 id, qint64 managerId, int version);
    /// 服务处理: the assignee records the handling of an assigned ticket.
    Status handle(qint64 id, const QString& handling, int version);
    /// 服务反馈: the creator or the handler records the result and the customer's satisfaction (1–5).
    /// Returns the new status (已归档, or 已分配 when the customer was not satisfied).
    Result<TicketStatus> feedback(qint64 id, const QString& result, int satisfaction, int version);

    /// One ticket with its rounds: for anyone with a right of the later stages, and for its creator.
    Result<ServiceTicket> load(qint64 id) const;
    /// The list of a stage with the session's scope and the shared filters.
    Result<ListQuery> listQuery(Stage stage, const TicketFilter& filter) const;
    /// The accounts a ticket may be assigned to (active account managers): id and name.
    Result<QList<std::pair<qint64, QString>>> assignees() const;
    /// How many tickets wait at a stage for the session (the navigation badge).
    Result<int> waitingCount(Stage stage) const;

    static QString statusLabel(TicketStatus status);

private:
    struct Current;
    Result<Current> current(const QSqlDatabase& c, qint64 id, int version) const;
    Status validate(const TicketInput& input) const;
    Status writeStatus(const QSqlDatabase& c, const Current& row, const QString& action, const QString& setSql,
                       const QVariantMap& values, const QJsonObject& after);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
