#pragma once

#include "sales/SalesChance.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ketong {

/// The query fields of both chance lists (SPEC §5.2.1, §5.2.5): 客户名称, 概要, 联系人, each "contains".
class ChanceFilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChanceFilterBar)
public:
    explicit ChanceFilterBar(QWidget* parent = nullptr);

    ChanceFilter filter() const;
    void clear();

Q_SIGNALS:
    /// Return was pressed in one of the fields.
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_customerLabel;
    QLineEdit* m_customerEdit;
    QLabel* m_titleLabel;
    QLineEdit* m_titleEdit;
    QLabel* m_contactLabel;
    QLineEdit* m_contactEdit;
};

} // namespace ketong
