#include "ImportWizard.h"

#include "ImportPreviewModel.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"
#include "common/TaskRunner.h"
#include "customers/CustomerImportTemplate.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ketong {

namespace {
QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoDefault(false);
    return b;
}
} // namespace

ImportWizard::ImportWizard(const Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_done(std::make_shared<std::atomic<int>>(0))
    , m_total(std::make_shared<std::atomic<int>>(0))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_stack(new QStackedWidget(this))
    , m_titleLabel(new QLabel(this))
    , m_model(new ImportPreviewModel(this))
    , m_progressTimer(new QTimer(this))
    , m_backButton(button(this, "backPushButton"))
    , m_nextButton(button(this, "nextPushButton"))
    , m_cancelButton(button(this, "cancelPushButton"))
{
    setObjectName(QStringLiteral("importWizard"));
    m_titleLabel->setObjectName(QStringLiteral("stepTitleLabel"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_stack->addWidget(buildFilePage());
    m_stack->addWidget(buildPreviewPage());
    m_stack->addWidget(buildImportPage());
    m_stack->addWidget(buildSummaryPage());
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    resize(1000, 640);
    m_nextButton->setDefault(true);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        m_progressBar->setMaximum(qMax(1, m_total->load()));
        m_progressBar->setValue(m_done->load());
    });
    connect(m_nextButton, &QPushButton::clicked, this, &ImportWizard::next);
    connect(m_backButton, &QPushButton::clicked, this, &ImportWizard::back);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::reject);
    retranslateUi();
    updateButtons();
}

ImportWizard::~ImportWizard() = default;

QWidget* ImportWizard::buildFilePage()
{
    auto* page = new QWidget(this);
    m_fileIntroLabel = new QLabel(page);
    m_fileIntroLabel->setWordWrap(true);
    m_fileIntroLabel->setTextFormat(Qt::RichText);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_browseButton = button(page, "browsePushButton");
    m_fileErrorLabel = new QLabel(page);
    m_fileErrorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_fileErrorLabel->setWordWrap(true);
    m_fileErrorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_templateIntroLabel = new QLabel(page);
    m_templateIntroLabel->setWordWrap(true);
    m_templateButton = button(page, "downloadTemplatePushButton");
    m_templateLabel = new QLabel(page);
    m_templateLabel->setObjectName(QStringLiteral("templateStatusLabel"));
    m_templateLabel->setWordWrap(true);
    m_templateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(m_browseButton);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateIntroLabel, 1);
    templateRow->addWidget(m_templateButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_fileIntroLabel);
    layout->addLayout(row);
    layout->addWidget(m_fileErrorLabel);
    layout->addSpacing(12);
    layout->addLayout(templateRow);
    layout->addWidget(m_templateLabel);
    layout->addStretch();
    connect(m_browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_templateButton, &QPushButton::clicked, this, &ImportWizard::downloadTemplate);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportWizard::updateButtons);
    return page;
}

QWidget* ImportWizard::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_previewSummaryLabel = new QLabel(page);
    m_previewSummaryLabel->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_previewSummaryLabel->setWordWrap(true);
    m_problemsOnlyCheck = new QCheckBox(page);
    m_problemsOnlyCheck->setObjectName(QStringLiteral("problemsOnlyCheckBox"));
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("previewTableView"));
    m_previewView->setModel(m_model);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->hide();
    TableLook::setRows(m_previewView);
    m_previewView->horizontalHeader()->setDefaultSectionSize(110);
    m_issuesList = new QListWidget(page);
    m_issuesList->setObjectName(QStringLiteral("issuesListWidget"));
    m_saveIssuesButton = button(page, "saveIssuesPushButton");
    auto* top = new QHBoxLayout;
    top->addWidget(m_previewSummaryLabel, 1);
    top->addWidget(m_problemsOnlyCheck);
    auto* issues = new QWidget(page);
    auto* issuesLayout = new QVBoxLayout(issues);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issuesList, 1);
    auto* save = new QHBoxLayout;
    save->addStretch();
    save->addWidget(m_saveIssuesButton);
    issuesLayout->addLayout(save);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_previewView);
    splitter->addWidget(issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_problemsOnlyCheck, &QCheckBox::toggled, m_model, &ImportPreviewModel::setProblemsOnly);
    connect(m_saveIssuesButton, &QPushButton::clicked, this, &ImportWizard::saveIssuesAs);
    connect(m_issuesList, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index < 0 || index >= m_model->report().issues.size())
            return;
        const ImportIssue& issue = m_model->report().issues.at(index);
        const int row = m_model->rowOfLine(issue.line);
        if (row >= 0) {
            const int column = issue.column > 0 && issue.column <= m_model->report().header.size()
                                   ? ImportPreviewModel::FirstCellColumn + issue.column - 1
                                   : int(ImportPreviewModel::LineColumn);
            m_previewView->setCurrentIndex(m_model->index(row, column));
            m_previewView->scrollTo(m_model->index(row, column));
        }
    });
    return page;
}

QWidget* ImportWizard::buildImportPage()
{
    auto* page = new QWidget(this);
    m_progressLabel = new QLabel(page);
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addStretch();
    return page;
}

QWidget* ImportWizard::buildSummaryPage()
{
    auto* page = new QWidget(this);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addStretch();
    return page;
}

ImportWizard::Step ImportWizard::step() const
{
    return static_cast<Step>(m_stack->currentIndex());
}

void ImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(tr("Import customers"));
    static const char* const titles[] = {QT_TR_NOOP("1. Choose the file"), QT_TR_NOOP("2. Check the preview"),
                                         QT_TR_NOOP("3. Importing"), QT_TR_NOOP("4. Done")};
    m_titleLabel->setText(tr(titles[m_stack->currentIndex()]));
    QStringList columns;
    for (const CsvReader::Column& c : CustomerImporter::columns())
        columns << (c.required ? QStringLiteral("<b>%1 / %2</b>") : QStringLiteral("%1 / %2")).arg(c.label, c.key);
    m_fileIntroLabel->setText(
        tr("<p>Choose a CSV file (UTF-8 or GBK, as Excel and WPS save it) or an Excel workbook (.xlsx, or .xls of "
           "Excel 97–2003; its first sheet is read, numbers and dates as the sheet shows them). The first row names "
           "the columns, in Chinese or English, in any order; the columns in bold are required:</p><p>%1</p><p>A "
           "row with a known customer code, or without code but with the exact name of one customer, updates that "
           "customer; other rows create customers. Nothing is written until you have seen the preview, and nothing "
           "at all if any row has an error.</p>")
            .arg(columns.join(QStringLiteral(", "))));
    m_fileEdit->setPlaceholderText(tr("customers.xlsx or customers.csv"));
    m_templateIntroLabel->setText(tr("Starting from scratch? The import template is an Excel workbook with these "
                                     "columns, a sample row and lists of the allowed regions, account managers "
                                     "and levels."));
    m_templateButton->setText(tr("Download import template…"));
    m_templateLabel->setStyleSheet(m_templateError.isEmpty() ? QString() : QStringLiteral("color: #c0392b;"));
    m_templateLabel->setText(!m_templateError.isEmpty() ? m_templateError
                             : m_templatePath.isEmpty()
                                 ? QString()
                                 : tr("The template was saved as %1. Fill it in, save it and choose it above.")
                                       .arg(QDir::toNativeSeparators(m_templatePath)));
    m_browseButton->setText(tr("Browse…"));
    m_problemsOnlyCheck->setText(tr("Only rows with problems"));
    m_saveIssuesButton->setText(tr("Save problems as CSV…"));
    m_progressLabel->setText(tr("Importing %1 …").arg(QFileInfo(m_path).fileName()));
    m_summaryLabel->setText(m_outcome);
    if (step() == PreviewStep)
        m_previewSummaryLabel->setText(previewSummary());
    m_backButton->setText(tr("< Back"));
    updateButtons();
}

void ImportWizard::updateButtons()
{
    const Step s = step();
    m_backButton->setVisible(s == PreviewStep);
    m_backButton->setEnabled(!m_busy);
    m_nextButton->setVisible(s == FileStep || s == PreviewStep);
    m_nextButton->setText(s == PreviewStep ? tr("Import") : tr("Next >"));
    m_nextButton->setEnabled(
        !m_busy && (s == FileStep ? !m_fileEdit->text().trimmed().isEmpty() : !m_model->report().hasErrors()));
    m_cancelButton->setText(s == SummaryStep ? tr("Close") : tr("Cancel"));
    m_saveIssuesButton->setEnabled(!m_model->report().issues.isEmpty());
}

void ImportWizard::next()
{
    if (step() == FileStep)
        previewFile(m_fileEdit->text().trimmed());
    else if (step() == PreviewStep)
        startImport();
}

void ImportWizard::back()
{
    if (m_busy)
        return;
    m_stack->setCurrentIndex(FileStep);
    retranslateUi();
}

void ImportWizard::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import customers"), m_fileEdit->text(),
        tr("Customer files (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;CSV "
           "files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_fileEdit->setText(path);
}

void ImportWizard::downloadTemplate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the import template"),
                                                QDir::home().filePath(tr("customer import template.xlsx")),
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    saveTemplate(path);
}

void ImportWizard::saveTemplate(const QString& path)
{
    m_templateButton->setEnabled(false);
    const Workspace ws = m_workspace;
    runAsync<Status>(
        this, [ws, path] { return CustomerImportTemplate(*ws.db, ws.session).write(path); },
        [this, path](const Status& written) {
            m_templateButton->setEnabled(true);
            m_templatePath = written ? path : QString();
            m_templateError = written ? QString() : written.error().message();
            retranslateUi();
        });
}

void ImportWizard::previewFile(const QString& path)
{
    m_fileEdit->setText(path);
    m_fileErrorLabel->clear();
    auto content = CustomerImporter::readFile(path);
    if (!content) {
        m_fileErrorLabel->setText(content.error().message());
        return;
    }
    m_path = path;
    m_data = *content;
    m_busy = true;
    m_fileErrorLabel->setText(tr("Checking every row…"));
    updateButtons();
    const Workspace ws = m_workspace;
    const QByteArray bytes = m_data;
    const QString name = QFileInfo(path).fileName();
    runAsync<Result<ImportReport>>(
        this, [ws, bytes, name] { return CustomerImporter(*ws.db, *ws.clock, ws.session).preview(bytes, name); },
        [this](const Result<ImportReport>& report) { showPreview(report); });
}

QString ImportWizard::previewSummary() const
{
    const ImportReport& r = m_model->report();
    QString text = tr("%1: %n row(s) to create, ", nullptr, r.created).arg(r.fileName) +
                   tr("%n to update, ", nullptr, r.updated) + tr("%n unchanged.", nullptr, r.unchanged);
    if (r.hasErrors())
        text += QLatin1Char(' ') + tr("%n error(s): correct the file and choose it again; nothing can be imported "
                                      "while any row has an error.",
                                      nullptr, r.errorCount());
    if (r.warningCount() > 0)
        text += QLatin1Char(' ') +
                tr("%n warning(s) (possible duplicates) do not stop the import.", nullptr, r.warningCount());
    if (r.source == TableReader::Source::Csv && r.encoding == CsvReader::Encoding::Gb18030)
        text += QLatin1Char(' ') + tr("The file was read as GBK (GB18030).");
    if (r.source != TableReader::Source::Csv)
        text += QLatin1Char(' ') + tr("Read from the sheet \"%1\" of the workbook.").arg(r.sheet);
    return text;
}

void ImportWizard::showPreview(const Result<ImportReport>& report)
{
    m_busy = false;
    m_fileErrorLabel->clear();
    if (!report) {
        m_fileErrorLabel->setText(report.error().message());
        updateButtons();
        return;
    }
    m_model->setReport(*report);
    m_issuesList->clear();
    for (const ImportIssue& issue : report->issues) {
        const QString where = issue.sheet.isEmpty() ? tr("Line %1, column %2").arg(issue.line).arg(issue.column)
                                                    : tr("Cell %1").arg(issue.position());
        auto* item = new QListWidgetItem(issue.warning ? tr("%1: warning: %2").arg(where, issue.message)
                                                       : tr("%1: %2").arg(where, issue.message),
                                         m_issuesList);
        item->setForeground(issue.warning ? QColor(0x8a, 0x6d, 0x00) : QColor(0xc0, 0x39, 0x2b));
    }
    m_previewView->resizeColumnsToContents();
    m_stack->setCurrentIndex(PreviewStep);
    retranslateUi();
}

void ImportWizard::startImport()
{
    if (m_busy || m_model->report().hasErrors())
        return;
    m_busy = true;
    m_done->store(0);
    m_total->store(1);
    m_cancel->store(false);
    m_stack->setCurrentIndex(ImportStep);
    retranslateUi();
    m_progressTimer->start();
    const Workspace ws = m_workspace;
    const QByteArray bytes = m_data;
    const QString name = QFileInfo(m_path).fileName();
    auto done = m_done;
    auto total = m_total;
    auto cancel = m_cancel;
    runAsync<Result<ImportReport>>(
        this,
        [ws, bytes, name, done, total, cancel] {
            return CustomerImporter(*ws.db, *ws.clock, ws.session).import(bytes, name, [=](int d, int t) {
                done->store(d);
                total->store(t);
                return !cancel->load();
            });
        },
        [this](const Result<ImportReport>& report) { showOutcome(report); });
}

void ImportWizard::showOutcome(const Result<ImportReport>& report)
{
    m_busy = false;
    m_progressTimer->stop();
    if (report && report->hasErrors()) {
        // The database changed since the preview: show what is wrong now.
        showPreview(report);
        return;
    }
    if (!report)
        m_outcome = report.error().code() == ErrorCode::Cancelled
                        ? tr("The import was cancelled. Nothing was written.")
                        : tr("The import failed: %1. Nothing was written.").arg(report.error().message());
    else
        m_outcome = tr("Imported %1: %n customer(s) created, ", nullptr, report->created).arg(report->fileName) +
                    tr("%n updated, ", nullptr, report->updated) + tr("%n unchanged.", nullptr, report->unchanged);
    m_imported = report && report->written && (report->created + report->updated) > 0;
    m_stack->setCurrentIndex(SummaryStep);
    retranslateUi();
}

void ImportWizard::reject()
{
    if (m_busy) {
        // The worker stops at its next row and rolls back; the summary then says nothing was written.
        m_cancel->store(true);
        m_progressLabel->setText(tr("Cancelling…"));
        return;
    }
    if (step() == SummaryStep)
        accept();
    else
        QDialog::reject();
}

Status ImportWizard::saveIssues(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return CustomerImporter::writeIssues(m_model->report(), file);
}

void ImportWizard::saveIssuesAs()
{
    const QString suggested =
        QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-problems.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save problems"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = saveIssues(path); !s)
        MessageBox::warning(this, windowTitle(), s.error().message());
}

} // namespace ketong
