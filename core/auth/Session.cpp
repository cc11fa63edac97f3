#include "Session.h"

#include <QVariant>

namespace ketong {

Session::Session(qint64 userId, QString login, QString name, qint64 roleId, QString roleName, RoleKind kind,
                 QSet<QString> rights)
    : m_userId(userId)
    , m_login(std::move(login))
    , m_name(std::move(name))
    , m_roleId(roleId)
    , m_roleName(std::move(roleName))
    , m_kind(kind)
    , m_rights(std::move(rights))
{}

Session Session::system()
{
    Session s;
    s.m_system = true;
    s.m_login = QStringLiteral("system");
    s.m_name = QStringLiteral("system");
    s.m_kind = RoleKind::Admin;
    return s;
}

QVariant Session::actorId() const
{
    if (m_system || m_userId <= 0)
        return QVariant(QMetaType(QMetaType::LongLong));
    return m_userId;
}

} // namespace ketong
