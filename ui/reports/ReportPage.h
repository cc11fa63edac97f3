#pragma once

#include "ChartFactory.h"
#include "ReportPrinter.h"
#include "shell/Workspace.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QCheckBox;

namespace ketong {

class ReportTableModel;

enum class ReportKind { Contribution, Composition, Service, Churn };

/// One analysis of 统计报表: its filters, a chart that follows them, the table, and print preview / PDF /
/// Excel / CSV. The report runs off the GUI thread; the page stays responsive meanwhile.
class ReportPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)
public:
    ReportPage(const Workspace& workspace, ReportKind kind, QWidget* parent = nullptr);
    ~ReportPage() override;

    /// Runs the report with the current filters.
    void run();
    /// The document as it would be printed (tests and exports use it).
    ReportPrinter::Document document() const;
    /// Exports what is shown: format "pdf", "xlsx" or "csv".
    Status exportTo(const QString& path, const QString& format) const;
    const ChartData& chartData() const { return m_chartData; }

Q_SIGNALS:
    /// The report finished (or failed) and the chart and table show it.
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildFilters();
    void retranslateUi();
    void display(const ReportTable& table, const QList<std::pair<int, int>>& perYear);
    void printPreview();
    void exportAs(const QString& format);
    ChartKind chartKind() const;

    const Workspace& m_workspace;
    ReportKind m_kind;
    ReportTableModel* m_model;
    ChartData m_chartData;
    QString m_companyName;
    QWidget* m_filterBar;
    QLabel* m_customerLabel = nullptr;
    QLineEdit* m_customerEdit = nullptr;
    QLabel* m_managerLabel = nullptr;
    QLineEdit* m_managerEdit = nullptr;
    QLabel* m_yearLabel = nullptr;
    QComboBox* m_yearCombo = nullptr;
    QLabel* m_byLabel = nullptr;
    QComboBox* m_byCombo = nullptr;
    QCheckBox* m_rangeCheck = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QPushButton* m_runButton;
    QPushButton* m_previewButton;
    QPushButton* m_pdfButton;
    QPushButton* m_xlsxButton;
    QPushButton* m_csvButton;
    QLabel* m_statusLabel;
    QChartView* m_chartView;
    QTableView* m_tableView;
};

} // namespace ketong
