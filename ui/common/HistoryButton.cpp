#include "HistoryButton.h"

#include "HistoryDialog.h"
#include "audit/AuditQuery.h"

#include <QEvent>

namespace ketong {

HistoryButton::HistoryButton(const Workspace& workspace, QString entity, QWidget* parent)
    : QPushButton(parent)
    , m_workspace(workspace)
    , m_entity(std::move(entity))
{
    setObjectName(QStringLiteral("historyPushButton"));
    setVisible(AuditQuery::mayReadHistory(m_workspace.session, m_entity));
    setEnabled(false);
    setAutoDefault(false);
    connect(this, &QPushButton::clicked, this, &HistoryButton::showHistory);
    retranslateUi();
}

void HistoryButton::setRecord(const QString& recordId, const QString& what)
{
    m_recordId = recordId;
    m_what = what;
    setEnabled(!recordId.isEmpty());
}

void HistoryButton::showHistory()
{
    if (m_recordId.isEmpty())
        return;
    HistoryDialog dialog(m_workspace, m_entity, m_recordId, m_what, window());
    dialog.exec();
}

void HistoryButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void HistoryButton::retranslateUi()
{
    setText(tr("History…"));
    setToolTip(tr("Who changed this record, when, and what they changed"));
}

} // namespace ketong
