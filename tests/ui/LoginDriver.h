#pragma once

// Driving the login dialog of a real AppController from a GUI test, as a person types into it.
#include "shell/LoginDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace ketong::test {

/// Fills and submits the login dialog that is (or will be) the active modal window.
inline void loginWhenShown(const QString& login, const QString& password)
{
    QTimer::singleShot(50, [login, password] {
        auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            loginWhenShown(login, password); // not shown yet
            return;
        }
        auto* loginEdit = dialog->findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), password);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("loginPushButton")), Qt::LeftButton);
    });
}

/// Runs `work` once the login dialog is the active modal window again (after a logout).
inline void whenLoginShown(std::function<void(LoginDialog*)> work)
{
    QTimer::singleShot(50, [work] {
        if (auto* dialog = qobject_cast<LoginDialog*>(QApplication::activeModalWidget()))
            work(dialog);
        else
            whenLoginShown(work);
    });
}

} // namespace ketong::test
