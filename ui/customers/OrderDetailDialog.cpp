#include "OrderDetailDialog.h"

#include "common/TableLook.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

OrderDetailDialog::OrderDetailDialog(const Workspace& workspace, qint64 orderId, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_numberValue(new QLabel(this))
    , m_dateValue(new QLabel(this))
    , m_addressValue(new QLabel(this))
    , m_totalValue(new QLabel(this))
    , m_statusValue(new QLabel(this))
    , m_lines(new QTableWidget(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("orderDetailDialog"));
    m_numberValue->setObjectName(QStringLiteral("orderNoValueLabel"));
    m_totalValue->setObjectName(QStringLiteral("totalValueLabel"));
    m_lines->setObjectName(QStringLiteral("linesTableWidget"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    for (QLabel* value : {m_numberValue, m_dateValue, m_addressValue, m_totalValue, m_statusValue}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(new QLabel(this), value);
    }
    QFont bold = m_totalValue->font();
    bold.setBold(true);
    m_totalValue->setFont(bold);
    m_lines->setColumnCount(5);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->verticalHeader()->hide();
    TableLook::setRows(m_lines);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_lines, 1);
    layout->addLayout(buttons);
    resize(760, 420);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto order = OrderHistory(*workspace.db, workspace.session).load(orderId);
    if (order)
        m_order = *order;
    else
        m_addressValue->setText(order.error().message());
    fill();
    retranslateUi();
}

QString OrderDetailDialog::formatYuan(qint64 fen)
{
    const QLocale locale;
    return locale.toString(fen / 100) + locale.decimalPoint() +
           QStringLiteral("%1").arg(fen % 100, 2, 10, QLatin1Char('0'));
}

void OrderDetailDialog::fill()
{
    if (m_order.id == 0)
        return;
    m_numberValue->setText(m_order.orderNo);
    m_dateValue->setText(m_order.date.toString(QStringLiteral("yyyy-MM-dd")));
    m_addressValue->setText(m_order.address);
    m_totalValue->setText(formatYuan(m_order.total));
    m_lines->setRowCount(int(m_order.lines.size()));
    const QLocale locale;
    for (int r = 0; r < m_order.lines.size(); ++r) {
        const OrderLine& line = m_order.lines.at(r);
        const QStringList cells{line.product, locale.toString(line.quantity), line.unit, formatYuan(line.price),
                                formatYuan(line.amount)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 1 || c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_lines->setItem(r, c, item);
        }
    }
}

void OrderDetailDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OrderDetailDialog::retranslateUi()
{
    setWindowTitle(tr("Order details %1").arg(m_order.orderNo));
    const QStringList labels{tr("Order No."), tr("Date"), tr("Delivery address"), tr("Total (yuan)"), tr("Status")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    if (m_order.id > 0)
        m_statusValue->setText(OrderHistory::statusLabel(m_order.status));
    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Quantity"), tr("Unit"), tr("Unit price (yuan)"), tr("Amount (yuan)")});
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_closeButton->setText(tr("Back"));
}

} // namespace ketong
