#pragma once

#include "Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// A role as 角色管理 shows it.
struct KETONG_CORE_EXPORT RoleRecord
{
    qint64 id = 0;
    QString name;
    QString description;
    RoleKind kind = RoleKind::Manager;
    bool enabled = true;
    bool builtin = false;
    int accounts = 0; ///< how many accounts (active or not) hold the role
    int version = 1;

    /// The name and the description in the current language: a built-in role's own words are translated,
    /// what the administrator entered stays as entered.
    QString label() const { return RightCatalog::roleLabel(name, kind); }
    QString descriptionLabel() const { return RightCatalog::roleDescriptionLabel(description, kind); }
};

/// What 新建角色 / 编辑角色 enters.
struct KETONG_CORE_EXPORT RoleInput
{
    QString name;        ///< required, unique, at most 50 characters
    QString description; ///< at most 200 characters
    RoleKind kind = RoleKind::Manager;
    bool enabled = true; ///< 可用: accounts of a disabled role cannot log in
};

/// Roles (角色管理). The kind (administrator, sales director, account manager, executive) decides the
/// data scope of the role's accounts; the rights (权限分配, RightsService) decide their pages. Every
/// method needs 权限管理 (024) and is refused with a Forbidden error otherwise; changes are
/// version-checked and audited.
class KETONG_CORE_EXPORT RoleService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::RoleService)
public:
    RoleService(const Database& db, const Clock& clock, Session session);
    RoleService(const Database& db, const Clock&& clock, Session session) = delete;

    /// Every role, built-in ones first, with the number of accounts holding each.
    Result<QList<RoleRecord>> list() const;
    Result<RoleRecord> load(qint64 id) const;
    /// Creates a role holding the page rights of the built-in role of its kind (adjust them in 权限分配).
    /// Refuses an empty, over-long or taken name and an over-long description.
    Result<qint64> create(const RoleInput& input);
    /// Changes name, description, kind and the usable flag. Refuses what create() refuses, changing the
    /// kind of a built-in role, and a change that leaves no administrator or takes the acting
    /// administrator's own administration away.
    Status update(qint64 id, const RoleInput& input, int version);
    /// Deletes a role that no account holds. Refuses built-in roles and, naming how many, roles that
    /// accounts hold (disabled accounts too: their history refers to the role).
    Status remove(qint64 id, int version);

    /// "Yes" / "No" for the usable flag, translated.
    static QString enabledLabel(bool enabled);

private:
    Status validate(const RoleInput& input) const;
    Status checkNameFree(const QSqlDatabase& connection, const QString& name, qint64 exceptId) const;
    static Result<std::optional<RoleRecord>> fetch(const QSqlDatabase& connection, qint64 id);

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
