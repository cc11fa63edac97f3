#pragma once

#include "audit/AuditQuery.h"
#include "shell/Workspace.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ketong {

class AuditChangesView;

/// 审计日志: the audit trail filtered by time range, actor, record type, action and record id, newest
/// first; the chosen entry's fields before → after below; export of the filtered entries as CSV (UTF-8
/// with BOM, for Excel/WPS) or Excel. Queries and exports run off the GUI thread.
class AuditPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)
public:
    static constexpr int MaxRows = 1000;

    explicit AuditPage(const Workspace& workspace, QWidget* parent = nullptr);

    /// The filter as the form shows it.
    AuditFilter filter() const;
    /// Runs the query with the form's filter (loaded() follows).
    void search();
    /// Clears the filter (the last 30 days) and searches.
    void resetFilter();
    /// Writes the filtered entries to `path` as "csv" or "xlsx" (exported() follows).
    void exportTo(const QString& path, const QString& format);
    const QList<AuditEntry>& entries() const { return m_entries; }
    /// True while a search runs (only the newest search's result is shown).
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();
    void exported(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillChoices();
    void fill();
    void chooseExport(const QString& format);

    const Workspace& m_workspace;
    QList<AuditEntry> m_entries;
    bool m_truncated = false;
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
    QLabel* m_titleLabel;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_actorLabel;
    QLabel* m_entityLabel;
    QLabel* m_actionLabel;
    QLabel* m_recordLabel;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QComboBox* m_actorCombo;
    QComboBox* m_entityCombo;
    QComboBox* m_actionCombo;
    QLineEdit* m_recordEdit;
    QPushButton* m_searchButton;
    QPushButton* m_resetButton;
    QTableWidget* m_table;
    AuditChangesView* m_changes;
    QLabel* m_countLabel;
    QPushButton* m_csvButton;
    QPushButton* m_xlsxButton;
};

} // namespace ketong
