#pragma once

#include "common/Result.h"
#include "db/Database.h"

#include <QToolBar>

class QAction;
class QMenu;

namespace ketong {

class PagedListModel;
struct ReportTable;

/// 打印 and 导出 of a list page (issue 8): what the list shows — its filters, scope and sort — printed
/// through print preview (the report printer: A4, title, filters, repeating header, page n / m, printed
/// by and when) or saved as CSV (UTF-8 with BOM), Excel or PDF. The rows are read in a worker thread.
///
/// The title is the page's "navigationTitle" property (the main window sets it), the printed-by text its
/// "printedBy" property; the filters are read from the page's filter area (each label with the value of
/// the field after it, when the field is not empty or 全部).
class ListOutput : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListOutput)
public:
    /// `page` is the list's page (its properties give the title), `model` the list, `filterArea` the widget
    /// holding its filter labels and fields.
    ListOutput(QWidget* page, PagedListModel* model, QWidget* filterArea, DatabasePtr db);

    /// The filters in words, as printed.
    QStringList filterSummary() const;
    /// Writes the list to `path` as csv, xlsx or pdf (in a worker thread); emits exported when done.
    void exportTo(const QString& path, const QString& format);

Q_SIGNALS:
    void exported(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void chooseAndExport(const QString& format);
    void printPreview();
    QString title() const;

    QWidget* m_page;
    PagedListModel* m_model;
    QWidget* m_filterArea;
    DatabasePtr m_db;
    QAction* m_printAction;
    QAction* m_exportAction;
    QMenu* m_exportMenu;
    QAction* m_csvAction;
    QAction* m_xlsxAction;
    QAction* m_pdfAction;
};

} // namespace ketong
