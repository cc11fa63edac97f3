#include "FeedSettingsPage.h"

#include "ListPanel.h"
#include "common/MessageBox.h"
#include "erp/FeedScheduler.h"
#include "erp/FeedSettings.h"
#include "erp/SalesSystemSync.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace ketong {

FeedSettingsPage::FeedSettingsPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(new FeedScheduler(workspace.db, *workspace.clock, workspace.session, this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_browseSourceButton(new QPushButton(this))
    , m_tokenLabel(new QLabel(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_browseTokenButton(new QPushButton(this))
    , m_scheduleLabel(new QLabel(this))
    , m_scheduleCheck(new QCheckBox(this))
    , m_intervalSpin(new QSpinBox(this))
    , m_saveButton(new QPushButton(this))
    , m_syncButton(new QPushButton(this))
    , m_dryRunCheck(new QCheckBox(this))
    , m_statusLabel(new QLabel(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new ListPanel(workspace.db, QStringLiteral("feedRuns"), this))
    , m_errorsText(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("feedSettingsPage"));
    m_sourceEdit->setObjectName(QStringLiteral("sourceLineEdit"));
    m_tokenEdit->setObjectName(QStringLiteral("tokenFileLineEdit"));
    m_scheduleCheck->setObjectName(QStringLiteral("scheduleCheckBox"));
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpinBox"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_syncButton->setObjectName(QStringLiteral("syncNowPushButton"));
    m_dryRunCheck->setObjectName(QStringLiteral("dryRunCheckBox"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_errorsText->setObjectName(QStringLiteral("runErrorsPlainTextEdit"));
    m_intervalSpin->setRange(1, FeedSettings::MaxIntervalMinutes);
    m_intervalSpin->setValue(60);
    m_errorsText->setReadOnly(true);
    m_statusLabel->setWordWrap(true);

    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceEdit, 1);
    sourceRow->addWidget(m_browseSourceButton);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_browseTokenButton);
    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduleCheck);
    scheduleRow->addWidget(m_intervalSpin);
    scheduleRow->addStretch();
    auto* form = new QFormLayout;
    form->addRow(m_sourceLabel, sourceRow);
    form->addRow(m_tokenLabel, tokenRow);
    form->addRow(m_scheduleLabel, scheduleRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(24);
    buttons->addWidget(m_syncButton);
    buttons->addWidget(m_dryRunCheck);
    buttons->addStretch();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_history);
    split->addWidget(m_errorsText);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_historyLabel);
    layout->addWidget(split, 1);

    connect(m_scheduleCheck, &QCheckBox::toggled, m_intervalSpin, &QSpinBox::setEnabled);
    connect(m_saveButton, &QPushButton::clicked, this, &FeedSettingsPage::save);
    connect(m_syncButton, &QPushButton::clicked, this, &FeedSettingsPage::syncNow);
    connect(m_browseSourceButton, &QPushButton::clicked, this, &FeedSettingsPage::browseSource);
    connect(m_browseTokenButton, &QPushButton::clicked, this, &FeedSettingsPage::browseToken);
    connect(m_history, &ListPanel::currentChanged, this, &FeedSettingsPage::showRun);
    connect(m_scheduler, &FeedScheduler::runStarted, this, [this] {
        m_syncButton->setEnabled(false);
        m_statusLabel->setText(tr("Sync running…"));
    });
    connect(m_scheduler, &FeedScheduler::runFinished, this, &FeedSettingsPage::finished);
    connect(m_scheduler, &FeedScheduler::runRefused, this, [this](const Error& e) {
        m_syncButton->setEnabled(true);
        m_statusLabel->setText(e.message());
    });
    // On the office server the feed is the owner's job on the server: this page keeps its settings only.
    m_runsHere = SalesSystemSync::canRun(*workspace.db, workspace.session).ok();
    m_syncButton->setEnabled(m_runsHere);
    m_dryRunCheck->setEnabled(m_runsHere);
    m_scheduleLabel->setVisible(m_runsHere);
    m_scheduleCheck->setVisible(m_runsHere);
    m_intervalSpin->setVisible(m_runsHere);
    retranslateUi();
    load();
    if (auto runs = SalesSystemSync(*workspace.db, *workspace.clock, workspace.session).runs())
        m_history->setQuery(*runs);
}

FeedSettingsPage::~FeedSettingsPage() = default;

void FeedSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FeedSettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_history->refresh(); // the scheduled runs of the login's jobs since the page was last shown
}

void FeedSettingsPage::retranslateUi()
{
    m_sourceLabel->setText(tr("Source"));
    m_sourceEdit->setPlaceholderText(tr("A directory of CSV files, or https://… serving products.json, orders.json…"));
    m_browseSourceButton->setText(tr("Directory…"));
    m_tokenLabel->setText(tr("Token file"));
    m_tokenEdit->setPlaceholderText(tr("HTTP(S) only: a file whose first line is the bearer token"));
    m_browseTokenButton->setText(tr("File…"));
    m_scheduleLabel->setText(tr("Schedule"));
    m_scheduleCheck->setText(tr("While the program runs, every"));
    m_intervalSpin->setSuffix(tr(" min"));
    m_saveButton->setText(tr("Save settings"));
    m_syncButton->setText(tr("Sync now"));
    m_dryRunCheck->setText(tr("Dry run (check only)"));
    m_historyLabel->setText(tr("Runs"));
    if (!m_runsHere)
        m_statusLabel->setText(SalesSystemSync::canRun(*m_workspace.db, m_workspace.session).error().message());
}

void FeedSettingsPage::load()
{
    auto settings = FeedSettings::load(*m_workspace.db);
    if (!settings) {
        m_statusLabel->setText(settings.error().message());
        return;
    }
    m_sourceEdit->setText(settings->source);
    m_tokenEdit->setText(settings->tokenFile);
    m_scheduleCheck->setChecked(settings->intervalMinutes > 0);
    m_intervalSpin->setEnabled(settings->intervalMinutes > 0);
    if (settings->intervalMinutes > 0)
        m_intervalSpin->setValue(settings->intervalMinutes);
}

void FeedSettingsPage::save()
{
    FeedSettings settings{m_sourceEdit->text(), m_tokenEdit->text(),
                          m_scheduleCheck->isChecked() ? m_intervalSpin->value() : 0};
    if (auto s = settings.save(*m_workspace.db, *m_workspace.clock, m_workspace.session); !s) {
        MessageBox::warning(this, tr("Sales-system feed"), s.error().message());
        (s.error().field() == QLatin1String("source") ? m_sourceEdit : static_cast<QWidget*>(m_intervalSpin))
            ->setFocus();
        return;
    }
    // The program's jobs (JobsHost) read the schedule from the database at their next check.
    if (!m_runsHere) {
        m_statusLabel->setText(tr("Saved. \"ketongctl sync\" on the server uses these settings."));
        return;
    }
    m_statusLabel->setText(
        settings.intervalMinutes > 0
            ? tr("Saved. The feed runs every %n minute(s) while the program runs.", nullptr, settings.intervalMinutes)
            : tr("Saved. No schedule: run it with \"Sync now\" or ketongctl sync."));
}

void FeedSettingsPage::syncNow()
{
    SalesSystemSync::Options options;
    options.source = m_sourceEdit->text().trimmed();
    options.tokenFile = m_tokenEdit->text().trimmed();
    options.dryRun = m_dryRunCheck->isChecked();
    if (options.source.isEmpty()) {
        m_statusLabel->setText(tr("Give the feed's source first."));
        m_sourceEdit->setFocus();
        return;
    }
    m_scheduler->runNow(options);
}

void FeedSettingsPage::finished(const FeedReport& report)
{
    m_syncButton->setEnabled(true);
    const QString counts = FeedReport::countsText(report.total());
    if (report.ok)
        m_statusLabel->setText(report.dryRun ? tr("Dry run finished: %1 (nothing was written).").arg(counts)
                                             : tr("Sync finished: %1.").arg(counts));
    else
        m_statusLabel->setText(tr("The feed was not applied: %n error(s), nothing was written.", nullptr,
                                  int(qMin<qint64>(report.errorCount, 1000000))));
    m_history->refresh();
}

void FeedSettingsPage::showRun()
{
    const qint64 id = m_history->currentId();
    if (!id) {
        m_errorsText->clear();
        return;
    }
    auto run = SalesSystemSync(*m_workspace.db, *m_workspace.clock, m_workspace.session).loadRun(id);
    if (!run) {
        m_errorsText->setPlainText(run.error().message());
        return;
    }
    QStringList text;
    for (FeedFormat::File f : FeedFormat::files()) {
        if (run->present.at(std::size_t(f)))
            text << QStringLiteral("%1: %2").arg(FeedFormat::name(f),
                                                 FeedReport::countsText(run->counts.at(std::size_t(f))));
    }
    text += run->errors;
    m_errorsText->setPlainText(text.join(QLatin1Char('\n')));
}

void FeedSettingsPage::browseSource()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Feed directory"), m_sourceEdit->text());
    if (!dir.isEmpty())
        m_sourceEdit->setText(dir);
}

void FeedSettingsPage::browseToken()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Token file"), m_tokenEdit->text());
    if (!file.isEmpty())
        m_tokenEdit->setText(file);
}

} // namespace ketong
