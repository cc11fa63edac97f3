#pragma once

#include "shell/Workspace.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ketong {

class FeedScheduler;
class ListPanel;
struct FeedReport;

/// The sales-system feed for the administrator: source (a directory or an http(s) URL), token file,
/// schedule (off, or every N minutes while the program runs: the login's JobsHost keeps it, whether this page
/// was opened or not), "sync now" (optionally a dry run), and the history of runs with the errors of the
/// selected one. Runs happen off the GUI thread.
class FeedSettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedSettingsPage)
public:
    FeedSettingsPage(const Workspace& workspace, QWidget* parent = nullptr);
    ~FeedSettingsPage() override;

    FeedScheduler* scheduler() const { return m_scheduler; }
    ListPanel* history() const { return m_history; }

public Q_SLOTS:
    void save();
    void syncNow();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void load();
    void showRun();
    void finished(const FeedReport& report);
    void browseSource();
    void browseToken();

    const Workspace& m_workspace;
    FeedScheduler* m_scheduler;
    QLabel* m_sourceLabel;
    QLineEdit* m_sourceEdit;
    QPushButton* m_browseSourceButton;
    QLabel* m_tokenLabel;
    QLineEdit* m_tokenEdit;
    QPushButton* m_browseTokenButton;
    QLabel* m_scheduleLabel;
    QCheckBox* m_scheduleCheck;
    QSpinBox* m_intervalSpin;
    QPushButton* m_saveButton;
    QPushButton* m_syncButton;
    QCheckBox* m_dryRunCheck;
    QLabel* m_statusLabel;
    QLabel* m_historyLabel;
    ListPanel* m_history;
    QPlainTextEdit* m_errorsText;
    bool m_runsHere = true; ///< false on PostgreSQL: the owner runs the feed on the server
};

} // namespace ketong
