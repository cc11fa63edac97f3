#pragma once

#include "audit/AuditQuery.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace ketong {

/// One audit entry in words: who did what when, above a table of its fields with the value before and
/// after (AuditQuery::changes). Used by the 审计日志 page and by every record's 变更记录 dialog.
class AuditChangesView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditChangesView)
public:
    explicit AuditChangesView(QWidget* parent = nullptr);

    void setEntry(const AuditEntry& entry);
    void clear();
    const AuditEntry& entry() const { return m_entry; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    AuditEntry m_entry;
    QLabel* m_headerLabel;
    QTableWidget* m_table;
};

} // namespace ketong
