#pragma once

#include "ChartFactory.h"
#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;

namespace ketong {

/// A report on paper or in a PDF: A4, the company name, title, filters, the chart, the table with its
/// header repeated on every page and the totals row, "page n / m", printed by whom and when. Chinese
/// text uses Noto Sans CJK (embedded in PDFs, so they read right on a PC without the font).
class ReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ReportPrinter)
public:
    struct Document
    {
        ReportTable table;
        ChartKind chartKind = ChartKind::Bars;
        ChartData chart;
        QString companyName;
        QString printedBy;
        QDateTime printedAt;
    };

    /// Paints every page on `device` (a QPrinter from print preview, or a QPdfWriter).
    static void paint(const Document& document, QPagedPaintDevice* device);
    /// Writes the document as a PDF file.
    static Status writePdf(const Document& document, const QString& path);
};

} // namespace ketong
