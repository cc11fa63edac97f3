#pragma once

#include "shell/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class ListPanel;

/// 查询库存 (SPEC §5.6.3): filters 产品 (name contains) and 仓库; the read-only stock list with the product
/// shown as 名称-型号-批次.
class StockPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockPage)
public:
    StockPage(const Workspace& workspace, QWidget* parent = nullptr);
    ~StockPage() override;
    ListPanel* list() const { return m_list; }

public Q_SLOTS:
    void search();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Workspace& m_workspace;
    QLabel* m_productLabel;
    QLineEdit* m_productEdit;
    QLabel* m_warehouseLabel;
    QComboBox* m_warehouseCombo;
    QPushButton* m_searchButton;
    ListPanel* m_list;
};

} // namespace ketong
