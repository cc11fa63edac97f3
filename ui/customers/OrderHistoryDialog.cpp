#include "OrderHistoryDialog.h"

#include "OrderDetailDialog.h"
#include "customers/OrderHistory.h"

#include <QPushButton>

namespace ketong {

OrderHistoryDialog::OrderHistoryDialog(const Workspace& workspace, const Customer& customer, QWidget* parent)
    : RecordListDialog(workspace, customer, parent)
    , m_detailButton(addButton("detailPushButton"))
{
    setObjectName(QStringLiteral("orderHistoryDialog"));
    connect(m_detailButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentId())
            activate(id);
    });
    setQuery(OrderHistory(*workspace.db, workspace.session).listQuery(customer.id));
    retranslateUi();
}

void OrderHistoryDialog::retranslateUi()
{
    RecordListDialog::retranslateUi();
    setWindowTitle(tr("History orders of %1").arg(m_customer.name));
    m_detailButton->setText(tr("View details"));
}

void OrderHistoryDialog::activate(qint64 id)
{
    OrderDetailDialog(m_workspace, id, this).exec();
}

} // namespace ketong
