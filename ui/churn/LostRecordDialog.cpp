#include "LostRecordDialog.h"

#include "churn/ChurnService.h"
#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

LostRecordDialog::LostRecordDialog(const Workspace& workspace, qint64 recordId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_titleLabel(new QLabel(this))
    , m_recordLabel(new QLabel(this))
    , m_measuresLabel(new QLabel(this))
    , m_measuresTable(new QTableWidget(0, 3, this))
    , m_inputLabel(new QLabel(this))
    , m_measureEdit(new QPlainTextEdit(this))
    , m_reasonEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_jumpButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    m_record.id = recordId;
    setObjectName(QStringLiteral("lostRecordDialog"));
    m_recordLabel->setObjectName(QStringLiteral("recordLabel"));
    m_measuresTable->setObjectName(QStringLiteral("measuresTableWidget"));
    m_measureEdit->setObjectName(QStringLiteral("measurePlainTextEdit"));
    m_reasonEdit->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_jumpButton->setObjectName(QStringLiteral("jumpPushButton"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);
    m_feedback->addField(QStringLiteral("measure"), m_measureEdit);
    m_feedback->addField(QStringLiteral("reason"), m_reasonEdit);
    m_measuresTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_measuresTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_measuresTable->verticalHeader()->hide();
    TableLook::setRows(m_measuresTable);
    m_measuresTable->horizontalHeader()->setStretchLastSection(true);
    m_measuresTable->setWordWrap(true);
    buildLayout();
    connect(m_jumpButton, &QPushButton::clicked, this,
            [this] { setMode(m_mode == Mode::Delay ? Mode::Confirm : Mode::Delay); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { m_changed ? accept() : reject(); });
    connect(m_saveButton, &QPushButton::clicked, this, &LostRecordDialog::save);
    reload();
    retranslateUi();
    resize(680, 560);
}

LostRecordDialog::~LostRecordDialog() = default;

void LostRecordDialog::buildLayout()
{
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    m_recordLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_jumpButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_recordLabel);
    layout->addWidget(m_measuresLabel);
    layout->addWidget(m_measuresTable, 2);
    layout->addWidget(m_inputLabel);
    layout->addWidget(m_measureEdit, 1);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
}

void LostRecordDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_feedback->clear();
    retranslateUi();
}

void LostRecordDialog::reload()
{
    auto record = ChurnService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_record.id);
    if (!record) {
        m_feedback->showMessage(record.error().message());
        m_saveButton->setEnabled(false);
        return;
    }
    m_record = *record;
    m_measuresTable->setRowCount(int(m_record.measures.size()));
    for (int row = 0; row < m_record.measures.size(); ++row) {
        const LostMeasure& m = m_record.measures.at(row);
        m_measuresTable->setItem(
            row, 0, new QTableWidgetItem(m.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_measuresTable->setItem(row, 1, new QTableWidgetItem(m.createdBy));
        m_measuresTable->setItem(row, 2, new QTableWidgetItem(m.measure));
    }
    m_measuresTable->resizeColumnToContents(0);
    m_measuresTable->resizeColumnToContents(1);
    m_measuresTable->setColumnWidth(0, qMax(m_measuresTable->columnWidth(0), 130));
    m_measuresTable->setColumnWidth(1, qMax(m_measuresTable->columnWidth(1), 80));
    m_measuresTable->resizeRowsToContents();
    retranslateUi();
}

void LostRecordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LostRecordDialog::retranslateUi()
{
    const bool delay = m_mode == Mode::Delay;
    setWindowTitle(delay ? tr("Delay churn") : tr("Confirm churn"));
    m_titleLabel->setText(tr("Customer churn > %1").arg(windowTitle()));
    const QString lastOrder =
        m_record.lastOrderDate.isValid() ? m_record.lastOrderDate.toString(Qt::ISODate) : tr("never ordered");
    m_recordLabel->setText(
        tr("<table cellspacing=4><tr><td><b>No.</b></td><td>%1</td><td width=24></td><td><b>Customer</b></td><td>%2 "
           "(%3)</td></tr><tr><td><b>Account manager</b></td><td>%4</td><td></td><td><b>Last order</b></td><td>%5</td>"
           "</tr><tr><td><b>Status</b></td><td>%6</td></tr></table>")
            .arg(m_record.id)
            .arg(m_record.customerName.toHtmlEscaped(), m_record.customerCode.toHtmlEscaped(),
                 m_record.managerName.toHtmlEscaped(), lastOrder, ChurnService::statusLabel(m_record.status)));
    m_measuresLabel->setText(tr("Retention measures so far (%n):", nullptr, int(m_record.measures.size())));
    m_measuresTable->setHorizontalHeaderLabels({tr("Time"), tr("By"), tr("Measure")});
    m_inputLabel->setText(FormFeedback::required(delay ? tr("Add a retention measure") : tr("Reason of the loss")));
    m_measureEdit->setVisible(delay);
    m_reasonEdit->setVisible(!delay);
    m_jumpButton->setText(delay ? tr("Confirm churn…") : tr("Delay churn…"));
    m_closeButton->setText(tr("Close"));
    m_saveButton->setText(tr("Save"));
    updateState();
}

void LostRecordDialog::updateState()
{
    // What may be done is the core's answer for the record as loaded (delay and confirm ask the same).
    const ChurnService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const Status delay = service.canDelay(m_record);
    const Status confirm = service.canConfirm(m_record);
    const Status& current = m_mode == Mode::Delay ? delay : confirm;
    m_saveButton->setEnabled(current.ok());
    m_saveButton->setToolTip(current ? QString() : current.error().message());
    m_measureEdit->setReadOnly(!delay);
    m_reasonEdit->setReadOnly(!confirm);
    // The other mode is worth a look whenever the record can still be acted on.
    m_jumpButton->setEnabled(delay.ok() || confirm.ok());
}

void LostRecordDialog::save()
{
    m_feedback->clear();
    ChurnService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const bool delay = m_mode == Mode::Delay;
    // Asked only when there is something to confirm; an empty reason goes straight to the core's refusal.
    if (!delay && !m_reasonEdit->toPlainText().trimmed().isEmpty() &&
        MessageBox::question(
            this, tr("Confirm churn"),
            tr("Confirm that %1 is lost? The customer's status becomes 流失 (lost).").arg(m_record.customerName)) !=
            QMessageBox::Yes)
        return;
    const Status saved = delay ? service.delay(m_record.id, m_measureEdit->toPlainText(), m_record.version)
                               : service.confirm(m_record.id, m_reasonEdit->toPlainText(), m_record.version);
    if (!saved) {
        // Someone else acted on the record meanwhile: show it as it is now; what was typed stays.
        if (saved.error().code() == ErrorCode::Conflict)
            reload();
        m_feedback->show(saved.error());
        return;
    }
    m_changed = true;
    if (delay) {
        m_measureEdit->clear();
        reload();
        MessageBox::information(this, windowTitle(), tr("Saved."));
        return;
    }
    accept(); // the list shows the record as 确认流失 at once
}

} // namespace ketong
