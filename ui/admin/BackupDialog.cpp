#include "BackupDialog.h"

#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "common/TaskRunner.h"
#include "setup/BackupSchedule.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ketong {

BackupDialog::BackupDialog(const Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_folderLabel(new QLabel(this))
    , m_folderEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_scheduleCheck(new QCheckBox(this))
    , m_everyLabel(new QLabel(this))
    , m_everySpin(new QSpinBox(this))
    , m_keepLabel(new QLabel(this))
    , m_keepSpin(new QSpinBox(this))
    , m_lastLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_errorLabel(new QLabel(this))
    , m_backupButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_feedback(new FormFeedback(m_errorLabel))
{
    setObjectName(QStringLiteral("backupDialog"));
    m_folderEdit->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_browseButton->setObjectName(QStringLiteral("browsePushButton"));
    m_scheduleCheck->setObjectName(QStringLiteral("scheduleCheckBox"));
    m_everySpin->setObjectName(QStringLiteral("everyDaysSpinBox"));
    m_keepSpin->setObjectName(QStringLiteral("keepSpinBox"));
    m_lastLabel->setObjectName(QStringLiteral("lastBackupLabel"));
    m_statusLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    m_busy->setObjectName(QStringLiteral("backupProgressBar"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_backupButton->setObjectName(QStringLiteral("backupNowPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    m_everySpin->setRange(1, BackupSchedule::MaxEveryDays);
    m_keepSpin->setRange(1, BackupSchedule::MaxKeep);
    m_busy->setRange(0, 0); // VACUUM INTO is one statement: no steps to count
    m_busy->hide();
    m_lastLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_browseButton->setAutoDefault(false);
    m_saveButton->setAutoDefault(false);
    m_feedback->addField(QStringLiteral("directory"), m_folderEdit);
    m_feedback->addField(QStringLiteral("everyDays"), m_everySpin);
    m_feedback->addField(QStringLiteral("keep"), m_keepSpin);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_scheduleCheck);
    form->addRow(m_everyLabel, m_everySpin);
    form->addRow(m_keepLabel, m_keepSpin);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lastLabel);
    layout->addWidget(m_busy);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (saveSettings())
            m_statusLabel->setText(tr("The backup settings are saved."));
    });
    connect(m_closeButton, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(m_scheduleCheck, &QCheckBox::toggled, m_everySpin, &QWidget::setEnabled);
    retranslateUi();
    load();
    resize(560, sizeHint().height());
}

BackupDialog::~BackupDialog()
{
    delete m_feedback;
}

void BackupDialog::retranslateUi()
{
    setWindowTitle(tr("Database backup"));
    m_folderLabel->setText(FormFeedback::required(tr("Backup folder")));
    m_browseButton->setText(tr("Browse…"));
    m_scheduleCheck->setText(tr("Back up automatically"));
    m_everyLabel->setText(tr("Every (days)"));
    m_keepLabel->setText(tr("Keep the last copies"));
    m_backupButton->setText(tr("Back up now"));
    m_saveButton->setText(tr("Save settings"));
    m_closeButton->setText(tr("Close"));
    m_folderEdit->setPlaceholderText(tr("A folder on another disk or a USB drive is safest"));
    showLastRun();
}

void BackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BackupDialog::reject()
{
    if (m_running) // the backup finishes in its worker either way; keep the dialog to show the result
        return;
    QDialog::reject();
}

void BackupDialog::load()
{
    auto config = BackupSchedule::config(*m_workspace.db);
    if (!config) {
        m_feedback->show(config.error());
        return;
    }
    m_folderEdit->setText(QDir::toNativeSeparators(config->directory));
    m_scheduleCheck->setChecked(config->everyDays > 0);
    m_everySpin->setValue(config->everyDays > 0 ? config->everyDays : 1);
    m_everySpin->setEnabled(config->everyDays > 0);
    m_keepSpin->setValue(config->keep);
    refreshLastRun();
}

void BackupDialog::refreshLastRun()
{
    auto last = BackupSchedule::lastSuccessfulRun(*m_workspace.db);
    m_lastText = last && last->isValid() ? last->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    showLastRun();
}

void BackupDialog::showLastRun()
{
    m_lastLabel->setText(m_lastText.isEmpty() ? tr("No backup has been taken yet.")
                                              : tr("Last backup: %1").arg(m_lastText));
}

void BackupDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folderEdit->text());
    if (!dir.isEmpty())
        m_folderEdit->setText(QDir::toNativeSeparators(dir));
}

bool BackupDialog::saveSettings()
{
    m_feedback->clear();
    BackupSchedule::Config config;
    config.directory = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    config.everyDays = m_scheduleCheck->isChecked() ? m_everySpin->value() : 0;
    config.keep = m_keepSpin->value();
    if (auto s = BackupSchedule::setConfig(*m_workspace.db, *m_workspace.clock, m_workspace.session, config); !s) {
        m_feedback->show(s.error());
        return false;
    }
    return true;
}

void BackupDialog::backUpNow()
{
    m_feedback->clear();
    const QString folder = QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
    m_running = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_backupButton, m_saveButton, m_closeButton, m_browseButton})
        w->setEnabled(false);
    m_busy->show();
    m_statusLabel->setText(tr("Backing up…"));
    const DatabasePtr db = m_workspace.db;
    const Clock* clock = m_workspace.clock;
    const Session session = m_workspace.session;
    const int keep = m_keepSpin->value();
    using Outcome = Result<BackupSchedule::Outcome>;
    runAsync<Outcome>(
        this, [db, clock, session, folder, keep] { return BackupSchedule::run(*db, *clock, session, folder, keep); },
        [this](const Outcome& outcome) {
            m_running = false;
            for (QWidget* w :
                 std::initializer_list<QWidget*>{m_backupButton, m_saveButton, m_closeButton, m_browseButton})
                w->setEnabled(true);
            m_busy->hide();
            if (!outcome) {
                m_statusLabel->clear();
                m_feedback->show(outcome.error());
                Q_EMIT backupFinished(false, outcome.error().message());
                return;
            }
            QString text = tr("Backup written to %1 (%2 MB).")
                               .arg(QDir::toNativeSeparators(outcome->file))
                               .arg(double(outcome->bytes) / (1024.0 * 1024.0), 0, 'f', 1);
            if (!outcome->removed.isEmpty())
                text += QLatin1Char(' ') + tr("%n older copies removed.", nullptr, int(outcome->removed.size()));
            m_statusLabel->setText(text);
            refreshLastRun();
            Q_EMIT backupFinished(true, outcome->file);
        });
}

} // namespace ketong
