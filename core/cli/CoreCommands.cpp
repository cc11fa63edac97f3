#include "Cli.h"

#include "auth/DbRoles.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "db/Backup.h"
#include "db/IntegrityCheck.h"
#include "db/Migrator.h"
#include "setup/Setup.h"

#include <QFileInfo>

namespace ketong::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::cli)
};

int initCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption(
        {QStringLiteral("admin"), Tr::tr("Create the first administrator with this login."), QStringLiteral("LOGIN")});
    p.addOption({QStringLiteral("admin-name"), Tr::tr("The administrator's full name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("admin-password-file"), Tr::tr("Read the administrator's password from FILE."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("demo"), Tr::tr("Also load the demo company (accounts with the password \"demo\").")});
    p.addOption({QStringLiteral("role-prefix"),
                 Tr::tr("PostgreSQL: the prefix of this database's role names (default ketong_; another Ketong "
                        "database on the same server needs its own)."),
                 QStringLiteral("PREFIX")});
    if (auto stop = ctx.parse(QStringLiteral("init [--admin LOGIN --admin-password-file F] [--demo] [--role-prefix P]"),
                              Tr::tr("Create a Ketong database: schema, roles and rights, dictionary, the first "
                                     "administrator, optionally the demo company.")))
        return *stop;
    Setup::Options options;
    options.demo = p.isSet(QStringLiteral("demo"));
    options.adminLogin = p.value(QStringLiteral("admin"));
    options.adminName = p.value(QStringLiteral("admin-name"));
    options.rolePrefix = p.value(QStringLiteral("role-prefix"));
    if (!options.adminLogin.isEmpty()) {
        if (!p.isSet(QStringLiteral("admin-password-file")))
            return ctx.usage(Tr::tr("--admin needs --admin-password-file"));
        auto password = ctx.readSecretFile(p.value(QStringLiteral("admin-password-file")));
        if (!password)
            return ctx.fail(password.error());
        options.adminPassword = *password;
    } else if (p.isSet(QStringLiteral("admin-password-file"))) {
        return ctx.usage(Tr::tr("--admin-password-file needs --admin"));
    }
    auto db = ctx.openDatabase(true, false);
    if (!db)
        return ctx.fail(db.error());
    if (auto s = Setup::initialize(**db, ctx.clock(), options); !s)
        return ctx.fail(s.error());
    ctx.out() << Tr::tr("Created a Ketong database (schema version %1) at %2")
                     .arg(Migrator::programVersion())
                     .arg((*db)->url().toString())
              << '\n';
    if (options.demo)
        ctx.out() << Tr::tr("Demo company loaded: log in as admin, director, manager1, manager2, manager3 or "
                            "executive with the password \"demo\".")
                  << '\n';
    return Cli::Success;
}

int migrateCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("backup-to"), Tr::tr("Write the pre-upgrade backup to FILE."), QStringLiteral("FILE")});
    if (auto stop = ctx.parse(QStringLiteral("migrate [--backup-to FILE]"),
                              Tr::tr("Upgrade the database's schema to this program's version, backing it up first.")))
        return *stop;
    auto db = ctx.openDatabase(false, false);
    if (!db)
        return ctx.fail(db.error());
    Migrator migrator(**db);
    auto version = migrator.currentVersion();
    if (!version)
        return ctx.fail(version.error());
    if (*version == 0)
        return ctx.fail(Error(ErrorCode::SchemaMissing,
                              Tr::tr("The database has no Ketong schema; create it with ketongctl init")));
    auto outcome = migrator.migrate(p.value(QStringLiteral("backup-to")));
    if (!outcome)
        return ctx.fail(outcome.error());
    // PostgreSQL: group roles, grants and every account's login role brought up to date (run by the owner).
    if (auto s = DbRoles::sync((*db)->connection()); !s)
        return ctx.fail(s.error());
    if (outcome->from == outcome->to) {
        ctx.out() << Tr::tr("The schema is up to date (version %1)").arg(outcome->to) << '\n';
    } else {
        ctx.out() << Tr::tr("Upgraded the schema from version %1 to %2").arg(outcome->from).arg(outcome->to) << '\n';
        if (!outcome->backupPath.isEmpty())
            ctx.out() << Tr::tr("Backup of the old database: %1").arg(outcome->backupPath) << '\n';
    }
    return Cli::Success;
}

int checkCommand(CliContext& ctx)
{
    if (auto stop = ctx.parse(QStringLiteral("check"),
                              Tr::tr("Check the database: schema version, storage integrity, foreign keys, "
                                     "consistency rules, row counts.")))
        return *stop;
    auto db = ctx.openDatabase(false, false);
    if (!db)
        return ctx.fail(db.error());
    auto report = IntegrityCheck::run(**db);
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << Tr::tr("schema version %1").arg(report->schemaVersion) << '\n';
    for (const auto& [table, count] : std::as_const(report->counts))
        ctx.out() << table << '\t' << count << '\n';
    for (const QString& problem : std::as_const(report->problems))
        ctx.err() << "ketongctl: " << problem << '\n';
    if (!report->ok())
        return Cli::Failure;
    ctx.out() << Tr::tr("ok") << '\n';
    return Cli::Success;
}

int backupCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 Tr::tr("Write the backup to FILE (must not exist)."),
                 QStringLiteral("FILE")});
    if (auto stop = ctx.parse(QStringLiteral("backup -o FILE"),
                              Tr::tr("Write a consistent copy of the database while it is in use (SQLite: a database "
                                     "file; PostgreSQL: a pg_dump custom-format file).")))
        return *stop;
    if (!p.isSet(QStringLiteral("output")))
        return ctx.usage(Tr::tr("backup needs -o FILE"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const QString file = p.value(QStringLiteral("output"));
    if (auto s = Backup::create(**db, file); !s)
        return ctx.fail(s.error());
    ctx.out() << Tr::tr("Backup written to %1 (%2 bytes)").arg(file).arg(QFileInfo(file).size()) << '\n';
    return Cli::Success;
}

int restoreCommand(CliContext& ctx)
{
    if (auto stop = ctx.parse(QStringLiteral("restore FILE"),
                              Tr::tr("Restore a backup into an empty database (SQLite: a new file), after checking the "
                                     "backup."),
                              1, 1))
        return *stop;
    const QString file = ctx.parser().positionalArguments().value(1);
    QString text = ctx.parser().value(QStringLiteral("database"));
    if (text.isEmpty())
        text = qEnvironmentVariable("KETONG_DATABASE");
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return ctx.usage(url.error().message());
    if (url->isSqlite()) {
        if (auto s = Backup::restoreSqliteFile(file, url->path()); !s)
            return ctx.fail(s.error());
    } else {
        auto db = ctx.openDatabase(false, false);
        if (!db)
            return ctx.fail(db.error());
        if (auto s = Backup::restore(**db, file); !s)
            return ctx.fail(s.error());
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto report = IntegrityCheck::run(**db);
    if (!report)
        return ctx.fail(report.error());
    if (!report->ok()) {
        for (const QString& problem : std::as_const(report->problems))
            ctx.err() << "ketongctl: " << problem << '\n';
        return Cli::Failure;
    }
    ctx.out() << Tr::tr("Restored %1 into %2; the check passed").arg(file, (*db)->url().toString()) << '\n';
    return Cli::Success;
}

std::optional<RoleKind> parseKind(const QString& text)
{
    return roleKindFromKey(text.trimmed().toLower());
}

int userCommand(CliContext& ctx)
{
    auto& p = ctx.parser();
    p.addOption({QStringLiteral("role"), Tr::tr("admin, director, manager or executive."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("name"), Tr::tr("The person's full name."), QStringLiteral("NAME")});
    ctx.setPasswordFileMeansAccount();
    const QString synopsis = QStringLiteral(
        "user add LOGIN --role admin|director|manager|executive --name NAME --password-file F | user passwd LOGIN "
        "--password-file F | user disable LOGIN | user enable LOGIN | user list");
    // --password-file means the account's password here; the database password comes from PGPASSWORD.
    p.addOption({QStringLiteral("must-change"), Tr::tr("The account must change the password at its next login.")});
    if (auto stop = ctx.parse(synopsis, Tr::tr("Manage accounts."), 1, 2))
        return *stop;
    const QStringList args = p.positionalArguments().mid(1);
    const QString action = args.value(0);
    const QString login = args.value(1);
    if (action != QLatin1String("list") && login.isEmpty())
        return ctx.usage(Tr::tr("usage: ketongctl %1").arg(synopsis));

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto session = ctx.actingSession(**db);
    if (!session)
        return ctx.fail(session.error());
    UserService users(**db, ctx.clock(), *session);

    const auto password = [&]() -> Result<QString> {
        if (!p.isSet(QStringLiteral("password-file")))
            return Error(ErrorCode::Invalid, Tr::tr("--password-file is required"), QStringLiteral("usage"));
        return ctx.readSecretFile(p.value(QStringLiteral("password-file")));
    };

    if (action == QLatin1String("add")) {
        const auto kind = parseKind(p.value(QStringLiteral("role")));
        if (!kind)
            return ctx.usage(Tr::tr("--role must be admin, director, manager or executive"));
        auto secret = password();
        if (!secret)
            return ctx.fail(secret.error());
        auto roleId = users.builtinRoleId(*kind);
        if (!roleId)
            return ctx.fail(roleId.error());
        auto id = users.create(
            {login, p.value(QStringLiteral("name")), *roleId, *secret, p.isSet(QStringLiteral("must-change"))});
        if (!id)
            return ctx.fail(id.error());
        ctx.out() << Tr::tr("Created account %1").arg(login) << '\n';
        return Cli::Success;
    }
    if (action == QLatin1String("passwd")) {
        auto secret = password();
        if (!secret)
            return ctx.fail(secret.error());
        if (auto s = users.resetPassword(login, *secret, p.isSet(QStringLiteral("must-change"))); !s)
            return ctx.fail(s.error());
        ctx.out() << Tr::tr("Changed the password of %1").arg(login) << '\n';
        return Cli::Success;
    }
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        if (auto s = users.setActive(login, enable); !s)
            return ctx.fail(s.error());
        ctx.out() << (enable ? Tr::tr("Enabled %1") : Tr::tr("Disabled %1")).arg(login) << '\n';
        return Cli::Success;
    }
    if (action == QLatin1String("list")) {
        auto list = users.list();
        if (!list)
            return ctx.fail(list.error());
        ctx.out() << "login\tname\trole\tstatus\tlast_login\n";
        for (const UserRecord& u : std::as_const(*list)) {
            ctx.out() << u.login << '\t' << u.name << '\t' << roleKindKey(u.kind) << '\t'
                      << (u.active ? "active" : "disabled") << '\t'
                      << (u.lastLoginAt.isValid() ? u.lastLoginAt.toLocalTime().toString(Qt::ISODate) : QString())
                      << '\n';
        }
        return Cli::Success;
    }
    return ctx.usage(Tr::tr("unknown user action \"%1\"; usage: ketongctl %2").arg(action, synopsis));
}

} // namespace

QList<Cli::Command> coreCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("init [--admin LOGIN --admin-password-file F] [--demo]"), initCommand},
        {QStringLiteral("migrate"), QStringLiteral("migrate [--backup-to FILE]"), migrateCommand},
        {QStringLiteral("user"),
         QStringLiteral("user add|passwd|disable|enable|list …  (accounts; see ketongctl user --help)"), userCommand},
        {QStringLiteral("check"), QStringLiteral("check"), checkCommand},
        {QStringLiteral("backup"), QStringLiteral("backup -o FILE"), backupCommand},
        {QStringLiteral("restore"), QStringLiteral("restore FILE"), restoreCommand},
    };
}

} // namespace ketong::cli
