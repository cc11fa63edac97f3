#pragma once

#include "sales/SalesChance.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace ketong {

/// The read-only detail of a chance at the top of the 指派, 制定计划, 执行计划 and 查看 screens
/// (SPEC §5.2.4–5.2.8): every field of SPEC §3.4, with the status when asked.
class ChanceDetailView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChanceDetailView)
public:
    explicit ChanceDetailView(QWidget* parent = nullptr);

    void setChance(const SalesChance& chance);
    /// Shows the 状态 row (查看) — off by default.
    void setStatusVisible(bool visible);
    /// The value shown for a field key (tests): id, source, customerName, rate, title, contact, contactTel,
    /// description, createdBy, createdAt, assignedTo, assignedAt, status.
    QString valueText(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString key;
        QLabel* label;
        QLabel* value;
    };
    void addRow(const QString& key, int row, int column, int span = 1);
    void retranslateUi();
    void showValues();

    QGridLayout* m_grid;
    QList<Row> m_rows;
    SalesChance m_chance;
    bool m_statusVisible = false;
};

} // namespace ketong
