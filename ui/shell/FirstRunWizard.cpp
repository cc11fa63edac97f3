#include "FirstRunWizard.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "setup/Setup.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ketong {

namespace {
QLabel* helpLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c0392b;"));
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_choice = createChoicePage();
    m_local = createLocalPage();
    m_server = createServerPage();
    setPage(ChoicePage, m_choice);
    setPage(LocalPage, m_local);
    setPage(ServerPage, m_server);
    setMinimumSize(640, 480);
    retranslateUi();
}

QString FirstRunWizard::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ketong.db"));
}

QString FirstRunWizard::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("demo.db"));
}

QWizardPage* FirstRunWizard::createChoicePage()
{
    auto* page = new QWizardPage(this);
    m_choiceIntro = new QLabel(page);
    m_choiceIntro->setWordWrap(true);
    m_localRadio = new QRadioButton(page);
    m_localRadio->setObjectName(QStringLiteral("localRadioButton"));
    m_serverRadio = new QRadioButton(page);
    m_serverRadio->setObjectName(QStringLiteral("serverRadioButton"));
    m_demoRadio = new QRadioButton(page);
    m_demoRadio->setObjectName(QStringLiteral("demoRadioButton"));
    m_localHelp = helpLabel(page);
    m_serverHelp = helpLabel(page);
    m_demoHelp = helpLabel(page);
    m_localRadio->setChecked(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_choiceIntro);
    layout->addSpacing(8);
    for (auto [radio, help] : {std::pair{m_localRadio, m_localHelp}, std::pair{m_serverRadio, m_serverHelp},
                               std::pair{m_demoRadio, m_demoHelp}}) {
        layout->addWidget(radio);
        layout->addWidget(help);
        layout->addSpacing(6);
    }
    layout->addStretch();
    return page;
}

QWizardPage* FirstRunWizard::createLocalPage()
{
    auto* page = new QWizardPage(this);
    m_pathLabel = new QLabel(page);
    m_pathEdit = new QLineEdit(defaultDatabasePath(), page);
    m_pathEdit->setObjectName(QStringLiteral("pathLineEdit"));
    m_adminLoginLabel = new QLabel(page);
    m_adminLoginEdit = new QLineEdit(QStringLiteral("admin"), page);
    m_adminLoginEdit->setObjectName(QStringLiteral("adminLoginLineEdit"));
    m_adminNameLabel = new QLabel(page);
    m_adminNameEdit = new QLineEdit(page);
    m_adminNameEdit->setObjectName(QStringLiteral("adminNameLineEdit"));
    m_adminPasswordLabel = new QLabel(page);
    m_adminPasswordEdit = new QLineEdit(page);
    m_adminPasswordEdit->setObjectName(QStringLiteral("adminPasswordLineEdit"));
    m_adminRepeatLabel = new QLabel(page);
    m_adminRepeatEdit = new QLineEdit(page);
    m_adminRepeatEdit->setObjectName(QStringLiteral("adminRepeatLineEdit"));
    for (QLineEdit* edit : {m_adminPasswordEdit, m_adminRepeatEdit})
        edit->setEchoMode(QLineEdit::Password);
    m_localError = errorLabel(page);
    m_localError->setObjectName(QStringLiteral("localErrorLabel"));
    auto* form = new QFormLayout(page);
    form->addRow(m_pathLabel, m_pathEdit);
    form->addRow(m_adminLoginLabel, m_adminLoginEdit);
    form->addRow(m_adminNameLabel, m_adminNameEdit);
    form->addRow(m_adminPasswordLabel, m_adminPasswordEdit);
    form->addRow(m_adminRepeatLabel, m_adminRepeatEdit);
    form->addRow(m_localError);
    return page;
}

QWizardPage* FirstRunWizard::createServerPage()
{
    auto* page = new QWizardPage(this);
    m_hostLabel = new QLabel(page);
    m_hostEdit = new QLineEdit(page);
    m_hostEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_portLabel = new QLabel(page);
    m_portSpin = new QSpinBox(page);
    m_portSpin->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(5432);
    m_dbNameLabel = new QLabel(page);
    m_dbNameEdit = new QLineEdit(QStringLiteral("ketong"), page);
    m_dbNameEdit->setObjectName(QStringLiteral("databaseNameLineEdit"));
    m_userLabel = new QLabel(page);
    m_userEdit = new QLineEdit(page);
    m_userEdit->setObjectName(QStringLiteral("serverUserLineEdit"));
    m_passwordLabel = new QLabel(page);
    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_testButton = new QPushButton(page);
    m_testButton->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_serverStatus = new QLabel(page);
    m_serverStatus->setObjectName(QStringLiteral("serverStatusLabel"));
    m_serverStatus->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(m_hostLabel, m_hostEdit);
    form->addRow(m_portLabel, m_portSpin);
    form->addRow(m_dbNameLabel, m_dbNameEdit);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_testButton);
    form->addRow(m_serverStatus);
    connect(m_testButton, &QPushButton::clicked, this, &FirstRunWizard::testServer);
    return page;
}

void FirstRunWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslateUi()
{
    setWindowTitle(tr("Welcome to Ketong CRM"));
    m_choice->setTitle(tr("Where should Ketong keep its data?"));
    m_choiceIntro->setText(tr("Ketong keeps customers, opportunities, services and reports in one database. "
                              "Choose how this computer reaches it. You can change this later."));
    m_localRadio->setText(tr("On this PC only"));
    m_localHelp->setText(tr("A database file on this computer, ready at once. Right for one person. "
                            "Several people sharing data need an office server."));
    m_serverRadio->setText(tr("On the office server (PostgreSQL)"));
    m_serverHelp->setText(tr("Everybody in the office works on the same data on a PostgreSQL server. Ask your "
                             "administrator for the server's address, the database name and your account."));
    m_demoRadio->setText(tr("Try the demo company"));
    m_demoHelp->setText(tr("A sample company with 200 customers, orders, opportunities and services. Every demo "
                           "account's password is \"demo\". Nothing you do there touches real data."));
    m_local->setTitle(tr("A database on this PC"));
    m_local->setSubTitle(tr("Ketong creates the file and the first administrator account."));
    m_pathLabel->setText(tr("Database file:"));
    m_adminLoginLabel->setText(tr("Administrator login:"));
    m_adminNameLabel->setText(tr("Administrator name:"));
    m_adminPasswordLabel->setText(tr("Password:"));
    m_adminRepeatLabel->setText(tr("Repeat password:"));
    m_server->setTitle(tr("The office server"));
    m_server->setSubTitle(tr("Ketong connects to the PostgreSQL database your administrator set up."));
    m_hostLabel->setText(tr("Server address:"));
    m_portLabel->setText(tr("Port:"));
    m_dbNameLabel->setText(tr("Database name:"));
    m_userLabel->setText(tr("Database user:"));
    m_passwordLabel->setText(tr("Database password:"));
    m_testButton->setText(tr("Test connection"));
}

int FirstRunWizard::nextId() const
{
    if (currentId() == ChoicePage) {
        if (m_localRadio->isChecked())
            return LocalPage;
        if (m_serverRadio->isChecked())
            return ServerPage;
    }
    return -1;
}

bool FirstRunWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ChoicePage:
        if (m_demoRadio->isChecked()) {
            m_url = DatabaseUrl::sqlite(demoDatabasePath());
            m_demo = true;
        }
        return true;
    case LocalPage:
        return createLocal();
    case ServerPage:
        return connectServer();
    default:
        return true;
    }
}

bool FirstRunWizard::createLocal()
{
    m_localError->clear();
    if (m_adminPasswordEdit->text() != m_adminRepeatEdit->text()) {
        m_localError->setText(tr("The two passwords differ"));
        return false;
    }
    const QString path = QDir::cleanPath(m_pathEdit->text().trimmed());
    if (path.isEmpty() || QFileInfo::exists(path)) {
        m_localError->setText(path.isEmpty() ? tr("Choose a file for the database")
                                             : tr("%1 already exists; choose a new file").arg(path));
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const DatabaseUrl url = DatabaseUrl::sqlite(QFileInfo(path).absoluteFilePath());
    OpenOptions options;
    options.create = true;
    auto db = Database::open(url, options);
    if (!db) {
        m_localError->setText(db.error().message());
        return false;
    }
    Setup::Options setup;
    setup.adminLogin = m_adminLoginEdit->text().trimmed();
    setup.adminName = m_adminNameEdit->text().trimmed();
    setup.adminPassword = m_adminPasswordEdit->text();
    if (auto s = Setup::initialize(**db, m_clock, setup); !s) {
        db->reset();
        QFile::remove(url.path());
        QFile::remove(url.path() + QStringLiteral("-wal"));
        QFile::remove(url.path() + QStringLiteral("-shm"));
        m_localError->setText(s.error().message());
        return false;
    }
    m_url = url;
    return true;
}

void FirstRunWizard::testServer()
{
    m_serverStatus->setStyleSheet(QString());
    m_serverStatus->setText(tr("Connecting…"));
    m_serverStatus->repaint();
    (void)connectServer();
}

bool FirstRunWizard::connectServer()
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4")
                                      .arg(m_userEdit->text().trimmed(), m_hostEdit->text().trimmed())
                                      .arg(m_portSpin->value())
                                      .arg(m_dbNameEdit->text().trimmed()));
    const auto fail = [this](const QString& message) {
        m_serverStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_serverStatus->setText(message);
        return false;
    };
    if (!url)
        return fail(url.error().message());
    OpenOptions options;
    options.password = m_passwordEdit->text();
    auto db = Database::open(*url, options);
    if (!db)
        return fail(db.error().message());
    Migrator migrator(**db);
    if (auto s = migrator.checkCurrent(); !s && s.error().code() == ErrorCode::SchemaTooNew)
        return fail(s.error().message());
    auto version = migrator.currentVersion();
    if (!version)
        return fail(version.error().message());
    if (*version == 0)
        return fail(tr("Connected, but the database %1 has no Ketong data yet. The administrator creates it with "
                       "\"ketongctl init --database %2\".")
                        .arg(url->databaseName(), url->toString()));
    m_serverStatus->setStyleSheet(QStringLiteral("color: #1e8449;"));
    m_serverStatus->setText(tr("Connected: Ketong database, schema version %1.").arg(*version));
    m_url = *url;
    return true;
}

QString FirstRunWizard::serverPassword() const
{
    return m_passwordEdit->text();
}

} // namespace ketong
