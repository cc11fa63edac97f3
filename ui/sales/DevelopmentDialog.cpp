#include "DevelopmentDialog.h"

#include "ChanceDetailView.h"
#include "ChanceOutcome.h"
#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "sales/ChanceService.h"

#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

DevelopmentDialog::DevelopmentDialog(const Workspace& workspace, qint64 chanceId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_breadcrumbLabel(new QLabel(this))
    , m_helpButton(new QPushButton(this))
    , m_executeButton(new QPushButton(this))
    , m_planButton(new QPushButton(this))
    , m_failButton(new QPushButton(this))
    , m_succeedButton(new QPushButton(this))
    , m_backButton(new QPushButton(this))
    , m_chanceBox(new QGroupBox(this))
    , m_detail(new ChanceDetailView(m_chanceBox))
    , m_planBox(new QGroupBox(this))
    , m_table(new PlanItemsTable(m_planBox))
    , m_newBox(new QGroupBox(this))
    , m_newDateLabel(new QLabel(m_newBox))
    , m_newDateEdit(new QDateEdit(m_newBox))
    , m_newTodoLabel(new QLabel(m_newBox))
    , m_newTodoEdit(new QLineEdit(m_newBox))
    , m_addButton(new QPushButton(m_newBox))
    , m_errorLabel(new QLabel(this))
    , m_reloadButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    m_chance.id = chanceId;
    setObjectName(QStringLiteral("developmentDialog"));
    buildUi();
    if (load())
        setMode(m_mode);
    else
        setMode(Mode::View);
}

DevelopmentDialog::~DevelopmentDialog() = default;

void DevelopmentDialog::buildUi()
{
    m_breadcrumbLabel->setObjectName(QStringLiteral("breadcrumbLabel"));
    m_helpButton->setObjectName(QStringLiteral("helpPushButton"));
    m_executeButton->setObjectName(QStringLiteral("executePlanPushButton"));
    m_planButton->setObjectName(QStringLiteral("makePlanPushButton"));
    m_failButton->setObjectName(QStringLiteral("failPushButton"));
    m_succeedButton->setObjectName(QStringLiteral("succeedPushButton"));
    m_backButton->setObjectName(QStringLiteral("backPushButton"));
    m_newDateEdit->setObjectName(QStringLiteral("newDateEdit"));
    m_newTodoEdit->setObjectName(QStringLiteral("newTodoLineEdit"));
    m_addButton->setObjectName(QStringLiteral("addPlanItemPushButton"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadPushButton"));
    m_reloadButton->hide();
    QFont crumb = m_breadcrumbLabel->font();
    crumb.setBold(true);
    m_breadcrumbLabel->setFont(crumb);
    m_newDateEdit->setCalendarPopup(true);
    m_newDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_newDateEdit->setDate(m_workspace.clock->today());
    m_newTodoEdit->setMaxLength(500);
    m_feedback->addField(QStringLiteral("date"), m_newDateEdit);
    for (QPushButton* b : {m_helpButton, m_executeButton, m_planButton, m_failButton, m_succeedButton, m_backButton,
                           m_addButton, m_reloadButton})
        b->setAutoDefault(false);
    buildLayout();
    connectSignals();
}

void DevelopmentDialog::buildLayout()
{
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_breadcrumbLabel, 1);
    for (QPushButton* b : {m_helpButton, m_failButton, m_executeButton, m_planButton, m_succeedButton, m_backButton})
        toolbar->addWidget(b);
    (new QVBoxLayout(m_chanceBox))->addWidget(m_detail);
    (new QVBoxLayout(m_planBox))->addWidget(m_table);
    auto* newRow = new QHBoxLayout(m_newBox);
    newRow->addWidget(m_newDateLabel);
    newRow->addWidget(m_newDateEdit);
    newRow->addWidget(m_newTodoLabel);
    newRow->addWidget(m_newTodoEdit, 1);
    newRow->addWidget(m_addButton);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_reloadButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_chanceBox);
    layout->addWidget(m_planBox, 1);
    layout->addWidget(m_newBox);
    layout->addLayout(errorRow);
    resize(860, 680);
}

void DevelopmentDialog::connectSignals()
{
    connect(m_helpButton, &QPushButton::clicked, this, &DevelopmentDialog::help);
    connect(m_executeButton, &QPushButton::clicked, this, [this] { setMode(Mode::Execute); });
    connect(m_planButton, &QPushButton::clicked, this, [this] { setMode(Mode::Plan); });
    connect(m_failButton, &QPushButton::clicked, this, &DevelopmentDialog::fail);
    connect(m_succeedButton, &QPushButton::clicked, this, &DevelopmentDialog::succeed);
    connect(m_backButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &DevelopmentDialog::addItem);
    connect(m_newTodoEdit, &QLineEdit::returnPressed, this, &DevelopmentDialog::addItem);
    connect(m_table, &PlanItemsTable::saveRequested, this, &DevelopmentDialog::saveRow);
    connect(m_table, &PlanItemsTable::deleteRequested, this, &DevelopmentDialog::deleteRow);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        m_feedback->clear();
        m_reloadButton->hide();
        load();
    });
}

void DevelopmentDialog::setMode(Mode mode)
{
    // Only a chance in development that the session may work on is planned or executed.
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (mode != Mode::View && !service.canDevelop(m_chance))
        mode = Mode::View;
    m_mode = mode;
    m_table->setMode(mode == Mode::Plan      ? PlanItemsTable::Mode::Plan
                     : mode == Mode::Execute ? PlanItemsTable::Mode::Execute
                                             : PlanItemsTable::Mode::View);
    m_table->setItems(m_chance.planItems);
    m_detail->setStatusVisible(mode == Mode::View);
    m_newBox->setVisible(mode == Mode::Plan);
    m_executeButton->setVisible(mode == Mode::Plan);
    m_planButton->setVisible(mode == Mode::Execute);
    m_failButton->setVisible(mode == Mode::Execute);
    m_succeedButton->setVisible(mode == Mode::Execute);
    retranslateUi();
    if (mode == Mode::Plan)
        m_newTodoEdit->setFocus();
}

void DevelopmentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DevelopmentDialog::retranslateUi()
{
    const QString screen = m_mode == Mode::Plan      ? tr("Make plan")
                           : m_mode == Mode::Execute ? tr("Execute plan")
                                                     : tr("View development");
    setWindowTitle(screen);
    // 查看 is also offered by the 销售机会管理 list for unassigned chances.
    const QString list =
        m_chance.status == ChanceStatus::Unassigned ? tr("Sales opportunities") : tr("Development plans");
    m_breadcrumbLabel->setText(tr("%1 > %2").arg(list, screen));
    m_helpButton->setText(tr("Help"));
    m_executeButton->setText(tr("Execute plan"));
    m_planButton->setText(tr("Make plan"));
    m_failButton->setText(tr("Terminate development"));
    m_succeedButton->setText(tr("Developed successfully"));
    m_backButton->setText(tr("Back"));
    m_chanceBox->setTitle(tr("Sales chance"));
    m_planBox->setTitle(tr("Plan"));
    m_newBox->setTitle(tr("New plan item"));
    m_newDateLabel->setText(FormFeedback::required(tr("Date:")));
    m_newTodoLabel->setText(FormFeedback::required(tr("Plan item:")));
    m_addButton->setText(tr("Save"));
    m_reloadButton->setText(tr("Reload"));
}

bool DevelopmentDialog::load()
{
    auto chance = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_chance.id);
    if (!chance) {
        m_feedback->show(chance.error());
        return false;
    }
    m_chance = *chance;
    m_detail->setChance(m_chance);
    m_table->setItems(m_chance.planItems);
    return true;
}

void DevelopmentDialog::showError(const Error& error)
{
    m_feedback->show(error);
    if (error.code() == ErrorCode::Conflict || error.code() == ErrorCode::NotFound) {
        m_reloadButton->show();
    } else if (error.code() == ErrorCode::StateRefused) {
        load(); // someone closed it meanwhile: show it as it is now
        setMode(m_mode);
        m_feedback->show(error);
    }
}

void DevelopmentDialog::addItem()
{
    m_feedback->clear();
    m_feedback->addField(QStringLiteral("todo"), m_newTodoEdit);
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto id = service.addPlanItem(m_chance.id, m_newDateEdit->date(), m_newTodoEdit->text());
    if (!id) {
        showError(id.error());
        return;
    }
    m_newTodoEdit->clear();
    load();
    m_newTodoEdit->setFocus();
}

void DevelopmentDialog::saveRow(int row)
{
    if (row < 0 || row >= m_table->items().size())
        return;
    m_feedback->clear();
    const PlanItem item = m_table->items().at(row);
    const QString text = m_table->editedText(row);
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const bool plan = m_mode == Mode::Plan;
    m_feedback->addField(plan ? QStringLiteral("todo") : QStringLiteral("result"), m_table->editorAt(row));
    const Status saved =
        plan ? service.editPlanItem(item.id, text, item.version) : service.recordResult(item.id, text, item.version);
    if (!saved) {
        showError(saved.error());
        return;
    }
    load();
}

void DevelopmentDialog::deleteRow(int row)
{
    if (row < 0 || row >= m_table->items().size())
        return;
    m_feedback->clear();
    const PlanItem item = m_table->items().at(row);
    const QString question = tr("Delete the plan item of %1: %2?").arg(item.date.toString(Qt::ISODate), item.todo);
    if (MessageBox::question(this, tr("Delete plan item"), question) != QMessageBox::Yes)
        return;
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = service.deletePlanItem(item.id, item.version); !s) {
        showError(s.error());
        return;
    }
    load();
}

void DevelopmentDialog::succeed()
{
    m_feedback->clear();
    if (m_table->hasDirtyRows()) {
        m_feedback->showMessage(tr("Some results are typed but not saved: save them first."));
        return;
    }
    Error error;
    switch (ChanceOutcome::succeed(this, m_workspace, m_chance, &error)) {
    case ChanceOutcome::Outcome::Done:
        accept();
        break;
    case ChanceOutcome::Outcome::Refused:
        showError(error);
        break;
    case ChanceOutcome::Outcome::Cancelled:
        break;
    }
}

void DevelopmentDialog::fail()
{
    m_feedback->clear();
    Error error;
    switch (ChanceOutcome::fail(this, m_workspace, m_chance, &error)) {
    case ChanceOutcome::Outcome::Done:
        accept();
        break;
    case ChanceOutcome::Outcome::Refused:
        showError(error);
        break;
    case ChanceOutcome::Outcome::Cancelled:
        break;
    }
}

void DevelopmentDialog::help()
{
    QString text;
    if (m_mode == Mode::Plan)
        text = tr("List the steps to develop this customer: a date and what to do. A step's text can be changed "
                  "and saved in its row; its date cannot be changed once saved. Use \"Execute plan\" to record "
                  "what each step achieved.");
    else if (m_mode == Mode::Execute)
        text =
            tr("Record the result of each step in its row and save it. When the customer is won, click "
               "\"Developed successfully\", choose the customer's region and complete its contact person: a customer "
               "record is created for the assigned account manager. "
               "\"Terminate development\" archives the chance as failed.");
    else
        text = tr("The archived chance with its plan and results, read-only.");
    MessageBox::information(this, tr("Help"), text);
}

} // namespace ketong
