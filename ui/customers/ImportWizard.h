#pragma once

#include "customers/CustomerImporter.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace ketong {

class ImportPreviewModel;

/// 导入 (EXCHANGE.md customers.csv) in four steps: choose the file (CSV, or an .xlsx/.xls workbook whose
/// first sheet is read; 下载导入模板 saves a workbook to fill in) → preview (every row with what importing
/// it does, errors and warnings at their cells, the list of every problem, savable as CSV) → import in
/// the background with a progress bar and Cancel (nothing is written when cancelled) → summary.
/// The import itself checks everything again inside its transaction.
class ImportWizard : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum Step { FileStep, PreviewStep, ImportStep, SummaryStep };

    explicit ImportWizard(const Workspace& workspace, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Step step() const;
    /// Chooses the file and starts the preview (what "Next" does on the first step).
    void previewFile(const QString& path);
    /// Starts the import of the previewed file (what "Import" does on the preview step).
    void startImport();
    /// Writes the preview's problems to `path` as CSV.
    Status saveIssues(const QString& path) const;
    /// Writes the import template (CustomerImportTemplate) to `path` in the background; the file page then
    /// says where it is, or why it could not be written (what 下载导入模板 does after asking for the path).
    void saveTemplate(const QString& path);
    ImportPreviewModel* previewModel() const { return m_model; }
    /// True when the import wrote something (the list behind should refresh).
    bool imported() const { return m_imported; }

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    QWidget* buildFilePage();
    QWidget* buildPreviewPage();
    QWidget* buildImportPage();
    QWidget* buildSummaryPage();
    void retranslateUi();
    void updateButtons();
    void showPreview(const Result<ImportReport>& report);
    void showOutcome(const Result<ImportReport>& report);
    void next();
    void back();
    void browse();
    void downloadTemplate();
    void saveIssuesAs();
    QString previewSummary() const;

    Workspace m_workspace;
    QString m_path;
    QByteArray m_data;
    bool m_busy = false;
    bool m_imported = false;
    std::shared_ptr<std::atomic<int>> m_done;
    std::shared_ptr<std::atomic<int>> m_total;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_outcome;
    QString m_templatePath;  ///< where the template was saved
    QString m_templateError; ///< why it was not

    QStackedWidget* m_stack;
    QLabel* m_titleLabel;
    // file
    QLabel* m_fileIntroLabel;
    QLineEdit* m_fileEdit;
    QPushButton* m_browseButton;
    QLabel* m_fileErrorLabel;
    QLabel* m_templateIntroLabel;
    QPushButton* m_templateButton;
    QLabel* m_templateLabel;
    // preview
    QLabel* m_previewSummaryLabel;
    QCheckBox* m_problemsOnlyCheck;
    QTableView* m_previewView;
    ImportPreviewModel* m_model;
    QListWidget* m_issuesList;
    QPushButton* m_saveIssuesButton;
    // import
    QLabel* m_progressLabel;
    QProgressBar* m_progressBar;
    QTimer* m_progressTimer;
    // summary
    QLabel* m_summaryLabel;
    // buttons
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
