#include "AssignDialog.h"

#include "ChanceDetailView.h"
#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "sales/ChanceService.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

AssignDialog::AssignDialog(const Workspace& workspace, qint64 chanceId, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_detail(new ChanceDetailView(this))
    , m_assignedToLabel(new QLabel(this))
    , m_assignedToCombo(new QComboBox(this))
    , m_assignedAtLabel(new QLabel(this))
    , m_assignedAtEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_reloadButton(new QPushButton(this))
    , m_helpButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    m_chance.id = chanceId;
    setObjectName(QStringLiteral("assignDialog"));
    m_assignedToCombo->setObjectName(QStringLiteral("assignedToComboBox"));
    m_assignedAtEdit->setObjectName(QStringLiteral("assignedAtLineEdit"));
    m_assignedAtEdit->setReadOnly(true);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadPushButton"));
    m_reloadButton->hide();
    m_helpButton->setObjectName(QStringLiteral("helpPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);
    m_feedback->addField(QStringLiteral("assignedTo"), m_assignedToCombo);
    m_assignedToCombo->addItem(QString(), 0);
    if (auto people = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).assignees()) {
        for (const Assignee& a : *people)
            m_assignedToCombo->addItem(a.name, a.id);
    }
    buildLayout();
    load();
    retranslateUi();
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::buildLayout()
{
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* form = new QFormLayout;
    form->addRow(m_assignedToLabel, m_assignedToCombo);
    form->addRow(m_assignedAtLabel, m_assignedAtEdit);
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_reloadButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_helpButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_detail);
    layout->addWidget(line);
    layout->addLayout(form);
    layout->addLayout(errorRow);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(620);

    connect(m_saveButton, &QPushButton::clicked, this, &AssignDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_helpButton, &QPushButton::clicked, this, [this] {
        MessageBox::information(this, tr("Help"),
                                tr("Choose the account manager who will develop this chance. The assignment time "
                                   "is set automatically. The chance then appears in that manager's development "
                                   "plans."));
    });
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        load();
        m_feedback->clear();
        m_reloadButton->hide();
    });
}

void AssignDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AssignDialog::retranslateUi()
{
    setWindowTitle(tr("Assign sales chance"));
    m_assignedToLabel->setText(FormFeedback::required(tr("Assign to:")));
    m_assignedAtLabel->setText(FormFeedback::required(tr("Assigned:")));
    m_assignedToCombo->setItemText(0, tr("(choose an account manager)"));
    m_reloadButton->setText(tr("Reload"));
    m_helpButton->setText(tr("Help"));
    m_cancelButton->setText(tr("Back"));
    m_saveButton->setText(tr("Save"));
}

void AssignDialog::load()
{
    auto chance = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_chance.id);
    if (!chance) {
        m_feedback->show(chance.error());
        m_saveButton->setEnabled(false);
        return;
    }
    m_chance = *chance;
    m_detail->setChance(m_chance);
    m_assignedAtEdit->setText(m_workspace.clock->now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void AssignDialog::save()
{
    m_feedback->clear();
    m_reloadButton->hide();
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto assigned = service.assign(m_chance.id, m_assignedToCombo->currentData().toLongLong(), m_chance.version);
    if (!assigned) {
        m_feedback->show(assigned.error());
        if (assigned.error().code() == ErrorCode::Conflict)
            m_reloadButton->show();
        return;
    }
    MessageBox::information(this, windowTitle(), tr("Assigned."));
    accept();
}

} // namespace ketong
