#pragma once

class QTableView;
class QWidget;

namespace ketong {

/// How every table of the program looks (issue 27 item 15), decided here and nowhere else:
///  * one row height for every table (lists, dialogs, reports, tables with editors and buttons in a row);
///  * one column that takes the width the others leave — the one a page names (the customer's name, the
///    summary), never a trailing number — and no longer than the room, never narrower than its content.
class TableLook
{
public:
    /// The row height of every table: the line of text plus room for an editor or a button in the row.
    static int rowHeight(const QWidget* table);
    /// Gives `table` fixed rows of rowHeight() (a million rows, one height) and hides no header.
    static void setRows(QTableView* table);
    /// Makes `column` (a logical index) fill the width the other columns leave whenever the table or a
    /// column is resized; the last column stops stretching. The user may still widen it (the table then
    /// scrolls). -1 gives the stretch back to the last column.
    static void setStretchColumn(QTableView* table, int column);
    /// The column setStretchColumn() gave `table`, or -1.
    static int stretchColumn(const QTableView* table);
};

} // namespace ketong
