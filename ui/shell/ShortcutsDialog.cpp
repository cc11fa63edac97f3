#include "ShortcutsDialog.h"

#include "common/TableLook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

ShortcutsDialog::ShortcutsDialog(QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setColumnCount(2);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    resize(520, 420);
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does")});
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    const QList<std::pair<QString, QString>> rows{
        {tr("Enter / double click"), tr("Open the current record of a list")},
        {keys(QKeySequence::New), tr("New record (on a list page)")},
        {tr("Delete"), tr("Delete the current record (after a confirmation)")},
        {tr("Enter in a filter field"), tr("Search")},
        {keys(QKeySequence::Print), tr("Print preview of the list or report")},
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L).toString(QKeySequence::NativeText), tr("Lock the window now")},
        {tr("Esc"), tr("Close a dialog without saving")},
        {QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText), tr("This list of shortcuts")},
        {keys(QKeySequence::Quit), tr("Quit")},
    };
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace ketong
