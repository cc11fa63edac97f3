#include "TableLook.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

namespace ketong {

namespace {
/// Keeps one column of a table as wide as the room the others leave (a child of the table).
class ColumnFiller : public QObject
{
public:
    ColumnFiller(QTableView* table, int column)
        : QObject(table)
        , m_table(table)
        , m_column(column)
    {
        setObjectName(QStringLiteral("columnFiller"));
        QHeaderView* header = table->horizontalHeader();
        table->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, &ColumnFiller::onSectionResized);
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFiller::fill);
        connect(header, &QHeaderView::sectionMoved, this, &ColumnFiller::fill);
        fill();
    }

    int column() const { return m_column; }
    void setColumn(int column)
    {
        m_column = column;
        fill();
    }

    void fill()
    {
        QHeaderView* header = m_table->horizontalHeader();
        header->setStretchLastSection(false); // a restored header state may bring it back
        if (m_column < 0 || m_column >= header->count() || header->isSectionHidden(m_column))
            return;
        int others = 0;
        for (int i = 0; i < header->count(); ++i) {
            if (i != m_column && !header->isSectionHidden(i))
                others += header->sectionSize(i);
        }
        // The room the others leave; in a narrow window the names elide first (down to their title or a few
        // characters) rather than pushing the trailing columns out of sight.
        const int room = m_table->viewport()->width() - others;
        const int minimum = qMax(header->sectionSizeHint(m_column), 8 * m_table->fontMetrics().averageCharWidth());
        const int width = qMax(minimum, room);
        if (header->sectionSize(m_column) == width)
            return;
        m_filling = true;
        header->resizeSection(m_column, width);
        m_filling = false;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            fill();
        return QObject::eventFilter(watched, event);
    }

private:
    void onSectionResized()
    {
        if (!m_filling)
            fill(); // another column changed (or someone sized this one): it takes the room again
    }

    QPointer<QTableView> m_table;
    int m_column = -1;
    bool m_filling = false;
};

ColumnFiller* fillerOf(const QTableView* table)
{
    return table->findChild<ColumnFiller*>(QStringLiteral("columnFiller"), Qt::FindDirectChildrenOnly);
}
} // namespace

int TableLook::rowHeight(const QWidget* table)
{
    // A line of the table's font with a margin that also fits a line edit or a push button in a row.
    return QFontMetrics(table->font()).lineSpacing() + 12;
}

void TableLook::setRows(QTableView* table)
{
    QHeaderView* rows = table->verticalHeader();
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(rowHeight(table));
    rows->setSectionResizeMode(QHeaderView::Fixed);
}

void TableLook::setStretchColumn(QTableView* table, int column)
{
    ColumnFiller* filler = fillerOf(table);
    if (column < 0) {
        delete filler;
        table->horizontalHeader()->setStretchLastSection(true);
        return;
    }
    if (filler)
        filler->setColumn(column);
    else
        new ColumnFiller(table, column);
}

int TableLook::stretchColumn(const QTableView* table)
{
    const ColumnFiller* filler = fillerOf(table);
    return filler ? filler->column() : -1;
}

} // namespace ketong
