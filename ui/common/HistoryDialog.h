#pragma once

#include "audit/AuditQuery.h"
#include "shell/Workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace ketong {

class AuditChangesView;

/// 变更记录: every audit entry about one record, newest first, with the selected entry's fields before →
/// after. Shown by HistoryButton; refuses (with the core's message) when the role may not read it.
class HistoryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)
public:
    /// `what` names the record for the title ("客户 聪海信息科技有限公司").
    HistoryDialog(const Workspace& workspace, const QString& entity, const QString& recordId, const QString& what,
                  QWidget* parent = nullptr);

    /// Loads the entries; false (with the message shown in the dialog) when refused or failed.
    bool reload();
    int entryCount() const { return int(m_entries.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    const Workspace& m_workspace;
    QString m_entity;
    QString m_recordId;
    QString m_what;
    QList<AuditEntry> m_entries;
    QLabel* m_messageLabel;
    QTableWidget* m_table;
    AuditChangesView* m_changes;
    QDialogButtonBox* m_buttons;
};

} // namespace ketong
