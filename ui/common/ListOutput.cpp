#include "ListOutput.h"

#include "common/MessageBox.h"
#include "common/TaskRunner.h"
#include "models/ListExport.h"
#include "models/PagedListModel.h"
#include "reports/ReportPrinter.h"
#include "reports/ReportWriter.h"
#include "setup/ReferenceData.h"
#include "setup/Settings.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolButton>

namespace ketong {

ListOutput::ListOutput(QWidget* page, PagedListModel* model, QWidget* filterArea, DatabasePtr db)
    : QToolBar(page)
    , m_page(page)
    , m_model(model)
    , m_filterArea(filterArea)
    , m_db(std::move(db))
    , m_printAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_exportMenu(new QMenu(this))
    , m_csvAction(m_exportMenu->addAction(QString()))
    , m_xlsxAction(m_exportMenu->addAction(QString()))
    , m_pdfAction(m_exportMenu->addAction(QString()))
{
    setObjectName(QStringLiteral("outputToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setMenu(m_exportMenu);
    m_csvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_xlsxAction->setObjectName(QStringLiteral("exportXlsxAction"));
    m_pdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    addAction(m_printAction);
    addAction(m_exportAction);
    page->QWidget::addAction(m_printAction);
    if (auto* button = qobject_cast<QToolButton*>(widgetForAction(m_exportAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    connect(m_printAction, &QAction::triggered, this, &ListOutput::printPreview);
    connect(m_csvAction, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    connect(m_xlsxAction, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("xlsx")); });
    connect(m_pdfAction, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    retranslateUi();
}

void ListOutput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void ListOutput::retranslateUi()
{
    m_printAction->setText(tr("Print…"));
    m_printAction->setToolTip(tr("Print preview of the list as it is filtered (Ctrl+P)"));
    m_exportAction->setText(tr("Export"));
    m_exportAction->setToolTip(tr("Save the list as it is filtered"));
    m_csvAction->setText(tr("CSV (Excel can open it)…"));
    m_xlsxAction->setText(tr("Excel workbook…"));
    m_pdfAction->setText(tr("PDF…"));
}

QString ListOutput::title() const
{
    const QString title = m_page->property("navigationTitle").toString();
    return title.isEmpty() ? tr("List") : title;
}

QStringList ListOutput::filterSummary() const
{
    QStringList out;
    QString label;
    // Depth first, in creation order: a page's filter widget may hold its labels and fields itself.
    for (QWidget* w : m_filterArea->findChildren<QWidget*>()) {
        if (w->isHidden() || qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue; // hidden, or the editor inside a combo box or a date field
        if (auto* l = qobject_cast<QLabel*>(w)) {
            label = l->text().remove(QLatin1Char(':')).remove(QChar(0xFF1A)).trimmed();
            continue;
        }
        QString value;
        if (auto* e = qobject_cast<QLineEdit*>(w))
            value = e->text().trimmed();
        else if (auto* c = qobject_cast<QComboBox*>(w); c && c->currentIndex() > 0)
            value = c->currentText();
        else if (auto* d = qobject_cast<QDateEdit*>(w); d && d->date() > d->minimumDate())
            value = d->date().toString(Qt::ISODate);
        if (!value.isEmpty())
            out << (label.isEmpty() ? value : tr("%1: %2").arg(label, value));
        label.clear();
    }
    return out;
}

void ListOutput::chooseAndExport(const QString& format)
{
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF documents (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                                                             : tr("CSV files (*.csv)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_page, tr("Export the list"),
                                                QDir(folder).filePath(title() + QLatin1Char('.') + format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    connect(
        this, &ListOutput::exported, this,
        [this](bool ok, const QString& message) {
            if (ok)
                MessageBox::information(m_page, tr("Export the list"), message);
            else
                MessageBox::warning(m_page, tr("Export the list"), message);
        },
        Qt::SingleShotConnection);
    exportTo(path, format);
}

void ListOutput::exportTo(const QString& path, const QString& format)
{
    setEnabled(false);
    const DatabasePtr db = m_db;
    const ListQuery query = m_model->query();
    const QString name = title();
    const QStringList filters = filterSummary();
    const QString printedBy = m_page->property("printedBy").toString();
    runAsync<std::pair<Status, int>>(
        this,
        [db, query, name, filters, printedBy, path, format]() -> std::pair<Status, int> {
            auto table = ListExport::table(*db, query, name, filters);
            if (!table)
                return {table.error(), 0};
            const int rows = int(table->rows.size());
            if (format == QLatin1String("xlsx"))
                return {ReportWriter::writeXlsx(*table, path), rows};
            if (format == QLatin1String("pdf")) {
                const QString company = Settings::value(*db, SettingKey::CompanyName).valueOr(QString());
                return {
                    ReportPrinter::writePdf({*table, {}, {}, company, printedBy, QDateTime::currentDateTime()}, path),
                    rows};
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return {Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())), 0};
            return {ReportWriter::writeCsv(*table, file, true), rows};
        },
        [this, path](const std::pair<Status, int>& result) {
            setEnabled(true);
            if (!result.first)
                Q_EMIT exported(false, result.first.error().message());
            else
                Q_EMIT exported(true, tr("%n record(s) saved to %1.", nullptr, result.second).arg(path));
        });
}

void ListOutput::printPreview()
{
    auto table = ListExport::table(*m_db, m_model->query(), title(), filterSummary());
    if (!table) {
        MessageBox::warning(m_page, tr("Print"), table.error().message());
        return;
    }
    const QString company = Settings::value(*m_db, SettingKey::CompanyName).valueOr(QString());
    const ReportPrinter::Document doc{
        *table, {}, {}, company, m_page->property("printedBy").toString(), QDateTime::currentDateTime()};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, m_page);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(doc.table.title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [doc](QPrinter* target) { ReportPrinter::paint(doc, target); });
    preview.exec();
}

} // namespace ketong
