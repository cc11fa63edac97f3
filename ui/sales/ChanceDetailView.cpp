#include "ChanceDetailView.h"

#include "sales/ChanceService.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace ketong {

namespace {
QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

ChanceDetailView::ChanceDetailView(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("chanceDetailView"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    addRow(QStringLiteral("id"), 0, 0);
    addRow(QStringLiteral("source"), 0, 2);
    addRow(QStringLiteral("customerName"), 1, 0);
    addRow(QStringLiteral("rate"), 1, 2);
    addRow(QStringLiteral("title"), 2, 0, 3);
    addRow(QStringLiteral("contact"), 3, 0);
    addRow(QStringLiteral("contactTel"), 3, 2);
    addRow(QStringLiteral("description"), 4, 0, 3);
    addRow(QStringLiteral("createdBy"), 5, 0);
    addRow(QStringLiteral("createdAt"), 5, 2);
    addRow(QStringLiteral("assignedTo"), 6, 0);
    addRow(QStringLiteral("assignedAt"), 6, 2);
    addRow(QStringLiteral("status"), 7, 0);
    setStatusVisible(false);
    retranslateUi();
}

void ChanceDetailView::addRow(const QString& key, int row, int column, int span)
{
    auto* label = new QLabel(this);
    auto* value = new QLabel(this);
    value->setObjectName(key + QStringLiteral("ValueLabel"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setMinimumWidth(120);
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(label, row, column);
    m_grid->addWidget(value, row, column + 1, 1, span);
    m_rows.append({key, label, value});
}

void ChanceDetailView::setChance(const SalesChance& chance)
{
    m_chance = chance;
    showValues();
}

void ChanceDetailView::setStatusVisible(bool visible)
{
    m_statusVisible = visible;
    showValues();
}

QString ChanceDetailView::valueText(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return row.value->text();
    }
    return {};
}

void ChanceDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChanceDetailView::retranslateUi()
{
    const QHash<QString, QString> labels{{QStringLiteral("id"), tr("No.:")},
                                         {QStringLiteral("source"), tr("Source:")},
                                         {QStringLiteral("customerName"), tr("Customer name:")},
                                         {QStringLiteral("rate"), tr("Success rate (%):")},
                                         {QStringLiteral("title"), tr("Summary:")},
                                         {QStringLiteral("contact"), tr("Contact:")},
                                         {QStringLiteral("contactTel"), tr("Contact phone:")},
                                         {QStringLiteral("description"), tr("Description:")},
                                         {QStringLiteral("createdBy"), tr("Created by:")},
                                         {QStringLiteral("createdAt"), tr("Created:")},
                                         {QStringLiteral("assignedTo"), tr("Assigned to:")},
                                         {QStringLiteral("assignedAt"), tr("Assigned:")},
                                         {QStringLiteral("status"), tr("Status:")}};
    for (const Row& row : std::as_const(m_rows))
        row.label->setText(labels.value(row.key));
    showValues(); // the status word is translated
}

void ChanceDetailView::showValues()
{
    const SalesChance& c = m_chance;
    const QHash<QString, QString> values{
        {QStringLiteral("id"), c.id > 0 ? QString::number(c.id) : QString()},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("customerName"), c.customerName},
        {QStringLiteral("rate"), c.id > 0 ? QString::number(c.rate) : QString()},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("contact"), c.contact},
        {QStringLiteral("contactTel"), c.contactTel},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("createdBy"), c.createdByName},
        {QStringLiteral("createdAt"), timeText(c.createdAt)},
        {QStringLiteral("assignedTo"), c.assignedToName},
        {QStringLiteral("assignedAt"), timeText(c.assignedAt)},
        {QStringLiteral("status"), c.id > 0 ? ChanceService::statusLabel(c.status) : QString()}};
    for (const Row& row : std::as_const(m_rows)) {
        row.value->setText(values.value(row.key));
        // 指派给/指派时间 only once assigned; 状态 only where asked (查看).
        bool visible = true;
        if (row.key == QLatin1String("assignedTo") || row.key == QLatin1String("assignedAt"))
            visible = c.assignedTo > 0;
        else if (row.key == QLatin1String("status"))
            visible = m_statusVisible;
        row.label->setVisible(visible);
        row.value->setVisible(visible);
    }
}

} // namespace ketong
