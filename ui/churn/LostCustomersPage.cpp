#include "LostCustomersPage.h"

#include "LostRecordDialog.h"
#include "churn/ChurnService.h"
#include "common/MessageBox.h"
#include "models/PagedListModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace ketong {

LostCustomersPage::LostCustomersPage(const Workspace& workspace, QWidget* parent)
    : ListPage(workspace.db, parent)
    , m_workspace(workspace)
    , m_customerLabel(new QLabel(this))
    , m_customerEdit(new QLineEdit(this))
    , m_managerLabel(new QLabel(this))
    , m_managerEdit(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_statusCombo(new QComboBox(this))
    , m_delayAction(new QAction(this))
    , m_confirmAction(new QAction(this))
{
    setObjectName(QStringLiteral("lostCustomersPage"));
    m_customerEdit->setObjectName(QStringLiteral("customerFilterLineEdit"));
    m_managerEdit->setObjectName(QStringLiteral("managerFilterLineEdit"));
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_delayAction->setObjectName(QStringLiteral("delayAction"));
    m_confirmAction->setObjectName(QStringLiteral("confirmAction"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_customerLabel, m_customerEdit, m_managerLabel, m_managerEdit,
                                                      m_statusLabel, m_statusCombo})
        addFilterWidget(w);
    m_customerEdit->setMinimumWidth(180);
    m_managerEdit->setMinimumWidth(120);
    for (int i = 0; i <= int(LostStatus::Closed); ++i)
        m_statusCombo->addItem(QString(), i);
    addAction(m_delayAction);
    addAction(m_confirmAction);

    connect(m_statusCombo, &QComboBox::activated, this, &LostCustomersPage::search);
    connect(this, &ListPage::searchRequested, this, &LostCustomersPage::search);
    connect(this, &ListPage::resetRequested, this, [this] {
        m_customerEdit->clear();
        m_managerEdit->clear();
        m_statusCombo->setCurrentIndex(0);
        search();
    });
    connect(this, &ListPage::activated, this, [this](qint64 id) { open(id, 0); });
    connect(m_delayAction, &QAction::triggered, this, [this] { open(currentId(), 0); });
    connect(m_confirmAction, &QAction::triggered, this, [this] { open(currentId(), 1); });
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LostCustomersPage::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &LostCustomersPage::updateActions);
    setStretchColumn(QStringLiteral("customer"));
    setEmptyText([] { return tr("No churn warnings match the filters"); });
    retranslateUi();
    search();
}

void LostCustomersPage::showOpenWarnings()
{
    m_customerEdit->clear();
    m_managerEdit->clear();
    m_statusCombo->setCurrentIndex(1);
    search();
}

void LostCustomersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void LostCustomersPage::retranslateUi()
{
    m_customerLabel->setText(tr("Customer:"));
    m_managerLabel->setText(tr("Account manager:"));
    m_statusLabel->setText(tr("Status:"));
    m_customerEdit->setPlaceholderText(tr("name or code"));
    m_statusCombo->setItemText(0, tr("All"));
    for (int i = 1; i <= int(LostStatus::Closed); ++i)
        m_statusCombo->setItemText(i, ChurnService::statusLabel(static_cast<LostStatus>(i)));
    m_delayAction->setText(tr("Delay churn"));
    m_confirmAction->setText(tr("Confirm churn"));
    updateActions();
}

void LostCustomersPage::search()
{
    ChurnFilter filter;
    filter.customer = m_customerEdit->text();
    filter.manager = m_managerEdit->text();
    if (const int s = m_statusCombo->currentData().toInt(); s > 0)
        filter.status = static_cast<LostStatus>(s);
    auto query = ChurnService(*m_workspace.db, *m_workspace.clock, m_workspace.session).listQuery(filter);
    if (!query) {
        MessageBox::warning(this, tr("Customer churn"), query.error().message());
        return;
    }
    setQuery(*query);
    updateActions();
}

void LostCustomersPage::updateActions()
{
    // The core decides what may be done with the record (as the sales pages ask ChanceService).
    const ChurnService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    LostRecord record;
    if (const qint64 id = currentId(); id > 0) {
        if (auto loaded = service.load(id))
            record = *loaded;
    }
    const bool have = record.id > 0;
    const Status delay = have ? service.canDelay(record) : Status();
    const Status confirm = have ? service.canConfirm(record) : Status();
    m_delayAction->setEnabled(have && delay.ok());
    m_confirmAction->setEnabled(have && confirm.ok());
    m_delayAction->setToolTip(have && !delay ? delay.error().message() : tr("Record a retention measure (暂缓流失)"));
    m_confirmAction->setToolTip(have && !confirm ? confirm.error().message()
                                                 : tr("Confirm the loss of the customer (确认流失)"));
}

void LostCustomersPage::open(qint64 id, int mode)
{
    if (id <= 0)
        return;
    LostRecordDialog dialog(m_workspace, id,
                            mode == 1 ? LostRecordDialog::Mode::Confirm : LostRecordDialog::Mode::Delay, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT badgesChanged(); // the workbench counts the open warnings
    }
}

} // namespace ketong
