#pragma once

#include "shell/Workspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ketong {

class FormFeedback;

/// 数据备份 (the administrator, single-PC SQLite set-up): the backup folder, the schedule (every N days,
/// keep the last N copies), when the last backup was taken, and 立即备份 — which runs in a worker with a
/// busy indicator while the window stays usable.
class BackupDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupDialog)
public:
    BackupDialog(const Workspace& workspace, QWidget* parent = nullptr);
    ~BackupDialog() override;

    bool isBackingUp() const { return m_running; }

Q_SIGNALS:
    /// A backup finished: ok, and the file or the error.
    void backupFinished(bool ok, const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    void retranslateUi();
    void load();
    void refreshLastRun();
    void showLastRun();
    bool saveSettings();
    void backUpNow();
    void browse();

    const Workspace& m_workspace;
    QLabel* m_folderLabel;
    QLineEdit* m_folderEdit;
    QPushButton* m_browseButton;
    QCheckBox* m_scheduleCheck;
    QLabel* m_everyLabel;
    QSpinBox* m_everySpin;
    QLabel* m_keepLabel;
    QSpinBox* m_keepSpin;
    QLabel* m_lastLabel;
    QLabel* m_statusLabel;
    QProgressBar* m_busy;
    QLabel* m_errorLabel;
    QPushButton* m_backupButton;
    QPushButton* m_saveButton;
    QPushButton* m_closeButton;
    FormFeedback* m_feedback;
    QString m_lastText;
    bool m_running = false;
};

} // namespace ketong
