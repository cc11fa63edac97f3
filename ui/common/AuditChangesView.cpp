#include "AuditChangesView.h"

#include "TableLook.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

AuditChangesView::AuditChangesView(QWidget* parent)
    : QWidget(parent)
    , m_headerLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("auditChangesView"));
    m_headerLabel->setObjectName(QStringLiteral("auditEntryLabel"));
    m_table->setObjectName(QStringLiteral("auditChangesTableWidget"));
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void AuditChangesView::setEntry(const AuditEntry& entry)
{
    m_entry = entry;
    fill();
}

void AuditChangesView::clear()
{
    m_entry = AuditEntry();
    fill();
}

void AuditChangesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditChangesView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    fill(); // labels and values are words in the current language
}

void AuditChangesView::fill()
{
    m_table->setRowCount(0);
    if (m_entry.id == 0) {
        m_headerLabel->setText(tr("Choose an entry to see what changed."));
        return;
    }
    m_headerLabel->setText(tr("%1 · %2 · %3 · %4 %5")
                               .arg(m_entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    m_entry.actorText(), AuditQuery::actionLabel(m_entry.action, m_entry.entity),
                                    AuditQuery::entityLabel(m_entry.entity),
                                    AuditQuery::recordText(m_entry.entity, m_entry.recordId)));
    const QList<AuditChange> changes = AuditQuery::changes(m_entry);
    m_table->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const AuditChange& c = changes.at(row);
        auto* field = new QTableWidgetItem(c.label);
        field->setToolTip(c.field);
        m_table->setItem(row, 0, field);
        m_table->setItem(row, 1, new QTableWidgetItem(c.before));
        auto* after = new QTableWidgetItem(c.after);
        if (c.before != c.after) {
            QFont bold = after->font();
            bold.setBold(true);
            after->setFont(bold);
        }
        m_table->setItem(row, 2, after);
    }
}

} // namespace ketong
