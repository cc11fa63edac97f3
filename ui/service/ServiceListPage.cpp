#include "ServiceListPage.h"

#include "TicketDialog.h"
#include "basedata/Dictionary.h"
#include "common/MessageBox.h"
#include "models/PagedListModel.h"
#include "setup/ReferenceData.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace ketong {

using Stage = ServiceDesk::Stage;

QString ServiceListPage::objectNameOf(Stage stage)
{
    switch (stage) {
    case Stage::Assign:
        return QStringLiteral("serviceAssignPage");
    case Stage::Handle:
        return QStringLiteral("serviceHandlePage");
    case Stage::Feedback:
        return QStringLiteral("serviceFeedbackPage");
    case Stage::Create:
        return QStringLiteral("ownNewTicketsList");
    case Stage::Archive:
        break;
    }
    return QStringLiteral("serviceArchivePage");
}

ServiceListPage::ServiceListPage(const Workspace& workspace, Stage stage, QWidget* parent)
    : ListPage(workspace.db, parent)
    , m_workspace(workspace)
    , m_stage(stage)
    , m_customerLabel(new QLabel(this))
    , m_customerEdit(new QLineEdit(this))
    , m_summaryLabel(new QLabel(this))
    , m_summaryEdit(new QLineEdit(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_toEdit(new QDateEdit(this))
    , m_mainAction(new QAction(this))
{
    setObjectName(objectNameOf(stage));
    buildFilters();
    if (stage == Stage::Assign) {
        m_assigneeCombo = new QComboBox(this);
        m_assigneeCombo->setObjectName(QStringLiteral("assigneeComboBox"));
        m_assigneeCombo->setMinimumWidth(140);
        if (auto people = ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).assignees()) {
            for (const auto& [id, name] : *people)
                m_assigneeCombo->addItem(name, id);
        }
        m_assigneeLabel = new QLabel(this);
        addActionWidget(m_assigneeLabel);
        addActionWidget(m_assigneeCombo);
    }
    m_mainAction->setObjectName(stage == Stage::Assign     ? QStringLiteral("assignAction")
                                : stage == Stage::Handle   ? QStringLiteral("handleAction")
                                : stage == Stage::Feedback ? QStringLiteral("feedbackAction")
                                : stage == Stage::Create   ? QStringLiteral("editAction")
                                                           : QStringLiteral("viewAction"));
    addAction(m_mainAction);
    if (stage == Stage::Assign || stage == Stage::Create) {
        m_deleteAction = new QAction(this);
        m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
        addAction(m_deleteAction);
        connect(m_deleteAction, &QAction::triggered, this, [this] { remove(currentId()); });
        connect(this, &ListPage::deleteRequested, this, &ServiceListPage::remove);
    }
    connect(m_mainAction, &QAction::triggered, this, [this] { act(currentId()); });
    connect(this, &ListPage::activated, this, &ServiceListPage::act);
    connect(this, &ListPage::searchRequested, this, &ServiceListPage::search);
    connect(this, &ListPage::resetRequested, this, [this] {
        m_customerEdit->clear();
        m_summaryEdit->clear();
        m_typeCombo->setCurrentIndex(0);
        m_fromEdit->setDate(m_fromEdit->minimumDate());
        m_toEdit->setDate(m_toEdit->minimumDate());
        if (m_statusCombo)
            m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(TicketStatus::Archived)));
        search();
    });
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServiceListPage::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &ServiceListPage::updateActions);
    setStretchColumn(QStringLiteral("customer"));
    if (stage == Stage::Create)
        setEmptyText([] {
            return tr("You have no new service tickets: once assigned, a ticket can no longer be "
                      "changed here");
        });
    else
        setEmptyText([] { return tr("No service tickets match the filters"); });
    retranslateUi();
    search();
}

void ServiceListPage::buildFilters()
{
    m_customerEdit->setObjectName(QStringLiteral("customerFilterLineEdit"));
    m_summaryEdit->setObjectName(QStringLiteral("summaryFilterLineEdit"));
    m_typeCombo->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("createdFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("createdToDateEdit"));
    m_typeCombo->addItem(QString(), QString());
    if (auto items = Dictionary::items(*m_workspace.db, DictType::ServiceType)) {
        for (const DictItem& item : *items)
            m_typeCombo->addItem(item.item, item.value);
    }
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(QStringLiteral(" ")); // the minimum shows empty: no bound
        edit->setDate(edit->minimumDate());
    }
    QList<QWidget*> widgets{m_customerLabel, m_customerEdit, m_summaryLabel, m_summaryEdit, m_typeLabel,
                            m_typeCombo,     m_fromLabel,    m_fromEdit,     m_toLabel,     m_toEdit};
    if (m_stage == Stage::Archive) {
        m_statusLabel = new QLabel(this);
        m_statusCombo = new QComboBox(this);
        m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
        m_statusCombo->addItem(QString(), 0);
        for (int s = 1; s <= 5; ++s)
            m_statusCombo->addItem(ServiceDesk::statusLabel(static_cast<TicketStatus>(s)), s);
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(TicketStatus::Archived)));
        widgets << m_statusLabel << m_statusCombo;
        connect(m_statusCombo, &QComboBox::activated, this, &ServiceListPage::search);
    }
    for (QWidget* w : widgets)
        addFilterWidget(w);
    connect(m_typeCombo, &QComboBox::activated, this, &ServiceListPage::search);
}

void ServiceListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void ServiceListPage::retranslateUi()
{
    m_customerLabel->setText(tr("Customer:"));
    m_summaryLabel->setText(tr("Summary:"));
    m_typeLabel->setText(tr("Type:"));
    m_typeCombo->setItemText(0, tr("All"));
    m_fromLabel->setText(tr("Created from:"));
    m_toLabel->setText(tr("to:"));
    if (m_statusCombo) {
        m_statusLabel->setText(tr("Status:"));
        m_statusCombo->setItemText(0, tr("All"));
        for (int s = 1; s <= 5; ++s)
            m_statusCombo->setItemText(s, ServiceDesk::statusLabel(static_cast<TicketStatus>(s)));
    }
    switch (m_stage) {
    case Stage::Assign:
        m_assigneeLabel->setText(tr("Assign to:") + QLatin1Char(' '));
        m_mainAction->setText(tr("Assign"));
        m_mainAction->setToolTip(tr("Assign the selected ticket to the chosen account manager"));
        m_deleteAction->setText(tr("Delete"));
        break;
    case Stage::Handle:
        m_mainAction->setText(tr("Handle"));
        break;
    case Stage::Feedback:
        m_mainAction->setText(tr("Feedback"));
        break;
    case Stage::Archive:
        m_mainAction->setText(tr("View"));
        break;
    case Stage::Create:
        m_mainAction->setText(tr("Edit"));
        m_mainAction->setToolTip(tr("Change the selected ticket in the form above"));
        m_deleteAction->setText(tr("Delete"));
        break;
    }
}

void ServiceListPage::search()
{
    TicketFilter filter;
    filter.customer = m_customerEdit->text();
    filter.title = m_summaryEdit->text();
    filter.type = m_typeCombo->currentData().toString();
    if (m_fromEdit->date() > m_fromEdit->minimumDate())
        filter.createdFrom = m_fromEdit->date();
    if (m_toEdit->date() > m_toEdit->minimumDate())
        filter.createdTo = m_toEdit->date();
    if (m_statusCombo && m_statusCombo->currentData().toInt() > 0)
        filter.status = static_cast<TicketStatus>(m_statusCombo->currentData().toInt());
    auto query = ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).listQuery(m_stage, filter);
    if (!query) {
        MessageBox::warning(this, tr("Service"), query.error().message());
        return;
    }
    setQuery(*query);
    updateActions();
}

void ServiceListPage::updateActions()
{
    const bool have = currentId() > 0;
    m_mainAction->setEnabled(have && (!m_assigneeCombo || m_assigneeCombo->count() > 0));
    if (m_deleteAction)
        m_deleteAction->setEnabled(have);
}

void ServiceListPage::act(qint64 id)
{
    if (id <= 0)
        return;
    if (m_stage == Stage::Assign) {
        assign(id);
        return;
    }
    if (m_stage == Stage::Create) {
        Q_EMIT editRequested(id);
        return;
    }
    const auto mode = m_stage == Stage::Handle     ? TicketDialog::Mode::Handle
                      : m_stage == Stage::Feedback ? TicketDialog::Mode::Feedback
                                                   : TicketDialog::Mode::View;
    TicketDialog dialog(m_workspace, id, mode, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT badgesChanged();
    }
}

void ServiceListPage::assign(qint64 id)
{
    ServiceDesk desk(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto ticket = desk.load(id);
    Status s =
        ticket ? desk.assign(id, m_assigneeCombo->currentData().toLongLong(), ticket->version) : Status(ticket.error());
    if (!s) {
        MessageBox::warning(this, tr("Assign service"), s.error().message());
        return;
    }
    MessageBox::information(this, tr("Assign service"), tr("Assigned to %1.").arg(m_assigneeCombo->currentText()));
    refresh();
    Q_EMIT badgesChanged();
}

void ServiceListPage::remove(qint64 id)
{
    if (id <= 0 || !m_deleteAction)
        return;
    ServiceDesk desk(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto ticket = desk.load(id);
    if (!ticket) {
        MessageBox::warning(this, tr("Delete service"), ticket.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete service"), tr("Delete the service ticket: %1?").arg(ticket->title)) !=
        QMessageBox::Yes)
        return;
    if (auto s = desk.remove(id, ticket->version); !s) {
        MessageBox::warning(this, tr("Delete service"), s.error().message());
        return;
    }
    refresh();
    Q_EMIT removed(id);
    Q_EMIT badgesChanged();
}

} // namespace ketong
