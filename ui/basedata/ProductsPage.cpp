#include "ProductsPage.h"

#include "ListPanel.h"
#include "basedata/ProductCatalog.h"
#include "common/ListOutput.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

ProductsPage::ProductsPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_modelLabel(new QLabel(this))
    , m_modelEdit(new QLineEdit(this))
    , m_batchLabel(new QLabel(this))
    , m_batchEdit(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_list(new ListPanel(workspace.db, QStringLiteral("products"), this))
{
    setObjectName(QStringLiteral("productsPage"));
    m_list->setStretchColumn(QStringLiteral("name"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_modelEdit->setObjectName(QStringLiteral("modelLineEdit"));
    m_batchEdit->setObjectName(QStringLiteral("batchLineEdit"));
    m_searchButton->setObjectName(QStringLiteral("searchPushButton"));
    auto* filters = new QHBoxLayout;
    for (auto [label, edit] : {std::pair{m_nameLabel, m_nameEdit}, std::pair{m_modelLabel, m_modelEdit},
                               std::pair{m_batchLabel, m_batchEdit}}) {
        filters->addWidget(label);
        filters->addWidget(edit);
        connect(edit, &QLineEdit::returnPressed, this, &ProductsPage::search);
    }
    filters->addWidget(m_searchButton);
    filters->addStretch();
    filters->addWidget(new ListOutput(this, m_list->model(), this, workspace.db)); // 打印 / 导出
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    connect(m_searchButton, &QPushButton::clicked, this, &ProductsPage::search);
    retranslateUi();
    search();
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProductsPage::retranslateUi()
{
    m_nameLabel->setText(tr("Name"));
    m_modelLabel->setText(tr("Model"));
    m_batchLabel->setText(tr("Grade/batch"));
    m_searchButton->setText(tr("Search"));
}

void ProductsPage::search()
{
    auto query = ProductCatalog(*m_workspace.db, m_workspace.session)
                     .list({m_nameEdit->text(), m_modelEdit->text(), m_batchEdit->text()});
    if (query)
        m_list->setQuery(*query);
}

} // namespace ketong
