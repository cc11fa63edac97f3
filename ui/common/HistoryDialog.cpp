#include "HistoryDialog.h"

#include "AuditChangesView.h"
#include "TableLook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

HistoryDialog::HistoryDialog(const Workspace& workspace, const QString& entity, const QString& recordId,
                             const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_entity(entity)
    , m_recordId(recordId)
    , m_what(what)
    , m_messageLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_changes(new AuditChangesView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_table->setObjectName(QStringLiteral("historyTableWidget"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_messageLabel->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            m_changes->setEntry(m_entries.at(row));
        else
            m_changes->clear();
    });
    retranslateUi();
    reload();
}

bool HistoryDialog::reload()
{
    const auto entries = AuditQuery(*m_workspace.db, m_workspace.session).history(m_entity, m_recordId);
    if (!entries) {
        m_entries.clear();
        m_messageLabel->setText(entries.error().message());
        fill();
        return false;
    }
    m_entries = *entries;
    m_messageLabel->clear();
    fill();
    return true;
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslateUi()
{
    setWindowTitle(tr("History of %1").arg(m_what));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Action"), tr("Changes")});
    fill();
}

void HistoryDialog::fill()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& e = m_entries.at(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_table->setItem(row, 1, new QTableWidgetItem(e.actorText()));
        m_table->setItem(row, 2, new QTableWidgetItem(AuditQuery::actionLabel(e.action, e.entity)));
        m_table->setItem(row, 3, new QTableWidgetItem(AuditQuery::summary(e)));
    }
    for (int column = 0; column < 3; ++column)
        m_table->resizeColumnToContents(column);
    if (m_entries.isEmpty()) {
        m_changes->clear();
        if (m_messageLabel->text().isEmpty())
            m_messageLabel->setText(tr("Nothing has been recorded about this record yet."));
        return;
    }
    m_table->setCurrentCell(qBound(0, current, int(m_entries.size()) - 1), 0);
    m_messageLabel->setText(tr("%n change(s) recorded, newest first.", nullptr, int(m_entries.size())));
}

} // namespace ketong
