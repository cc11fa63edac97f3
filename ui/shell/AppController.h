#pragma once

#include <optional>

#include "Workspace.h"
#include "common/Clock.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ketong {

class JobsHost;
class MainWindow;

/// The program's life: find the database (command line, remembered choice or first-run wizard), open
/// and upgrade it, log in, show the main window and start the login's background jobs (JobsHost), and log
/// out back to the login (the jobs stop first).
class AppController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)
public:
    struct Options
    {
        QString databaseUrl; ///< --database: use this one (not remembered)
        bool demo = false;   ///< --demo: the demo company in the user's data folder
    };

    explicit AppController(const Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    /// Opens the database and shows the login. Returns false when the program should exit at once
    /// (with `exitCode()`).
    bool start(const Options& options);
    int exitCode() const { return m_exitCode; }
    /// The main window after login (tests drive it).
    MainWindow* mainWindow() const;
    /// The background jobs of the login (nullptr before login and after logout).
    JobsHost* jobs() const { return m_jobs.get(); }

private:
    bool openDatabase(const DatabaseUrl& url, const QString& password, bool createDemo);
    bool showLogin();
    bool adoptServerDatabase(const DatabasePtr& db);
    void logout();

    const Clock& m_clock;
    DatabasePtr m_db;
    std::optional<DatabaseUrl> m_serverUrl; ///< PostgreSQL: where each login connects as its own role
    bool m_demo = false;
    int m_exitCode = 0;
    QPointer<MainWindow> m_window;
    std::unique_ptr<JobsHost> m_jobs;
};

} // namespace ketong
