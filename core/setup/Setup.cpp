#include "Setup.h"

#include "auth/DbRoles.h"

#include "DemoCompany.h"
#include "ReferenceData.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/Rights.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

namespace ketong {

Status Setup::initialize(const Database& db, const Clock& clock, const Options& options)
{
    Migrator migrator(db);
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    auto anyTable = migrator.hasAnyTable();
    if (!anyTable)
        return anyTable.error();
    if (*version > 0 || *anyTable)
        return Error(ErrorCode::AlreadyExists,
                     *version > 0 ? tr("The database already holds Ketong data (schema version %1); init refuses to "
                                       "overwrite it")
                                        .arg(*version)
                                  : tr("The database is not empty; init needs an empty database"));
    // PostgreSQL: this database's group roles must be its own (role names are shared by the whole server).
    if (!options.rolePrefix.isEmpty()) {
        if (auto s = DbRoles::usePrefix(db.connection(), options.rolePrefix); !s)
            return s;
    }
    if (auto s = DbRoles::requireFreePrefix(db.connection()); !s)
        return s;
    if (!options.adminLogin.isEmpty()) {
        // Check the administrator's password before anything is written.
        if (auto s = PasswordPolicy::check(options.adminPassword, options.adminLogin); !s)
            return s;
    }
    QString adminHash;
    if (!options.adminLogin.isEmpty()) {
        auto hash = PasswordHasher::hash(options.adminPassword);
        if (!hash)
            return hash.error();
        adminHash = *hash;
    }

    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    const QDateTime now = clock.now();
    if (auto s = migrator.createSchema(c); !s)
        return s;
    if (auto s = seedReferenceData(c, now); !s)
        return s;
    if (!options.adminLogin.isEmpty()) {
        auto roleId = SqlQuery::scalar(c, QStringLiteral("SELECT id FROM roles WHERE kind = 'admin' AND builtin = 1"));
        if (!roleId)
            return roleId.error();
        const NewUser admin{options.adminLogin.trimmed(),
                            options.adminName.isEmpty() ? options.adminLogin.trimmed() : options.adminName,
                            roleId->toLongLong(), options.adminPassword, false};
        if (auto id = UserService::insertAccount(c, Session::system(), now, admin, adminHash); !id)
            return id.error();
    }
    if (options.demo) {
        if (auto s = DemoCompany::write(c, clock); !s)
            return s;
    }
    if (auto s = securePostgres(c, options.demo); !s)
        return s;
    return tx.commit();
}

Status Setup::securePostgres(const QSqlDatabase& c, bool demo)
{
    if (!DbRoles::applies(c))
        return {};
    // Login roles for every account the seed wrote; the demo accounts get the demo password.
    if (auto s = DbRoles::sync(c); !s)
        return s;
    if (!demo)
        return {};
    SqlQuery q(c);
    if (auto s = q.exec(QStringLiteral("SELECT id FROM users WHERE password_hash <> '' ORDER BY id")); !s)
        return s;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : std::as_const(ids)) {
        if (auto s = DbRoles::apply(c, id, DemoCompany::password()); !s)
            return s;
    }
    return {};
}

Status Setup::seedReferenceData(const QSqlDatabase& c, const QDateTime& now)
{
    for (const auto& right : RightCatalog::entries()) {
        SqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO rights (code, parent_code, kind, label, screen, sort_order) "
                                 "VALUES (:code, :parent, :kind, :label, :screen, :sort)"));
        q.bind(QStringLiteral(":code"), QString(right.code));
        q.bind(QStringLiteral(":parent"), right.parent.isEmpty() ? nullOf(QMetaType::QString) : QString(right.parent));
        q.bind(QStringLiteral(":kind"), right.folder ? QStringLiteral("folder") : QStringLiteral("page"));
        q.bind(QStringLiteral(":label"), QString::fromUtf8(right.chineseLabel));
        q.bind(QStringLiteral(":screen"), QString(right.code));
        q.bind(QStringLiteral(":sort"), right.sortOrder);
        if (auto s = q.exec(); !s)
            return s;
    }

    for (RoleKind kind : {RoleKind::Admin, RoleKind::Director, RoleKind::Manager, RoleKind::Executive}) {
        SqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO roles (name, kind, description, enabled, builtin, created_at, "
                                 "updated_at) VALUES (:name, :kind, :desc, 1, 1, :now, :now) RETURNING id"));
        q.bind(QStringLiteral(":name"), RightCatalog::builtinRoleName(kind));
        q.bind(QStringLiteral(":kind"), roleKindKey(kind));
        q.bind(QStringLiteral(":desc"), RightCatalog::builtinRoleDescription(kind));
        q.bind(QStringLiteral(":now"), now);
        if (auto s = q.exec(); !s)
            return s;
        if (!q.next())
            return Error(ErrorCode::Internal, QStringLiteral("no role id"));
        const qint64 roleId = q.value(0).toLongLong();
        q.finish();
        for (const QLatin1String right : RightCatalog::defaultRights(kind)) {
            SqlQuery r(c);
            r.prepare(QStringLiteral("INSERT INTO role_rights (role_id, right_code) VALUES (:role, :code)"));
            r.bind(QStringLiteral(":role"), roleId);
            r.bind(QStringLiteral(":code"), QString(right));
            if (auto s = r.exec(); !s)
                return s;
        }
    }

    int order = 0;
    for (const DictSeed& row : defaultDictionary()) {
        SqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO dict_items (type, item, value, editable, sort_order, created_at, "
                                 "updated_at) VALUES (:type, :item, :value, :editable, :sort, :now, :now)"));
        q.bind(QStringLiteral(":type"), row.type);
        q.bind(QStringLiteral(":item"), row.item);
        q.bind(QStringLiteral(":value"), row.value);
        q.bind(QStringLiteral(":editable"), row.editable ? 1 : 0);
        q.bind(QStringLiteral(":sort"), ++order);
        q.bind(QStringLiteral(":now"), now);
        if (auto s = q.exec(); !s)
            return s;
    }

    for (const auto& [key, value] : {std::pair{SettingKey::ChurnMonths, QStringLiteral("6")},
                                     std::pair{SettingKey::CompanyName, QStringLiteral("XX公司")}}) {
        SqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:key, :value, :now)"));
        q.bind(QStringLiteral(":key"), key);
        q.bind(QStringLiteral(":value"), value);
        q.bind(QStringLiteral(":now"), now);
        if (auto s = q.exec(); !s)
            return s;
    }
    if (auto s = AuditLog::append(c, Session::system(), now,
                                  {QStringLiteral("init"), QStringLiteral("database"), QString(), {}, {}});
        !s)
        return s;
    return {};
}

} // namespace ketong
