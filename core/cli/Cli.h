#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "db/Database.h"
#include "ketong_core_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace ketong {

class CliContext;
struct ReportTable;

/// `ketongctl`: the command-line companion (spec/CLI.md). Each command is a function over a CliContext;
/// the program's main() builds a Cli, may add commands that need more than core (the PDF report),
/// and runs it.
class KETONG_CORE_EXPORT Cli
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Cli)
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, Unavailable = 3 };

    struct Command
    {
        QString name;
        QString synopsis; ///< one line for the command list
        std::function<int(CliContext&)> run;
    };

    Cli(QTextStream& out, QTextStream& err, const Clock& clock);
    /// Adds (or replaces) a command.
    void addCommand(Command command);
    /// Runs the command line (without the program name). Returns the exit code.
    int run(const QStringList& arguments);

    /// The exit code CLI.md gives an error: 3 for an unreachable database or a newer schema, else 1.
    static int exitCodeFor(const Error& error);

private:
    void printUsage(QTextStream& stream) const;

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QList<Command> m_commands;
};

/// What a command works with: its arguments, the output streams, the clock, and helpers for the
/// options every command shares (--database, --password-file, --lang, --help).
class KETONG_CORE_EXPORT CliContext
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CliContext)
public:
    CliContext(QStringList arguments, QTextStream& out, QTextStream& err, const Clock& clock);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    QCommandLineParser& parser() { return m_parser; }
    const QStringList& arguments() const { return m_arguments; }

    /// Adds the shared options, parses the arguments and handles --help. Returns an exit code to stop
    /// with (usage error or help shown), or nothing to go on.
    std::optional<int> parse(const QString& synopsis, const QString& description, int minPositional = 0,
                             int maxPositional = 0);

    /// Opens the database of --database / KETONG_DATABASE. `requireCurrent` also refuses a schema that
    /// is missing, older or newer than the program's.
    Result<DatabasePtr> openDatabase(bool create = false, bool requireCurrent = true);
    /// The session the command acts as: the system actor on SQLite; on PostgreSQL the Ketong account
    /// of the connected role (or the system actor for the database owner).
    Result<Session> actingSession(const Database& db);
    /// Reads a secret from the first line of a file ("-" reads standard input).
    Result<QString> readSecretFile(const QString& path);

    /// For commands whose --password-file is an account's password (user add/passwd): the database
    /// password then comes only from PGPASSWORD or ~/.pgpass.
    void setPasswordFileMeansAccount() { m_passwordFileIsAccount = true; }

    /// Prints the error (one line on stderr) and returns its exit code.
    int fail(const Error& error);
    /// Prints a usage error and returns 2.
    int usage(const QString& message);

private:
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QCommandLineParser m_parser;
    bool m_passwordFileIsAccount = false;
};

namespace cli {
/// The commands of core: init, migrate, user, check.
KETONG_CORE_EXPORT QList<Cli::Command> coreCommands();
/// Each module's commands (core/<module>/Commands.cpp).
QList<Cli::Command> customerCommands(); ///< import customers, export customers
QList<Cli::Command> churnCommands();    ///< churn-scan
QList<Cli::Command> reportCommands();   ///< report …
QList<Cli::Command> erpCommands();      ///< sync

/// Writes a report as PDF (the ui library's report printer; it needs a QGuiApplication on the offscreen
/// platform, so core cannot draw it itself). ketongctl's main() registers it.
using ReportPdfWriter = std::function<Status(const Database&, const Session&, const ReportTable&, const QString&)>;
KETONG_CORE_EXPORT void setReportPdfWriter(ReportPdfWriter writer);
} // namespace cli

} // namespace ketong
