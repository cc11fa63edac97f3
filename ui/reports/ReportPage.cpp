#include "ReportPage.h"

#include "ReportTableModel.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"
#include "common/TaskRunner.h"
#include "reports/ReportWriter.h"
#include "reports/Reports.h"
#include "setup/ReferenceData.h"
#include "setup/Settings.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ketong {

namespace {
struct Outcome
{
    Result<ReportTable> table = Error(ErrorCode::Internal, QString());
    QList<std::pair<int, int>> perYear;
};

QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

ReportPage::ReportPage(const Workspace& workspace, ReportKind kind, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_model(new ReportTableModel(this))
    , m_filterBar(new QWidget(this))
    , m_runButton(button(this, "runPushButton"))
    , m_previewButton(button(this, "printPreviewPushButton"))
    , m_pdfButton(button(this, "exportPdfPushButton"))
    , m_xlsxButton(button(this, "exportXlsxPushButton"))
    , m_csvButton(button(this, "exportCsvPushButton"))
    , m_statusLabel(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_tableView(new QTableView(this))
{
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_chartView->setObjectName(QStringLiteral("reportChartView"));
    m_tableView->setObjectName(QStringLiteral("reportTableView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_tableView->setModel(m_model);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    TableLook::setRows(m_tableView);
    m_companyName = Settings::value(*workspace.db, SettingKey::CompanyName).valueOr(QString());
    buildFilters();

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_previewButton, m_pdfButton, m_xlsxButton, m_csvButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_statusLabel);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The same 3 : 2 from the start (the table's size hint would otherwise leave the chart at its minimum, too
    // low for ten named bars).
    splitter->setSizes({300, 200});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ReportPage::run);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    retranslateUi();
    run();
}

ReportPage::~ReportPage() = default;

void ReportPage::buildFilters()
{
    auto* bar = new QHBoxLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    const auto addLabel = [this, bar](QLabel*& label, QWidget* buddy) {
        label = new QLabel(m_filterBar);
        label->setBuddy(buddy);
        bar->addWidget(label);
        bar->addWidget(buddy);
    };
    if (m_kind == ReportKind::Contribution || m_kind == ReportKind::Churn) {
        m_customerEdit = new QLineEdit(m_filterBar);
        m_customerEdit->setObjectName(QStringLiteral("customerLineEdit"));
        m_customerEdit->setClearButtonEnabled(true);
        addLabel(m_customerLabel, m_customerEdit);
        connect(m_customerEdit, &QLineEdit::returnPressed, this, &ReportPage::run);
    }
    if (m_kind == ReportKind::Churn) {
        m_managerEdit = new QLineEdit(m_filterBar);
        m_managerEdit->setObjectName(QStringLiteral("managerLineEdit"));
        m_managerEdit->setClearButtonEnabled(true);
        addLabel(m_managerLabel, m_managerEdit);
        connect(m_managerEdit, &QLineEdit::returnPressed, this, &ReportPage::run);
    }
    if (m_kind != ReportKind::Composition) {
        m_yearCombo = new QComboBox(m_filterBar);
        m_yearCombo->setObjectName(QStringLiteral("yearComboBox"));
        m_yearCombo->addItem(QString(), 0);
        QList<int> years = Reports::orderYears(*m_workspace.db).valueOr({});
        const int thisYear = m_workspace.clock->today().year();
        if (m_kind != ReportKind::Contribution || years.isEmpty()) {
            years.clear();
            for (int y = thisYear; y > thisYear - 10; --y)
                years << y;
        }
        for (int y : std::as_const(years))
            m_yearCombo->addItem(QString::number(y), y);
        addLabel(m_yearLabel, m_yearCombo);
        connect(m_yearCombo, &QComboBox::currentIndexChanged, this, &ReportPage::run);
    }
    if (m_kind == ReportKind::Service) {
        m_rangeCheck = new QCheckBox(m_filterBar);
        m_rangeCheck->setObjectName(QStringLiteral("dateRangeCheckBox"));
        m_fromEdit = new QDateEdit(m_workspace.clock->today().addMonths(-3), m_filterBar);
        m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
        m_toEdit = new QDateEdit(m_workspace.clock->today(), m_filterBar);
        m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
        for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setEnabled(false);
            connect(edit, &QDateEdit::dateChanged, this, &ReportPage::run);
        }
        bar->addWidget(m_rangeCheck);
        bar->addWidget(m_fromEdit);
        bar->addWidget(new QLabel(QStringLiteral("–"), m_filterBar));
        bar->addWidget(m_toEdit);
        connect(m_rangeCheck, &QCheckBox::toggled, this, [this](bool on) {
            m_fromEdit->setEnabled(on);
            m_toEdit->setEnabled(on);
            m_yearCombo->setEnabled(!on);
            run();
        });
    }
    if (m_kind == ReportKind::Composition) {
        m_byCombo = new QComboBox(m_filterBar);
        m_byCombo->setObjectName(QStringLiteral("byComboBox"));
        for (CompositionBy by : {CompositionBy::Level, CompositionBy::Credit, CompositionBy::Satisfaction})
            m_byCombo->addItem(QString(), int(by));
        addLabel(m_byLabel, m_byCombo);
        connect(m_byCombo, &QComboBox::currentIndexChanged, this, &ReportPage::run);
    }
    bar->addWidget(m_runButton);
    bar->addStretch();
}

void ReportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        run(); // titles and filters (core) and the chart's note, in the current language
    }
    QWidget::changeEvent(event);
}

void ReportPage::retranslateUi()
{
    if (m_customerLabel)
        m_customerLabel->setText(tr("Customer name:"));
    if (m_managerLabel)
        m_managerLabel->setText(tr("Account manager:"));
    if (m_yearLabel) {
        m_yearLabel->setText(tr("Year:"));
        m_yearCombo->setItemText(0, tr("All"));
    }
    if (m_byLabel) {
        m_byLabel->setText(tr("Report by:"));
        m_byCombo->setItemText(0, tr("Level"));
        m_byCombo->setItemText(1, tr("Credit"));
        m_byCombo->setItemText(2, tr("Satisfaction"));
    }
    if (m_rangeCheck)
        m_rangeCheck->setText(tr("Created between"));
    m_runButton->setText(tr("Search"));
    m_previewButton->setText(tr("Print preview…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_xlsxButton->setText(tr("Export Excel…"));
    m_csvButton->setText(tr("Export CSV…"));
    m_model->retranslate();
}

ChartKind ReportPage::chartKind() const
{
    switch (m_kind) {
    case ReportKind::Contribution:
        return ChartKind::TopBars;
    case ReportKind::Composition:
        return ChartKind::Pie;
    case ReportKind::Service:
        return ChartKind::Bars;
    case ReportKind::Churn:
        return ChartKind::YearBars;
    }
    return ChartKind::Bars;
}

void ReportPage::run()
{
    const DatabasePtr db = m_workspace.db;
    const Session session = m_workspace.session;
    const ReportKind kind = m_kind;
    const int yearValue = m_yearCombo && m_yearCombo->isEnabled() ? m_yearCombo->currentData().toInt() : 0;
    const std::optional<int> year = yearValue > 0 ? std::optional<int>(yearValue) : std::nullopt;
    const QString customer = m_customerEdit ? m_customerEdit->text() : QString();
    const QString manager = m_managerEdit ? m_managerEdit->text() : QString();
    const auto by = m_byCombo ? CompositionBy(m_byCombo->currentData().toInt()) : CompositionBy::Level;
    const bool range = m_rangeCheck && m_rangeCheck->isChecked();
    const QDate from = range ? m_fromEdit->date() : QDate();
    const QDate to = range ? m_toEdit->date() : QDate();
    m_statusLabel->setText(tr("Computing…"));
    m_runButton->setEnabled(false);
    runAsync<Outcome>(
        this,
        [=] {
            Outcome o;
            switch (kind) {
            case ReportKind::Contribution:
                o.table = Reports::contribution(*db, session, {year, customer});
                break;
            case ReportKind::Composition:
                o.table = Reports::composition(*db, session, by);
                break;
            case ReportKind::Service:
                o.table = Reports::service(*db, session, {year, from, to});
                break;
            case ReportKind::Churn: {
                const ChurnReportFilter f{year, customer, manager};
                o.table = Reports::churn(*db, session, f);
                o.perYear = Reports::churnPerYear(*db, session, {std::nullopt, customer, manager}).valueOr({});
                break;
            }
            }
            return o;
        },
        [this](const Outcome& o) {
            m_runButton->setEnabled(true);
            if (!o.table) {
                m_statusLabel->setText(o.table.error().message());
            } else {
                display(*o.table, o.perYear);
                m_statusLabel->setText(tr("%n row(s)", nullptr, int(o.table->rows.size())));
            }
            Q_EMIT updated();
        });
}

void ReportPage::display(const ReportTable& computed, const QList<std::pair<int, int>>& perYear)
{
    const ReportTable table = ReportTableModel::displayed(computed);
    m_model->setTable(table);
    m_chartData = ChartFactory::data(table, chartKind(), perYear);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(ChartFactory::create(m_chartData, chartKind(), table.title));
    delete old;
    m_tableView->resizeColumnsToContents();
    // The table fills its pane: the name (or group, or type) takes the room the numbers leave.
    int fill = -1;
    for (const char* key : {"name", "group", "type"}) {
        for (int c = 0; c < table.columns.size() && fill < 0; ++c) {
            if (table.columns.at(c).key == QLatin1String(key))
                fill = c;
        }
    }
    TableLook::setStretchColumn(m_tableView, fill);
}

ReportPrinter::Document ReportPage::document() const
{
    return {m_model->table(),
            chartKind(),
            m_chartData,
            m_companyName,
            QStringLiteral("%1 (%2)").arg(m_workspace.session.name(), m_workspace.session.login()),
            m_workspace.clock->now()};
}

Status ReportPage::exportTo(const QString& path, const QString& format) const
{
    if (format == QLatin1String("pdf"))
        return ReportPrinter::writePdf(document(), path);
    if (format == QLatin1String("xlsx"))
        return ReportWriter::writeXlsx(m_model->table(), path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return ReportWriter::writeCsv(m_model->table(), file, true);
}

void ReportPage::exportAs(const QString& format)
{
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF documents (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                                             : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"),
                                                m_model->table().title + QLatin1Char('.') + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    if (auto s = exportTo(path, format); !s)
        MessageBox::warning(this, tr("Export the report"), s.error().message());
    else
        m_statusLabel->setText(tr("Saved %1").arg(path));
}

void ReportPage::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(m_model->table().title);
    const ReportPrinter::Document doc = document();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [doc](QPrinter* target) { ReportPrinter::paint(doc, target); });
    preview.exec();
}

} // namespace ketong
