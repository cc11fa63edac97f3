#include "RecordListDialog.h"

#include "common/MessageBox.h"
#include "common/TableLook.h"
#include "models/PagedListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ketong {

RecordListDialog::RecordListDialog(const Workspace& workspace, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
    , m_headerLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new PagedListModel(workspace.db, this))
    , m_buttons(new QHBoxLayout)
    , m_closeButton(new QPushButton(this))
{
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_view->setObjectName(QStringLiteral("recordsTableView"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    m_closeButton->setAutoDefault(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    TableLook::setRows(m_view);
    QFont bold = m_headerLabel->font();
    bold.setBold(true);
    m_headerLabel->setFont(bold);

    m_buttons->addStretch();
    m_buttons->addWidget(m_countLabel);
    m_buttons->addSpacing(12);
    m_buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);
    resize(820, 480);

    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()))
            activate(id);
    });
    connect(m_model, &PagedListModel::totalCountKnown, this,
            [this](int count) { m_countLabel->setText(tr("%n record(s)", nullptr, count)); });
    connect(m_model, &PagedListModel::loadingChanged, this, [this](bool loading) {
        if (loading || m_sized || m_model->rowCount() == 0)
            return;
        m_sized = true;
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qBound(60, m_view->columnWidth(c) + 12, 320));
    });
    connect(m_model, &PagedListModel::errorOccurred, this,
            [this](const Error& error) { m_countLabel->setText(error.message()); });
}

qint64 RecordListDialog::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void RecordListDialog::setQuery(const Result<ListQuery>& query)
{
    if (!query) {
        MessageBox::warning(this, windowTitle(), query.error().message());
        return;
    }
    m_sized = false;
    m_model->setQuery(*query);
    if (query->sortColumn >= 0)
        m_view->horizontalHeader()->setSortIndicator(query->sortColumn,
                                                     query->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QPushButton* RecordListDialog::addButton(const char* objectName)
{
    auto* b = new QPushButton(this);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAutoDefault(false);
    m_buttons->insertWidget(m_buttons->count() - 4, b);
    return b;
}

void RecordListDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordListDialog::retranslateUi()
{
    m_headerLabel->setText(tr("Customer code: %1    Customer name: %2").arg(m_customer.code, m_customer.name));
    m_closeButton->setText(tr("Back"));
    const int count = m_model->totalCount();
    if (count >= 0)
        m_countLabel->setText(tr("%n record(s)", nullptr, count));
}

void RecordListDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::New)) {
        newRecord();
        return;
    }
    if (event->key() == Qt::Key_Delete) {
        if (const qint64 id = currentId())
            deleteRecord(id);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_view->hasFocus()) {
        if (const qint64 id = currentId())
            activate(id);
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace ketong
