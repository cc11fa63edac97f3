#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "db/Database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QComboBox;

namespace ketong {

/// 登录: login name and password against the open database. On success `session()` holds who logged in.
/// The language can be switched here too, before anything else is shown.
class LoginDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    LoginDialog(DatabasePtr db, const Clock& clock, bool demo, QWidget* parent = nullptr);
    /// PostgreSQL: logs in by connecting as the account's own login role (the server checks the password);
    /// `database()` is that connection afterwards.
    LoginDialog(const DatabaseUrl& serverUrl, const Clock& clock, bool demo, QWidget* parent = nullptr);

    /// The database the session works on (PostgreSQL: the account's own connection).
    const DatabasePtr& database() const { return m_db; }

    const Session& session() const { return m_session; }
    void setLogin(const QString& login);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void tryLogin();
    void showError(const QString& message);

    DatabasePtr m_db;
    DatabaseUrl m_serverUrl;
    const Clock& m_clock;
    bool m_demo;
    Session m_session;
    QLabel* m_titleLabel;
    QLabel* m_loginLabel;
    QLabel* m_passwordLabel;
    QLabel* m_languageLabel;
    QLabel* m_databaseLabel;
    QLabel* m_hintLabel;
    QLabel* m_errorLabel;
    QLineEdit* m_loginEdit;
    QLineEdit* m_passwordEdit;
    QComboBox* m_languageCombo;
    QPushButton* m_loginButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
