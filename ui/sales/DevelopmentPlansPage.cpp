#include "DevelopmentPlansPage.h"

#include "ChanceFilterBar.h"
#include "ChanceOutcome.h"
#include "common/MessageBox.h"
#include "models/PagedListModel.h"
#include "sales/ChanceService.h"

#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QTableView>

namespace ketong {

DevelopmentPlansPage::DevelopmentPlansPage(const Workspace& workspace, QWidget* parent)
    : ListPage(workspace.db, parent)
    , m_workspace(workspace)
    , m_filter(new ChanceFilterBar(this))
    , m_planAction(new QAction(this))
    , m_executeAction(new QAction(this))
    , m_succeedAction(new QAction(this))
    , m_failAction(new QAction(this))
    , m_viewAction(new QAction(this))
{
    setObjectName(QStringLiteral("developmentPlansPage"));
    m_planAction->setObjectName(QStringLiteral("makePlanAction"));
    m_executeAction->setObjectName(QStringLiteral("executePlanAction"));
    m_succeedAction->setObjectName(QStringLiteral("succeedAction"));
    m_failAction->setObjectName(QStringLiteral("failAction"));
    m_viewAction->setObjectName(QStringLiteral("viewAction"));
    addFilterWidget(m_filter);
    for (QAction* action : {m_planAction, m_executeAction, m_succeedAction, m_failAction, m_viewAction})
        addAction(action);

    connect(m_filter, &ChanceFilterBar::submitted, this, &DevelopmentPlansPage::search);
    connect(this, &ListPage::searchRequested, this, &DevelopmentPlansPage::search);
    connect(this, &ListPage::resetRequested, this, [this] {
        m_filter->clear();
        search();
    });
    connect(this, &ListPage::activated, this, &DevelopmentPlansPage::open);
    connect(m_planAction, &QAction::triggered, this,
            [this] { openDialog(currentId(), DevelopmentDialog::Mode::Plan); });
    connect(m_executeAction, &QAction::triggered, this,
            [this] { openDialog(currentId(), DevelopmentDialog::Mode::Execute); });
    connect(m_viewAction, &QAction::triggered, this,
            [this] { openDialog(currentId(), DevelopmentDialog::Mode::View); });
    connect(m_succeedAction, &QAction::triggered, this, &DevelopmentPlansPage::succeed);
    connect(m_failAction, &QAction::triggered, this, &DevelopmentPlansPage::fail);
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DevelopmentPlansPage::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &DevelopmentPlansPage::updateActions);

    setStretchColumn(QStringLiteral("customerName"));
    setEmptyText([] { return tr("No chances in development or archived match the filters"); });
    retranslateUi();
    search();
}

void DevelopmentPlansPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ListPage::changeEvent(event);
}

void DevelopmentPlansPage::retranslateUi()
{
    m_planAction->setText(tr("Make plan"));
    m_executeAction->setText(tr("Execute plan"));
    m_succeedAction->setText(tr("Developed successfully"));
    m_failAction->setText(tr("Terminate development"));
    m_viewAction->setText(tr("View"));
}

void DevelopmentPlansPage::search()
{
    auto query = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).planList(m_filter->filter());
    if (!query) {
        MessageBox::warning(this, tr("Development plans"), query.error().message());
        return;
    }
    setQuery(*query);
    updateActions();
}

SalesChance DevelopmentPlansPage::currentChance() const
{
    const qint64 id = currentId();
    if (id <= 0)
        return {};
    auto chance = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(id);
    return chance ? *chance : SalesChance{};
}

void DevelopmentPlansPage::updateActions()
{
    const SalesChance chance = currentChance();
    const bool have = chance.id > 0;
    // The actions of SPEC §5.2.5 by status; a chance of another manager is never in a manager's list, and
    // the core refuses to develop it anyway.
    const bool develop =
        have && ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).canDevelop(chance).ok();
    m_planAction->setEnabled(develop);
    m_executeAction->setEnabled(develop);
    m_succeedAction->setEnabled(develop);
    m_failAction->setEnabled(develop);
    m_viewAction->setEnabled(have);
}

void DevelopmentPlansPage::open(qint64 id)
{
    if (id <= 0)
        return;
    auto chance = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(id);
    if (!chance) {
        MessageBox::warning(this, tr("Development plans"), chance.error().message());
        return;
    }
    DevelopmentDialog::Mode mode = DevelopmentDialog::Mode::View;
    if (chance->status == ChanceStatus::Assigned)
        mode = chance->planItems.isEmpty() ? DevelopmentDialog::Mode::Plan : DevelopmentDialog::Mode::Execute;
    openDialog(id, mode);
}

void DevelopmentPlansPage::openDialog(qint64 id, DevelopmentDialog::Mode mode)
{
    if (id <= 0)
        return;
    DevelopmentDialog dialog(m_workspace, id, mode, this);
    dialog.exec();
    refresh(); // plan items, results or the status may have changed
    Q_EMIT badgesChanged();
}

void DevelopmentPlansPage::succeed()
{
    const SalesChance chance = currentChance();
    if (chance.id <= 0)
        return;
    Error error;
    if (ChanceOutcome::succeed(this, m_workspace, chance, &error) == ChanceOutcome::Outcome::Refused)
        MessageBox::warning(this, tr("Developed successfully"), error.message());
    refresh();
    Q_EMIT badgesChanged();
}

void DevelopmentPlansPage::fail()
{
    const SalesChance chance = currentChance();
    if (chance.id <= 0)
        return;
    Error error;
    if (ChanceOutcome::fail(this, m_workspace, chance, &error) == ChanceOutcome::Outcome::Refused)
        MessageBox::warning(this, tr("Terminate development"), error.message());
    refresh();
    Q_EMIT badgesChanged();
}

} // namespace ketong
