#include "LoginDialog.h"

#include "auth/AuthService.h"
#include "common/Language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ketong {

LoginDialog::LoginDialog(DatabasePtr db, const Clock& clock, bool demo, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_demo(demo)
    , m_titleLabel(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_loginEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_languageCombo(new QComboBox(this))
    , m_loginButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_loginEdit->setObjectName(QStringLiteral("loginLineEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_loginButton->setObjectName(QStringLiteral("loginPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_loginEdit->setMaxLength(50);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_databaseLabel->setStyleSheet(QStringLiteral("color: #777;"));
    m_databaseLabel->setWordWrap(true);
    m_loginButton->setDefault(true);
    m_languageCombo->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(Language::current() == QLatin1String("zh_CN") ? 0 : 1);

    auto* form = new QFormLayout;
    form->addRow(m_loginLabel, m_loginEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_loginButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_databaseLabel);
    layout->addLayout(buttons);
    setMinimumWidth(420);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::tryLogin);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString language = Language::install(m_languageCombo->currentData().toString());
        QSettings().setValue(QStringLiteral("language"), language);
    });
    m_loginEdit->setText(QSettings().value(QStringLiteral("login/last")).toString());
    (m_loginEdit->text().isEmpty() ? m_loginEdit : m_passwordEdit)->setFocus();
    retranslateUi();
}

LoginDialog::LoginDialog(const DatabaseUrl& serverUrl, const Clock& clock, bool demo, QWidget* parent)
    : LoginDialog(DatabasePtr(), clock, demo, parent)
{
    m_serverUrl = serverUrl;
    retranslateUi();
}

void LoginDialog::setLogin(const QString& login)
{
    m_loginEdit->setText(login);
    m_passwordEdit->setFocus();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Ketong CRM — Log in"));
    m_titleLabel->setText(tr("Ketong CRM"));
    m_loginLabel->setText(tr("&Login name:"));
    m_loginLabel->setBuddy(m_loginEdit);
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_languageLabel->setText(tr("Language:"));
    m_loginButton->setText(tr("Log in"));
    m_cancelButton->setText(tr("Cancel"));
    m_databaseLabel->setText(tr("Database: %1").arg((m_db ? m_db->url() : m_serverUrl).toString()));
    m_hintLabel->setText(m_demo ? tr("Demo company: log in as director, manager1, manager2, manager3, executive or "
                                     "admin; every password is \"demo\".")
                                : QString());
    m_hintLabel->setVisible(m_demo);
}

void LoginDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void LoginDialog::tryLogin()
{
    showError({});
    if (m_loginEdit->text().trimmed().isEmpty()) {
        showError(tr("Enter your login name"));
        m_loginEdit->setFocus();
        return;
    }
    setCursor(Qt::WaitCursor);
    Result<Session> session = Error(ErrorCode::Internal, QString());
    if (m_db) {
        session = AuthService(*m_db, m_clock).login(m_loginEdit->text(), m_passwordEdit->text());
    } else {
        auto server = AuthService::loginToServer(m_serverUrl, m_clock, m_loginEdit->text(), m_passwordEdit->text());
        if (server) {
            m_db = server->db;
            session = server->session;
        } else {
            session = server.error();
        }
    }
    unsetCursor();
    if (!session) {
        showError(session.error().message());
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        return;
    }
    m_session = *session;
    QSettings().setValue(QStringLiteral("login/last"), m_session.login());
    m_passwordEdit->clear();
    accept();
}

} // namespace ketong
