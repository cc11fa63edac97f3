#include "SalesChancesPage.h"

#include "AssignDialog.h"
#include "ChanceDialog.h"
#include "ChanceFilterBar.h"
#include "DevelopmentDialog.h"
#include "common/MessageBox.h"
#include "models/PagedListModel.h"
#include "sales/ChanceService.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTableView>

namespace ketong {

SalesChancesPage::SalesChancesPage(const Workspace& workspace, QWidget* parent)
    : ListPage(workspace.db, parent)
    , m_workspace(workspace)
    , m_filter(new ChanceFilterBar(this))
    , m_newAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_assignAction(new QAction(this))
    , m_viewAction(new QAction(this))
{
    setObjectName(QStringLiteral("salesChancesPage"));
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_assignAction->setObjectName(QStringLiteral("assignAction"));
    m_viewAction->setObjectName(QStringLiteral("viewAction"));
    addFilterWidget(m_filter);
    for (QAction* action : {m_newAction, m_editAction, m_deleteAction, m_assignAction, m_viewAction})
        addAction(action);
    // Assigning is the director's; the core refuses it to anyone else, so the action is not shown.
    const ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    m_assignAction->setVisible(service.canAssign(SalesChance{}).ok());
    m_newAction->setEnabled(service.canCreate().ok());

    connect(m_filter, &ChanceFilterBar::submitted, this, &SalesChancesPage::search);
    connect(this, &ListPage::searchRequested, this, &SalesChancesPage::search);
    connect(this, &ListPage::resetRequested, this, [this] {
        m_filter->clear();
        search();
    });
    connect(this, &ListPage::newRequested, this, &SalesChancesPage::newChance);
    connect(this, &ListPage::activated, this, &SalesChancesPage::open);
    connect(this, &ListPage::deleteRequested, this, &SalesChancesPage::remove);
    connect(m_newAction, &QAction::triggered, this, &SalesChancesPage::newChance);
    connect(m_editAction, &QAction::triggered, this, [this] { edit(currentId()); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { remove(currentId()); });
    connect(m_assignAction, &QAction::triggered, this, [this] { assign(currentId()); });
    connect(m_viewAction, &QAction::triggered, this, [this] { view(currentId()); });
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SalesChancesPage::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &SalesChancesPage::updateActions);

    setStretchColumn(QStringLiteral("customerName"));
    setEmptyText([] { return tr("No unassigned sales chances match the filters"); });
    retranslateUi();
    search();
}

void SalesChancesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void SalesChancesPage::retranslateUi()
{
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("New sales chance (Ctrl+N)"));
    m_editAction->setText(tr("Edit"));
    m_deleteAction->setText(tr("Delete"));
    m_deleteAction->setToolTip(tr("Delete the sales chance (Del)"));
    m_assignAction->setText(tr("Assign"));
    m_viewAction->setText(tr("View"));
}

void SalesChancesPage::search()
{
    auto query = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).chanceList(m_filter->filter());
    if (!query) {
        MessageBox::warning(this, tr("Sales opportunities"), query.error().message());
        return;
    }
    setQuery(*query);
    updateActions();
}

void SalesChancesPage::updateActions()
{
    const qint64 id = currentId();
    SalesChance chance;
    if (id > 0) {
        if (auto loaded = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(id))
            chance = *loaded;
    }
    const ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const bool have = chance.id > 0;
    m_editAction->setEnabled(have && service.canEdit(chance).ok());
    m_deleteAction->setEnabled(have && service.canRemove(chance).ok());
    m_assignAction->setEnabled(have && service.canAssign(chance).ok());
    m_viewAction->setEnabled(have);
}

void SalesChancesPage::newChance()
{
    if (!m_newAction->isEnabled())
        return;
    ChanceDialog dialog(m_workspace, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT badgesChanged();
    }
}

void SalesChancesPage::open(qint64 id)
{
    if (m_editAction->isEnabled() && currentId() == id)
        edit(id);
    else
        view(id);
}

void SalesChancesPage::edit(qint64 id)
{
    if (id <= 0)
        return;
    ChanceDialog dialog(m_workspace, id, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void SalesChancesPage::remove(qint64 id)
{
    if (id <= 0)
        return;
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto chance = service.load(id);
    Status allowed = chance ? service.canRemove(*chance) : Status(chance.error());
    if (!allowed) {
        MessageBox::warning(this, tr("Delete sales chance"), allowed.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete sales chance"), tr("Delete the sales chance: %1?").arg(chance->title)) !=
        QMessageBox::Yes)
        return;
    if (auto s = service.remove(id, chance->version); !s) {
        MessageBox::warning(this, tr("Delete sales chance"), s.error().message());
        return;
    }
    refresh();
    Q_EMIT badgesChanged();
}

void SalesChancesPage::assign(qint64 id)
{
    if (id <= 0 || !m_assignAction->isVisible())
        return;
    AssignDialog dialog(m_workspace, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT badgesChanged();
    }
}

void SalesChancesPage::view(qint64 id)
{
    if (id <= 0)
        return;
    DevelopmentDialog dialog(m_workspace, id, DevelopmentDialog::Mode::View, this);
    dialog.exec();
}

} // namespace ketong
