#pragma once

#include "common/Error.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ketong {

/// 记录已被他人修改: the record was saved by someone else since this form opened (a Conflict error from
/// staleRecordError, which names who and when). Offers Reload or Cancel. What the user typed is shown as
/// text to copy; after Reload the dialog stays open beside the reloaded form (no longer modal), so the
/// typed values can still be copied into it — nothing is overwritten silently and nothing typed is lost.
class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    ConflictDialog(const Error& conflict, const QString& typedValues, QWidget* parent = nullptr);

    /// Asks; true when the user chose Reload (the caller reloads the record). The dialog then stays open
    /// with the typed values until the user closes it.
    static bool askReload(QWidget* parent, const Error& conflict, const QString& typedValues);

    /// "Label: value" lines of what was typed (empty values left out).
    static QString describe(const QList<std::pair<QString, QString>>& fields);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void keepOpenAfterReload();

    Error m_conflict;
    bool m_reloaded = false;
    QLabel* m_messageLabel;
    QLabel* m_typedLabel;
    QPlainTextEdit* m_typedEdit;
    QPushButton* m_copyButton;
    QPushButton* m_reloadButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
