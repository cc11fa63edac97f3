#include "PlanItemsTable.h"

#include "common/TableLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>

namespace ketong {

namespace {
QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}
} // namespace

PlanItemsTable::PlanItemsTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("planItemsTableWidget"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    TableLook::setRows(this);
    horizontalHeader()->setHighlightSections(false);
    setMinimumHeight(160);
    rebuild();
}

void PlanItemsTable::setMode(Mode mode)
{
    m_mode = mode;
    rebuild();
}

void PlanItemsTable::setItems(const QList<PlanItem>& items)
{
    // Saving one row reloads the plan; what is typed in the other rows and not saved yet stays.
    QHash<qint64, QString> typed;
    for (int row = 0; row < m_items.size(); ++row) {
        if (isDirty(row))
            typed.insert(m_items.at(row).id, editedText(row));
    }
    m_items = items;
    rebuild();
    for (int row = 0; row < m_items.size(); ++row) {
        if (typed.contains(m_items.at(row).id))
            editorAt(row)->setText(typed.value(m_items.at(row).id));
    }
}

int PlanItemsTable::editorColumn() const
{
    switch (m_mode) {
    case Mode::Plan:
        return 1;
    case Mode::Execute:
        return 2;
    case Mode::View:
        return -1;
    }
    return -1;
}

int PlanItemsTable::actionColumn() const
{
    switch (m_mode) {
    case Mode::Plan:
        return 2;
    case Mode::Execute:
        return 3;
    case Mode::View:
        return -1;
    }
    return -1;
}

void PlanItemsTable::rebuild()
{
    clearContents();
    setColumnCount(m_mode == Mode::Plan ? 3 : (m_mode == Mode::Execute ? 4 : 3));
    setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const PlanItem& item = m_items.at(row);
        setItem(row, 0, readOnlyItem(item.date.toString(QStringLiteral("yyyy-MM-dd"))));
        if (m_mode != Mode::Plan)
            setItem(row, 1, readOnlyItem(item.todo));
        if (m_mode == Mode::View) {
            setItem(row, 2, readOnlyItem(item.result));
            continue;
        }
        auto* editor = new QLineEdit(m_mode == Mode::Plan ? item.todo : item.result, this);
        editor->setObjectName(m_mode == Mode::Plan ? QStringLiteral("todoLineEdit") : QStringLiteral("resultLineEdit"));
        editor->setMaxLength(500);
        editor->setFrame(false);
        setCellWidget(row, editorColumn(), editor);
        connect(editor, &QLineEdit::returnPressed, this, [this, row] { Q_EMIT saveRequested(row); });

        auto* actions = new QWidget(this);
        auto* layout = new QHBoxLayout(actions);
        layout->setContentsMargins(2, 1, 2, 1);
        layout->setSpacing(4);
        auto* save = new QPushButton(actions);
        save->setObjectName(QStringLiteral("savePushButton"));
        layout->addWidget(save);
        connect(save, &QPushButton::clicked, this, [this, row] { Q_EMIT saveRequested(row); });
        if (m_mode == Mode::Plan) {
            auto* remove = new QPushButton(actions);
            remove->setObjectName(QStringLiteral("deletePushButton"));
            layout->addWidget(remove);
            connect(remove, &QPushButton::clicked, this, [this, row] { Q_EMIT deleteRequested(row); });
        }
        setCellWidget(row, actionColumn(), actions);
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    if (m_mode == Mode::Plan) {
        horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    } else {
        horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    }
    if (actionColumn() >= 0)
        horizontalHeader()->setSectionResizeMode(actionColumn(), QHeaderView::ResizeToContents);
    retranslateUi();
}

void PlanItemsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void PlanItemsTable::retranslateUi()
{
    QStringList headers{tr("Date"), m_mode == Mode::Plan ? tr("Plan item") : tr("Plan")};
    if (m_mode != Mode::Plan)
        headers << tr("Result");
    if (actionColumn() >= 0)
        headers << tr("Actions");
    setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rowCount(); ++row) {
        if (QLineEdit* editor = editorAt(row))
            editor->setPlaceholderText(m_mode == Mode::Plan ? tr("What to do") : tr("Type the result of this step"));
        if (QPushButton* save = saveButtonAt(row))
            save->setText(tr("Save"));
        if (QPushButton* remove = deleteButtonAt(row))
            remove->setText(tr("Delete"));
    }
}

QLineEdit* PlanItemsTable::editorAt(int row) const
{
    return editorColumn() < 0 ? nullptr : qobject_cast<QLineEdit*>(cellWidget(row, editorColumn()));
}

QPushButton* PlanItemsTable::saveButtonAt(int row) const
{
    QWidget* actions = actionColumn() < 0 ? nullptr : cellWidget(row, actionColumn());
    return actions ? actions->findChild<QPushButton*>(QStringLiteral("savePushButton")) : nullptr;
}

QPushButton* PlanItemsTable::deleteButtonAt(int row) const
{
    QWidget* actions = actionColumn() < 0 ? nullptr : cellWidget(row, actionColumn());
    return actions ? actions->findChild<QPushButton*>(QStringLiteral("deletePushButton")) : nullptr;
}

QString PlanItemsTable::editedText(int row) const
{
    QLineEdit* editor = editorAt(row);
    return editor ? editor->text() : QString();
}

bool PlanItemsTable::isDirty(int row) const
{
    if (!editorAt(row) || row < 0 || row >= m_items.size())
        return false;
    const PlanItem& item = m_items.at(row);
    const QString stored = m_mode == Mode::Plan ? item.todo : item.result;
    return editedText(row).trimmed() != stored;
}

bool PlanItemsTable::hasDirtyRows() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (isDirty(row))
            return true;
    }
    return false;
}

} // namespace ketong
