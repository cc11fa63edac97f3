#include "AppController.h"

#include "ChangePasswordDialog.h"
#include "FirstRunWizard.h"
#include "JobsHost.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "common/MessageBox.h"
#include "db/Migrator.h"
#include "setup/ReferenceData.h"
#include "setup/Settings.h"
#include "setup/Setup.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace ketong {

namespace {
const QString kUrlKey = QStringLiteral("database/url");
const QString kDemoKey = QStringLiteral("database/demo");
} // namespace

AppController::AppController(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    QApplication::setQuitOnLastWindowClosed(false);
}

AppController::~AppController()
{
    m_jobs.reset();
    delete m_window;
}

MainWindow* AppController::mainWindow() const
{
    return m_window;
}

bool AppController::start(const Options& options)
{
    DatabaseUrl url;
    QString password;
    bool createDemo = false;
    QSettings settings;
    if (!options.databaseUrl.isEmpty()) {
        auto parsed = DatabaseUrl::parse(options.databaseUrl);
        if (!parsed) {
            MessageBox::critical(nullptr, tr("Ketong CRM"), parsed.error().message());
            m_exitCode = 2;
            return false;
        }
        url = *parsed;
    } else if (options.demo) {
        url = DatabaseUrl::sqlite(FirstRunWizard::demoDatabasePath());
        createDemo = true;
    } else if (auto remembered = DatabaseUrl::parse(settings.value(kUrlKey).toString()); remembered) {
        url = *remembered;
        createDemo = settings.value(kDemoKey).toBool();
    } else {
        FirstRunWizard wizard(m_clock);
        if (wizard.exec() != QDialog::Accepted)
            return false;
        url = wizard.url();
        password = wizard.serverPassword();
        createDemo = wizard.demo();
        settings.setValue(kUrlKey, url.toString());
        settings.setValue(kDemoKey, createDemo);
    }
    if (!url.isSqlite()) {
        // PostgreSQL: every account logs in with its own login role and password; nothing is opened before.
        m_serverUrl = url;
        return showLogin();
    }
    if (!openDatabase(url, password, createDemo))
        return false;
    return showLogin();
}

bool AppController::openDatabase(const DatabaseUrl& url, const QString& givenPassword, bool createDemo)
{
    const auto fail = [this](const QString& message, int code) {
        MessageBox::critical(nullptr, tr("Ketong CRM"), message);
        m_exitCode = code;
        return false;
    };
    if (createDemo && url.isSqlite() && !QFileInfo::exists(url.path())) {
        QDir().mkpath(QFileInfo(url.path()).absolutePath());
        OpenOptions options;
        options.create = true;
        auto db = Database::open(url, options);
        if (!db)
            return fail(db.error().message(), 3);
        Setup::Options setup;
        setup.demo = true;
        if (auto s = Setup::initialize(**db, m_clock, setup); !s)
            return fail(tr("The demo company could not be created: %1").arg(s.error().message()), 1);
        m_db = *db;
    } else {
        OpenOptions options;
        options.password = givenPassword;
        auto db = Database::open(url, options);
        // The server wants a password that is not in PGPASSWORD or ~/.pgpass: ask for it (never stored).
        while (!db && db.error().code() == ErrorCode::AuthFailed && !url.isSqlite()) {
            bool ok = false;
            options.password = QInputDialog::getText(nullptr, tr("Database password"),
                                                     tr("Password of %1 on %2:").arg(url.user(), url.host()),
                                                     QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
            db = Database::open(url, options);
        }
        if (!db)
            return fail(db.error().message(), 3);
        m_db = *db;
    }

    Migrator migrator(*m_db);
    if (auto s = migrator.checkCurrent(); !s) {
        if (s.error().code() != ErrorCode::Invalid)
            return fail(s.error().message(), 3);
        // An older schema: back it up and upgrade, after asking.
        if (MessageBox::question(nullptr, tr("Upgrade the database"),
                                 tr("%1\n\nUpgrade it now? A backup copy is made first.").arg(s.error().message()),
                                 QMessageBox::Yes) != QMessageBox::Yes)
            return false;
        QString backup;
        if (!url.isSqlite()) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(folder);
            backup = QDir(folder).filePath(
                QStringLiteral("%1-before-upgrade-%2.dump")
                    .arg(url.databaseName(), m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        }
        auto outcome = migrator.migrate(backup);
        if (!outcome)
            return fail(outcome.error().message(), 1);
        MessageBox::information(
            nullptr, tr("Upgrade the database"),
            tr("The database was upgraded to version %1. The backup is %2.").arg(outcome->to).arg(outcome->backupPath));
    }
    m_demo = Settings::value(*m_db, SettingKey::DemoDatabase).valueOr(QString()) == QLatin1String("1");
    return true;
}

bool AppController::adoptServerDatabase(const DatabasePtr& db)
{
    m_db = db;
    // An account cannot upgrade the schema (the owner runs ketongctl migrate, which also keeps the roles).
    if (auto s = Migrator(*m_db).checkCurrent(); !s) {
        MessageBox::critical(nullptr, tr("Ketong CRM"),
                             tr("%1\n\nAsk the administrator to upgrade the database.").arg(s.error().message()));
        m_exitCode = 3;
        QApplication::quit();
        return false;
    }
    m_demo = Settings::value(*m_db, SettingKey::DemoDatabase).valueOr(QString()) == QLatin1String("1");
    return true;
}

bool AppController::showLogin()
{
    for (;;) {
        const bool server = m_serverUrl.has_value();
        LoginDialog login = server ? LoginDialog(*m_serverUrl, m_clock, m_demo) : LoginDialog(m_db, m_clock, m_demo);
        if (login.exec() != QDialog::Accepted) {
            QApplication::quit();
            return false;
        }
        if (server && !adoptServerDatabase(login.database()))
            return false;
        Workspace workspace{m_db, &m_clock, login.session(), m_demo};
        if (workspace.session.mustChangePassword()) {
            ChangePasswordDialog change(workspace, true);
            if (change.exec() != QDialog::Accepted)
                continue; // logged out instead
            workspace.session.setMustChangePassword(false);
        }
        m_window = new MainWindow(workspace);
        m_window->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_window, &MainWindow::logoutRequested, this, &AppController::logout);
        // Closed without logging out (System → Quit, the window's close button): the program ends.
        connect(m_window, &QObject::destroyed, this, [this] {
            m_jobs.reset();
            QApplication::quit();
        });
        m_window->show();
        // The jobs start once the window is up, from here alone; they stop at logout.
        m_jobs = std::make_unique<JobsHost>(m_window);
        m_jobs->start();
        return true;
    }
}

void AppController::logout()
{
    m_jobs.reset(); // stops them
    if (m_window) {
        // The window goes later (deleteLater), possibly after the next login: its end must not end the program
        // nor the next login's jobs.
        disconnect(m_window, &QObject::destroyed, this, nullptr);
        m_window->close();
    }
    QTimer::singleShot(0, this, [this] { showLogin(); });
}

} // namespace ketong
