#pragma once

#include <QMessageBox>

namespace ketong {

/// Message boxes that GUI tests can answer in advance (as KeePassXC does): when a test has set the next
/// answer, the box is not shown and the answer is returned at once.
class MessageBox
{
public:
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    /// Yes/No question; returns Yes or No.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    /// Tests: the next box returns `answer` without showing. Ok for information boxes.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ketong
