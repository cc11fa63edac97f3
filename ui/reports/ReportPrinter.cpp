#include "ReportPrinter.h"

#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace ketong {

namespace {
// WenQuanYi Micro Hei first: Noto Sans CJK shares glyphs between ideographs and Kangxi radicals, and Qt's
// PDF text layer then names the radical (户 → ⼾), which breaks search and copy in the PDF. Noto is the
// fallback for anything WenQuanYi lacks.
const QString kFontFamily = QStringLiteral("WenQuanYi Micro Hei");
const QStringList kFontFamilies{kFontFamily, QStringLiteral("Noto Sans CJK SC")};

QFont font(QPaintDevice* device, double points, bool bold = false)
{
    QFont f;
    f.setFamilies(kFontFamilies);
    f.setPointSizeF(points);
    f.setBold(bold);
    Q_UNUSED(device); // point sizes resolve against the painter's device (300 dpi for PDF)
    return f;
}

/// Page layout in device pixels, computed once and used for counting and for painting.
struct Layout
{
    QRect page;
    int rowHeight = 0;
    int headerHeight = 0; ///< title block on the first page
    int chartHeight = 0;
    int footerHeight = 0;
    QList<int> columnWidths;
    QList<int> firstRowOfPage; ///< index of the first table row on each page
};

Layout layOut(const ReportPrinter::Document& doc, QPagedPaintDevice* device)
{
    Layout l;
    l.page = QRect(QPoint(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const QFontMetrics body(font(device, 9), device);
    l.rowHeight = int(body.height() * 1.6);
    l.footerHeight = l.rowHeight * 2;
    l.headerHeight = int(QFontMetrics(font(device, 16, true), device).height() * 1.4) + l.rowHeight * 3;
    l.chartHeight = doc.chart.values.isEmpty() ? 0 : int(l.page.height() * 0.36);
    // Column widths: the widest text of each column, scaled to the page width.
    const int columns = int(doc.table.columns.size());
    QList<int> natural(columns, 0);
    const QFontMetrics bold(font(device, 9, true), device);
    for (int c = 0; c < columns; ++c) {
        natural[c] = bold.horizontalAdvance(doc.table.columnTitle(c));
        for (int r = 0; r < qMin<qsizetype>(doc.table.rows.size(), 500); ++r)
            natural[c] =
                qMax(natural[c], qMin(body.horizontalAdvance(doc.table.displayText(r, c)), l.page.width() / 2));
        if (!doc.table.totals.isEmpty())
            natural[c] = qMax(natural[c], bold.horizontalAdvance(doc.table.displayText(-1, c)));
        natural[c] += body.horizontalAdvance(QStringLiteral("MM"));
    }
    int sum = 0;
    for (int w : natural)
        sum += w;
    for (int c = 0; c < columns; ++c)
        l.columnWidths.append(sum > 0 ? natural[c] * l.page.width() / sum : 0);
    // Page breaks: the first page has the title and the chart above the table.
    const int rows = int(doc.table.rows.size()) + (doc.table.totals.isEmpty() ? 0 : 1);
    int row = 0;
    bool first = true;
    do {
        l.firstRowOfPage.append(row);
        const int top = first ? l.headerHeight + l.chartHeight + l.rowHeight : 0;
        const int available = l.page.height() - top - l.footerHeight - l.rowHeight; // minus the table header
        row += qMax(1, available / l.rowHeight);
        first = false;
    } while (row < rows);
    return l;
}

void paintRow(QPainter& p, const Layout& l, int y, const QStringList& cells, const QList<bool>& right, bool header)
{
    int x = 0;
    for (int c = 0; c < cells.size(); ++c) {
        const QRect cell(x + l.rowHeight / 6, y, l.columnWidths.at(c) - l.rowHeight / 3, l.rowHeight);
        p.drawText(cell, Qt::AlignVCenter | (right.at(c) && !header ? Qt::AlignRight : Qt::AlignLeft),
                   p.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, cell.width()));
        x += l.columnWidths.at(c);
    }
    p.drawLine(0, y + l.rowHeight, l.page.width(), y + l.rowHeight);
}
} // namespace

void ReportPrinter::paint(const Document& doc, QPagedPaintDevice* device)
{
    const Layout l = layOut(doc, device);
    QPainter p(device);
    const ReportTable& t = doc.table;
    QList<bool> right;
    QStringList headers;
    for (int c = 0; c < t.columns.size(); ++c) {
        right << (t.columns.at(c).kind != ReportTable::Kind::Text);
        headers << t.columnTitle(c);
    }
    const int pages = int(l.firstRowOfPage.size());
    const int rows = int(t.rows.size()) + (t.totals.isEmpty() ? 0 : 1);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        int y = 0;
        if (page == 0) {
            p.setFont(font(device, 11, true));
            p.drawText(QRect(0, y, l.page.width(), l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter, doc.companyName);
            y += l.rowHeight;
            p.setFont(font(device, 16, true));
            const int titleHeight = l.headerHeight - l.rowHeight * 3;
            p.drawText(QRect(0, y, l.page.width(), titleHeight), Qt::AlignCenter, t.title);
            y += titleHeight;
            p.setFont(font(device, 9));
            p.drawText(QRect(0, y, l.page.width(), l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       t.filters.join(QStringLiteral("    ")));
            y += l.rowHeight;
            p.drawText(
                QRect(0, y, l.page.width(), l.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                tr("Printed by %1 at %2")
                    .arg(doc.printedBy, doc.printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            y += l.rowHeight;
            if (l.chartHeight > 0) {
                QGraphicsScene scene;
                QChart* chart = ChartFactory::create(doc.chart, doc.chartKind, QString());
                QFont chartFont;
                chartFont.setFamilies(kFontFamilies);
                chartFont.setPixelSize(11);
                ChartFactory::setFont(chart, chartFont);
                scene.addItem(chart);
                // Laid out at screen size, then scaled onto the page.
                const QSizeF logical(720, 720.0 * l.chartHeight / l.page.width());
                chart->resize(logical);
                scene.setSceneRect(QRectF(QPointF(0, 0), logical));
                scene.render(&p, QRectF(0, y, l.page.width(), l.chartHeight), scene.sceneRect());
                y += l.chartHeight;
            }
            y += l.rowHeight / 2;
        }
        p.setFont(font(device, 9, true));
        paintRow(p, l, y, headers, right, true);
        y += l.rowHeight;
        const int last = page + 1 < pages ? l.firstRowOfPage.at(page + 1) : rows;
        for (int r = l.firstRowOfPage.at(page); r < last; ++r) {
            const bool totals = r >= t.rows.size();
            p.setFont(font(device, 9, totals));
            QStringList cells;
            for (int c = 0; c < t.columns.size(); ++c)
                cells << t.displayText(totals ? -1 : r, c);
            paintRow(p, l, y, cells, right, false);
            y += l.rowHeight;
        }
        p.setFont(font(device, 8));
        p.drawText(QRect(0, l.page.height() - l.footerHeight / 2, l.page.width(), l.footerHeight / 2), Qt::AlignCenter,
                   QStringLiteral("%1 / %2").arg(page + 1).arg(pages));
    }
}

Status ReportPrinter::writePdf(const Document& document, const QString& path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(document.table.title);
    writer.setCreator(QStringLiteral("Ketong CRM"));
    paint(document, &writer);
    if (!QFile::exists(path))
        return Error(ErrorCode::Io, tr("Cannot write %1").arg(path), QStringLiteral("file"));
    return {};
}

} // namespace ketong
