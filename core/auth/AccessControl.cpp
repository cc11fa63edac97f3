#include "AccessControl.h"

namespace ketong {

Error AccessControl::missingRight(QLatin1String right)
{
    return Error(ErrorCode::Forbidden,
                 tr("You do not have the right \"%1\" (%2)").arg(RightCatalog::label(QString(right)), QString(right)));
}

Status AccessControl::require(const Session& session, QLatin1String right)
{
    if (!session.isValid())
        return Error(ErrorCode::Forbidden, tr("Please log in first"));
    if (!session.has(right))
        return missingRight(right);
    return {};
}

Status AccessControl::requireKind(const Session& session, QLatin1String right, std::initializer_list<RoleKind> kinds,
                                  const QString& action)
{
    if (auto s = require(session, right); !s)
        return s;
    if (session.isSystem())
        return {};
    for (RoleKind kind : kinds) {
        if (session.kind() == kind)
            return {};
    }
    QStringList names;
    for (RoleKind kind : kinds)
        names << RightCatalog::kindLabel(kind);
    return Error(ErrorCode::Forbidden, tr("Only a %1 may %2").arg(names.join(tr(" or ")), action));
}

bool AccessControl::seesAll(const Session& session)
{
    return session.isSystem() || session.kind() == RoleKind::Director || session.kind() == RoleKind::Admin ||
           session.kind() == RoleKind::Executive;
}

Status AccessControl::requireOwner(const Session& session, qint64 ownerId, const QString& what)
{
    if (session.isSystem() || session.kind() == RoleKind::Director)
        return {};
    if (session.userId() == ownerId)
        return {};
    return Error(ErrorCode::Forbidden, tr("%1 belongs to another account manager").arg(what));
}

} // namespace ketong
