#include "LockDialog.h"

#include "auth/AuthService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ketong {

LockDialog::LockDialog(const Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_iconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_unlockButton(new QPushButton(this))
    , m_logoutButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockDialog"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_unlockButton->setObjectName(QStringLiteral("unlockPushButton"));
    m_logoutButton->setObjectName(QStringLiteral("logoutPushButton"));
    // No close button: the only ways out are the password and logging out.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    m_iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    m_messageLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(200);
    m_unlockButton->setDefault(true);
    m_logoutButton->setAutoDefault(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_iconLabel, 0, Qt::AlignTop);
    top->addWidget(m_messageLabel, 1);
    auto* password = new QHBoxLayout;
    password->addWidget(m_passwordLabel);
    password->addWidget(m_passwordEdit, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_logoutButton);
    buttons->addWidget(m_unlockButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(password);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    setMinimumWidth(440);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockDialog::unlock);
    connect(m_logoutButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void LockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LockDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        return; // Escape would reject, i.e. log out: not by accident
    QDialog::keyPressEvent(event);
}

void LockDialog::retranslateUi()
{
    const Session& s = m_workspace.session;
    setWindowTitle(tr("Ketong CRM is locked"));
    m_messageLabel->setText(tr("Ketong CRM is locked; your unsaved work is kept.\n"
                               "Enter the password of %1 (%2) to go on.")
                                .arg(s.name(), s.login()));
    m_passwordLabel->setText(tr("Password:"));
    m_unlockButton->setText(tr("Unlock"));
    m_logoutButton->setText(tr("Log out"));
}

void LockDialog::unlock()
{
    m_errorLabel->clear();
    const auto session =
        AuthService(*m_workspace.db, *m_workspace.clock).login(m_workspace.session.login(), m_passwordEdit->text());
    m_passwordEdit->clear();
    if (!session) {
        m_errorLabel->setText(session.error().message());
        m_passwordEdit->setFocus();
        return;
    }
    accept();
}

} // namespace ketong
