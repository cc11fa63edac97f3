#pragma once

#include "sales/PlanItem.h"

#include <QTableWidget>

class QLineEdit;
class QPushButton;

namespace ketong {

/// The grid of a chance's plan items (SPEC §5.2.6–5.2.8):
///  * Plan: 日期 (read-only) | 计划项 (editable) | 保存 删除 per row;
///  * Execute: 日期 | 计划 | 执行效果 (editable) | 保存 per row;
///  * View: 日期 | 计划 | 执行效果, all read-only.
/// The table only shows and collects; the dialog calls the core when a row asks to be saved or deleted.
class PlanItemsTable : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanItemsTable)
public:
    enum class Mode { Plan, Execute, View };

    explicit PlanItemsTable(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setItems(const QList<PlanItem>& items);
    const QList<PlanItem>& items() const { return m_items; }

    /// The text typed in a row's editor (计划项 in Plan mode, 执行效果 in Execute mode).
    QString editedText(int row) const;
    /// True when a row's editor differs from what is stored.
    bool isDirty(int row) const;
    bool hasDirtyRows() const;

    QLineEdit* editorAt(int row) const;
    QPushButton* saveButtonAt(int row) const;
    QPushButton* deleteButtonAt(int row) const;

Q_SIGNALS:
    void saveRequested(int row);
    void deleteRequested(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslateUi();
    int editorColumn() const;
    int actionColumn() const;

    Mode m_mode = Mode::Plan;
    QList<PlanItem> m_items;
};

} // namespace ketong
