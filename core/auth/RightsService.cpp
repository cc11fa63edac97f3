#include "RightsService.h"

#include "AccessControl.h"
#include "AdministratorGuard.h"
#include "audit/AuditLog.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QSet>

namespace ketong {

RightsService::RightsService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

Result<QList<RightNode>> RightsService::tree() const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT code, COALESCE(parent_code, ''), kind, label, sort_order FROM rights ORDER BY sort_order, code"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<RightNode> nodes;
    while (q.next()) {
        RightNode n;
        n.code = q.value(0).toString();
        n.parent = q.value(1).toString();
        n.folder = q.value(2).toString() == QLatin1String("folder");
        const QString translated = RightCatalog::label(n.code);
        n.label = translated == n.code ? q.value(3).toString() : translated;
        n.sortOrder = q.value(4).toInt();
        nodes.append(n);
    }
    // Sort order alone does not promise parents first (a right added later may sort before its folder):
    // emit each node after its parent.
    QList<RightNode> ordered;
    QSet<QString> placed{QString()};
    while (ordered.size() < nodes.size()) {
        const qsizetype before = ordered.size();
        for (const RightNode& n : std::as_const(nodes)) {
            if (!placed.contains(n.code) && placed.contains(n.parent)) {
                ordered.append(n);
                placed.insert(n.code);
            }
        }
        if (ordered.size() == before)
            return Error(ErrorCode::Internal, QStringLiteral("the rights table has a node without a parent"));
    }
    return ordered;
}

Result<QStringList> RightsService::roleRightCodes(const QSqlDatabase& connection, qint64 roleId)
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT right_code FROM role_rights WHERE role_id = :role ORDER BY right_code"));
    q.bind(QStringLiteral(":role"), roleId);
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

Result<QStringList> RightsService::roleRights(qint64 roleId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s.error();
    return roleRightCodes(m_db.connection(), roleId);
}

Status RightsService::save(qint64 roleId, const QStringList& codes, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::Permissions); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    auto guard = AdministratorGuard::begin(c, m_db.dialect(), m_session);
    if (!guard)
        return guard.error();

    QHash<QString, bool> known; // code → folder
    SqlQuery all(c);
    all.prepare(QStringLiteral("SELECT code, kind FROM rights"));
    if (auto s = all.exec(); !s)
        return s;
    while (all.next())
        known.insert(all.value(0).toString(), all.value(1).toString() == QLatin1String("folder"));
    QStringList pages;
    for (const QString& code : codes) {
        if (!known.contains(code))
            return Error(ErrorCode::Invalid, tr("There is no right with the code %1").arg(code),
                         QStringLiteral("rights"));
        if (!known.value(code) && !pages.contains(code))
            pages << code;
    }
    pages.sort();

    SqlQuery role(c);
    role.prepare(QStringLiteral("SELECT name, kind FROM roles WHERE id = :id"));
    role.bind(QStringLiteral(":id"), roleId);
    if (auto s = role.exec(); !s)
        return s;
    if (!role.next())
        return Error(ErrorCode::NotFound, tr("The role no longer exists"));
    const QString what = tr("The role \"%1\"").arg(role.value(0).toString());
    const RoleKind kind = roleKindFromKey(role.value(1).toString()).value_or(RoleKind::Executive);
    role.finish();
    for (const QString& code : std::as_const(pages)) {
        if (!RightCatalog::allowedFor(kind, code))
            return Error(ErrorCode::Invalid,
                         kind == RoleKind::Admin
                             ? tr("%1 is an administrator role: it manages accounts and the dictionary and sees no "
                                  "customer data, so it cannot hold \"%2\"")
                                   .arg(what, RightCatalog::label(code))
                             : tr("%1 is not an administrator role: only administrators hold \"%2\"")
                                   .arg(what, RightCatalog::label(code)),
                         QStringLiteral("rights"));
    }
    auto before = roleRightCodes(c, roleId);
    if (!before)
        return before.error();
    // Bumping the role's version first makes a concurrent save of the same role fail instead of mixing.
    auto bumped = SqlQuery::run(c,
                                QStringLiteral("UPDATE roles SET version = version + 1, updated_at = :now, updated_by "
                                               "= :by WHERE id = :id AND version = :version"),
                                {{QStringLiteral("now"), now},
                                 {QStringLiteral("by"), m_session.actor()},
                                 {QStringLiteral("id"), roleId},
                                 {QStringLiteral("version"), version}});
    if (!bumped)
        return bumped.error();
    if (*bumped == 0)
        return staleRecordError(c, QStringLiteral("roles"), roleId, what);
    if (auto s = SqlQuery::run(c, QStringLiteral("DELETE FROM role_rights WHERE role_id = :id"),
                               {{QStringLiteral("id"), roleId}});
        !s)
        return s.error();
    for (const QString& code : std::as_const(pages)) {
        if (auto s = SqlQuery::run(c, QStringLiteral("INSERT INTO role_rights (role_id, right_code) VALUES (:r, :c)"),
                                   {{QStringLiteral("r"), roleId}, {QStringLiteral("c"), code}});
            !s)
            return s.error();
    }
    if (auto s = guard->check(c, QStringLiteral("rights")); !s)
        return s;
    if (auto s = AuditLog::append(c, m_session, now,
                                  {QStringLiteral("rights"), QStringLiteral("roles"), QString::number(roleId),
                                   QJsonObject{{QStringLiteral("rights"), QJsonArray::fromStringList(*before)}},
                                   QJsonObject{{QStringLiteral("rights"), QJsonArray::fromStringList(pages)}}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ketong
