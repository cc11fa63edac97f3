#include "ListPanel.h"

#include "common/TableLook.h"
#include "models/PagedListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace ketong {

ListPanel::ListPanel(DatabasePtr db, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_model(new PagedListModel(std::move(db), this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    m_table->setObjectName(name + QStringLiteral("TableView"));
    m_countLabel->setObjectName(name + QStringLiteral("CountLabel"));
    m_messageLabel->setObjectName(name + QStringLiteral("MessageLabel"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableLook::setRows(m_table);
    m_table->installEventFilter(this);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #666;"));
    m_messageLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_messageLabel, 1);
    bottom->addWidget(m_countLabel);
    layout->addLayout(bottom);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()))
            Q_EMIT activated(id);
    });
    connect(m_model, &PagedListModel::totalCountKnown, this, &ListPanel::updateCount);
    connect(m_model, &PagedListModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            fitColumns();
    });
    connect(m_model, &PagedListModel::rowsInserted, this, &ListPanel::fitColumns);
    connect(m_model, &PagedListModel::modelReset, this, &ListPanel::updateCount);
    connect(m_model, &PagedListModel::errorOccurred, this,
            [this](const Error& error) { m_messageLabel->setText(error.message()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPanel::currentChanged);
    connect(m_model, &PagedListModel::modelReset, this, &ListPanel::currentChanged);
}

ListPanel::~ListPanel() = default;

void ListPanel::setQuery(const ListQuery& query)
{
    m_messageLabel->clear();
    m_fitted = false;
    m_model->setQuery(query);
    if (!m_stretchKey.isEmpty())
        TableLook::setStretchColumn(m_table, query.columnIndex(m_stretchKey));
    // Show the query's own order in the header without asking the model to sort again.
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(query.sortColumn, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ListPanel::fitColumns()
{
    if (m_fitted || m_model->rowCount() == 0)
        return;
    m_fitted = true;
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, qBound(60, header->sectionSize(c) + 12, 420));
}

void ListPanel::refresh()
{
    m_model->refresh();
}

qint64 ListPanel::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

QVariant ListPanel::currentValue(const QString& key) const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    const auto& columns = m_model->query().columns;
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c).key == key)
            return m_model->data(m_model->index(current.row(), c), PagedListModel::SortRole);
    }
    return {};
}

bool ListPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const qint64 id = currentId();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && id) {
            Q_EMIT activated(id);
            return true;
        }
        if (key == Qt::Key_Delete && id) {
            Q_EMIT deleteRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCount();
    QWidget::changeEvent(event);
}

void ListPanel::updateCount()
{
    const int total = m_model->totalCount();
    m_countLabel->setText(total < 0 ? tr("Loading…") : tr("%n record(s)", nullptr, total));
    if (total == 0 && m_messageLabel->text().isEmpty())
        m_messageLabel->setText(tr("Nothing matches the filter."));
    else if (total > 0 && m_messageLabel->text() == tr("Nothing matches the filter."))
        m_messageLabel->clear();
}

} // namespace ketong
