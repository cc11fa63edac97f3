#pragma once

#include "shell/Workspace.h"

#include <QPushButton>

namespace ketong {

/// The 变更记录 (history) button of a record dialog. Any module's dialog adds one:
///
///     auto* history = new HistoryButton(workspace, QStringLiteral("customers"), this);
///     history->setRecord(QString::number(customer.id), tr("Customer %1").arg(customer.name));
///     buttonBox->addButton(history, QDialogButtonBox::ResetRole);
///
/// It is hidden for roles that may not read the history of `entity` (AuditQuery::mayReadHistory) and
/// disabled until the dialog shows a saved record. Clicking opens a HistoryDialog.
class HistoryButton : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryButton)
public:
    HistoryButton(const Workspace& workspace, QString entity, QWidget* parent = nullptr);

    /// The record the button shows the history of; an empty id (a new record) disables the button.
    void setRecord(const QString& recordId, const QString& what);
    /// Opens the history dialog (modal) for the current record.
    void showHistory();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Workspace& m_workspace;
    QString m_entity;
    QString m_recordId;
    QString m_what;
};

} // namespace ketong
