#pragma once

#include "shell/Workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class ListPanel;

/// 查询产品信息 (SPEC §5.6.2): filters 名称 / 型号 / 批次 (contains), the read-only product list.
class ProductsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)
public:
    ProductsPage(const Workspace& workspace, QWidget* parent = nullptr);
    ~ProductsPage() override;
    ListPanel* list() const { return m_list; }

public Q_SLOTS:
    void search();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const Workspace& m_workspace;
    QLabel* m_nameLabel;
    QLineEdit* m_nameEdit;
    QLabel* m_modelLabel;
    QLineEdit* m_modelEdit;
    QLabel* m_batchLabel;
    QLineEdit* m_batchEdit;
    QPushButton* m_searchButton;
    ListPanel* m_list;
};

} // namespace ketong
