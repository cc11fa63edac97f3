#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ketong {

class Database;

/// One node of the rights tree (SPEC §2.3) as stored in `rights`.
struct KETONG_CORE_EXPORT RightNode
{
    QString code;
    QString parent; ///< empty for the root
    bool folder = false;
    QString label; ///< in the current language (the stored Chinese label for rights the program does not know)
    int sortOrder = 0;
};

/// 权限分配: which pages a role opens. Rights are data — the `rights` tree and each role's `role_rights`
/// rows; folders are implied by their pages. Every method needs 权限管理 (024) and is refused with a
/// Forbidden error otherwise.
class KETONG_CORE_EXPORT RightsService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::RightsService)
public:
    RightsService(const Database& db, const Clock& clock, Session session);
    RightsService(const Database& db, const Clock&& clock, Session session) = delete;

    /// The whole tree, parents before their children, siblings in menu order.
    Result<QList<RightNode>> tree() const;
    /// The page rights `roleId` holds, sorted by code.
    Result<QStringList> roleRights(qint64 roleId) const;
    /// Replaces the role's page rights with `codes` in one transaction (folder codes are ignored) and
    /// records the codes before and after in the audit log. Version-checked against the role (its
    /// version goes up). Refuses unknown codes, and a change that leaves no administrator or takes the
    /// acting administrator's own right to administer away.
    Status save(qint64 roleId, const QStringList& codes, int version);

    /// The page rights of a role on `connection` (inside a caller's transaction; checks nothing).
    static Result<QStringList> roleRightCodes(const QSqlDatabase& connection, qint64 roleId);

private:
    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
