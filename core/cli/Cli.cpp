#include "Cli.h"

#include "db/SqlQuery.h"

#include "auth/AuthService.h"
#include "common/Language.h"
#include "db/Migrator.h"

#include <QFile>
#include <QLocale>
#include <QProcessEnvironment>

namespace ketong {

namespace {
/// The language asked for with --lang, else the system locale's (LC_ALL, LC_MESSAGES, LANG, as the C library
/// reads them; C and anything not Chinese is English).
QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return Language::systemDefault();
}
} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
    for (const auto& module :
         {cli::coreCommands, cli::customerCommands, cli::churnCommands, cli::erpCommands, cli::reportCommands}) {
        for (Command& command : module())
            addCommand(std::move(command));
    }
}

void Cli::addCommand(Command command)
{
    for (Command& existing : m_commands) {
        if (existing.name == command.name) {
            existing = std::move(command);
            return;
        }
    }
    m_commands.append(std::move(command));
}

int Cli::exitCodeFor(const Error& error)
{
    switch (error.code()) {
    case ErrorCode::Connection:
    case ErrorCode::AuthFailed:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::SchemaMissing:
        return Unavailable;
    case ErrorCode::Io:
        return error.field() == QLatin1String("url") ? Unavailable : Failure;
    default:
        return Failure;
    }
}

void Cli::printUsage(QTextStream& stream) const
{
    stream << tr("Usage: ketongctl COMMAND [OPTIONS]") << '\n'
           << tr("The command-line companion of Ketong CRM, for administrators, scheduled jobs and scripts.") << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command& command : m_commands)
        stream << "  " << command.synopsis << '\n';
    stream << '\n'
           << tr("Every command takes --database URL (or the environment variable KETONG_DATABASE), --lang zh_CN|en "
                 "and --help.")
           << '\n'
           << tr("Exit codes: 0 success, 1 refused or failed, 2 usage error, 3 database unreachable or newer than "
                 "this program.")
           << '\n';
}

int Cli::run(const QStringList& arguments)
{
    const QString language = Language::install(requestedLanguage(arguments));
    // Numbers and dates of an XLSX or PDF report are written as the messages' language writes them, whatever
    // the locale cron runs with (CSV has its own fixed format).
    QLocale::setDefault(language == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    if (arguments.isEmpty()) {
        printUsage(m_err);
        return Usage;
    }
    const QString& name = arguments.constFirst();
    if (name == QLatin1String("--version") || name == QLatin1String("-V")) {
        m_out << "ketongctl " << QStringLiteral(KETONG_VERSION) << '\n'
              << tr("schema version %1").arg(Migrator::programVersion()) << '\n';
        return Success;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(m_out);
        return Success;
    }
    for (const Command& command : m_commands) {
        if (command.name == name) {
            CliContext context(arguments, m_out, m_err, m_clock);
            const int code = command.run(context);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    m_err << tr("ketongctl: unknown command \"%1\"").arg(name) << '\n';
    printUsage(m_err);
    return Usage;
}

CliContext::CliContext(QStringList arguments, QTextStream& out, QTextStream& err, const Clock& clock)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

std::optional<int> CliContext::parse(const QString& synopsis, const QString& description, int minPositional,
                                     int maxPositional)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(
        {QStringLiteral("database"), tr("The database URL (default: $KETONG_DATABASE)."), QStringLiteral("URL")});
    if (m_passwordFileIsAccount)
        m_parser.addOption(
            {QStringLiteral("password-file"), tr("Read the account's password from FILE."), QStringLiteral("FILE")});
    else
        m_parser.addOption({QStringLiteral("password-file"),
                            tr("PostgreSQL: read the database password from FILE (else PGPASSWORD or ~/.pgpass)."),
                            QStringLiteral("FILE")});
    m_parser.addOption({QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), QStringLiteral("LANG")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    m_parser.addOption(help);
    QStringList argv = m_arguments;
    argv.prepend(QStringLiteral("ketongctl"));
    if (!m_parser.parse(argv))
        return usage(m_parser.errorText());
    if (m_parser.isSet(help)) {
        m_out << tr("Usage: ketongctl %1").arg(synopsis) << "\n\n" << description << "\n\n";
        QString options = m_parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        m_out << (at >= 0 ? options.mid(at) : options);
        return Cli::Success;
    }
    // The first positional argument is the command's own name (or sub-command group).
    const qsizetype positional = m_parser.positionalArguments().size() - 1;
    if (positional < minPositional || positional > maxPositional)
        return usage(tr("wrong number of arguments; usage: ketongctl %1").arg(synopsis));
    return std::nullopt;
}

Result<DatabasePtr> CliContext::openDatabase(bool create, bool requireCurrent)
{
    QString text = m_parser.value(QStringLiteral("database"));
    if (text.isEmpty())
        text = QProcessEnvironment::systemEnvironment().value(QStringLiteral("KETONG_DATABASE"));
    if (text.isEmpty())
        return Error(ErrorCode::Invalid, tr("No database given: use --database URL or set KETONG_DATABASE"),
                     QStringLiteral("usage"));
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return Error(url.error().code(), url.error().message(), QStringLiteral("usage"));
    OpenOptions options;
    options.create = create;
    if (!m_passwordFileIsAccount && m_parser.isSet(QStringLiteral("password-file"))) {
        auto password = readSecretFile(m_parser.value(QStringLiteral("password-file")));
        if (!password)
            return password.error();
        options.password = *password;
    }
    auto db = Database::open(*url, options);
    if (!db)
        return db.error();
    if (requireCurrent) {
        if (auto s = Migrator(**db).checkCurrent(); !s) {
            const Error& e = s.error();
            return Error(e.code() == ErrorCode::Invalid ? ErrorCode::SchemaMissing : e.code(), e.message());
        }
    }
    return db;
}

Result<Session> CliContext::actingSession(const Database& db)
{
    if (db.dialect().isSqlite())
        return Session::system();
    // The connected login role is an account's own ("<prefix>u_<login>", users.db_role) or the owner's.
    QString role = db.connectedUser();
    auto login = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT login FROM users WHERE db_role = :r"),
                                  {{QStringLiteral("r"), role}});
    if (login && !login->isNull())
        role = login->toString();
    auto session = AuthService(db, m_clock).sessionFor(role);
    if (session)
        return session;
    if (session.error().code() == ErrorCode::NotFound)
        return Session::system(); // the database owner, who set the database up
    return session.error();
}

Result<QString> CliContext::readSecretFile(const QString& path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
    }
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        return Error(ErrorCode::Invalid, tr("%1 is empty").arg(path), QStringLiteral("file"));
    return line;
}

int CliContext::fail(const Error& error)
{
    if (error.field() == QLatin1String("usage"))
        return usage(error.message());
    m_err << "ketongctl: " << error.message() << '\n';
    m_err.flush();
    return Cli::exitCodeFor(error);
}

int CliContext::usage(const QString& message)
{
    m_err << "ketongctl: " << message << '\n';
    m_err.flush();
    return Cli::Usage;
}

} // namespace ketong
