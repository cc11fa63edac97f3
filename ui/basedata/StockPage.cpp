#include "StockPage.h"

#include "ListPanel.h"
#include "basedata/Inventory.h"
#include "common/ListOutput.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

StockPage::StockPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_productLabel(new QLabel(this))
    , m_productEdit(new QLineEdit(this))
    , m_warehouseLabel(new QLabel(this))
    , m_warehouseCombo(new QComboBox(this))
    , m_searchButton(new QPushButton(this))
    , m_list(new ListPanel(workspace.db, QStringLiteral("stock"), this))
{
    setObjectName(QStringLiteral("stockPage"));
    m_list->setStretchColumn(QStringLiteral("product"));
    m_productEdit->setObjectName(QStringLiteral("productLineEdit"));
    m_warehouseCombo->setObjectName(QStringLiteral("warehouseComboBox"));
    m_searchButton->setObjectName(QStringLiteral("searchPushButton"));
    m_warehouseCombo->addItem(QString(), QString());
    if (auto warehouses = Inventory(*workspace.db, workspace.session).warehouses()) {
        for (const QString& w : std::as_const(*warehouses))
            m_warehouseCombo->addItem(w, w);
    }
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_productLabel);
    filters->addWidget(m_productEdit);
    filters->addWidget(m_warehouseLabel);
    filters->addWidget(m_warehouseCombo);
    filters->addWidget(m_searchButton);
    filters->addStretch();
    filters->addWidget(new ListOutput(this, m_list->model(), this, workspace.db)); // 打印 / 导出
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    connect(m_searchButton, &QPushButton::clicked, this, &StockPage::search);
    connect(m_productEdit, &QLineEdit::returnPressed, this, &StockPage::search);
    connect(m_warehouseCombo, &QComboBox::activated, this, &StockPage::search);
    retranslateUi();
    search();
}

StockPage::~StockPage() = default;

void StockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StockPage::retranslateUi()
{
    m_productLabel->setText(tr("Product"));
    m_warehouseLabel->setText(tr("Warehouse"));
    m_warehouseCombo->setItemText(0, tr("All"));
    m_searchButton->setText(tr("Search"));
}

void StockPage::search()
{
    auto query = Inventory(*m_workspace.db, m_workspace.session)
                     .list({m_productEdit->text(), m_warehouseCombo->currentData().toString()});
    if (query)
        m_list->setQuery(*query);
}

} // namespace ketong
