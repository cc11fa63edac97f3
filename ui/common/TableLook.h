#pragma once

class QTableView;
class QWidget;

namespace ketong {

/// How every table of the program looks (issue 27 item 15), decided here and nowhere else:
///  * one row height for every table (lists, dialogs, reports, tables with editors and buttons in a row);
///  * one column that takes the width the others leave — the one a page names (the customer's name, the
///    summary), never a trailing number. In a narrow window it gives way first (its text elides, down to its
///    title or a few characters), so the trailing columns stay in sight.
class TableLook
{
public:
    /// The row height of every table: the line of text plus room for an editor or a button in the row.
    static int rowHeight(const QWidget* table);
    /// Gives `table` fixed rows of rowHeight() (a million rows, one height) and hides no header.
    static void setRows(QTableView* table);
    /// Makes `column` (a logical index) fill the width the other columns leave whenever the table or a
    /// column is resized (as QHeaderView::Stretch, with a readable minimum); the last column stops stretching.
    /// The user sizes the other columns. -1 gives the stretch back to the last column.
    static void setStretchColumn(QTableView* table, int column);
    /// The column setStretchColumn() gave `table`, or -1.
    static int stretchColumn(const QTableView* table);
};

} // namespace ketong
