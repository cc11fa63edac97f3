#pragma once

#include "Rights.h"
#include "ketong_core_export.h"

#include <QSet>
#include <QString>
#include <QVariant>

namespace ketong {

/// Who is acting: the logged-in account, its role and the rights that role holds. Every service call
/// takes the session it acts for. `Session::system()` is the built-in actor of `ketongctl` on SQLite
/// (whoever can write the file administers it).
class KETONG_CORE_EXPORT Session
{
public:
    Session() = default;
    Session(qint64 userId, QString login, QString name, qint64 roleId, QString roleName, RoleKind kind,
            QSet<QString> rights);

    static Session system();

    bool isValid() const { return m_userId > 0 || m_system; }
    bool isSystem() const { return m_system; }
    qint64 userId() const { return m_userId; }
    const QString& login() const { return m_login; }
    const QString& name() const { return m_name; }
    qint64 roleId() const { return m_roleId; }
    const QString& roleName() const { return m_roleName; }
    /// The role's name in the current language (built-in roles are translated; RightCatalog::roleLabel).
    QString roleLabel() const { return RightCatalog::roleLabel(m_roleName, m_kind); }
    RoleKind kind() const { return m_kind; }
    const QSet<QString>& rights() const { return m_rights; }
    bool has(QLatin1String right) const { return m_system || m_rights.contains(QString(right)); }
    /// The text stored in updated_by / audit_log.actor.
    QString actor() const { return m_system ? QStringLiteral("system") : m_login; }
    /// A user id to store in created_by-style columns; null for the system actor.
    QVariant actorId() const;

    bool mustChangePassword() const { return m_mustChangePassword; }
    void setMustChangePassword(bool must) { m_mustChangePassword = must; }

private:
    qint64 m_userId = 0;
    QString m_login;
    QString m_name;
    qint64 m_roleId = 0;
    QString m_roleName;
    RoleKind m_kind = RoleKind::Executive;
    QSet<QString> m_rights;
    bool m_system = false;
    bool m_mustChangePassword = false;
};

} // namespace ketong
