#include "ChanceDialog.h"

#include "basedata/Dictionary.h"
#include "common/ConflictDialog.h"
#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "sales/ChanceService.h"
#include "setup/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

namespace {
QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QLineEdit* lineEdit(QWidget* parent, const QString& name, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

ChanceDialog::ChanceDialog(const Workspace& workspace, qint64 id, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_idEdit(lineEdit(this, QStringLiteral("idLineEdit"), 20))
    , m_sourceCombo(new QComboBox(this))
    , m_customerNameEdit(lineEdit(this, QStringLiteral("customerNameLineEdit"), 100))
    , m_rateEdit(lineEdit(this, QStringLiteral("rateLineEdit"), 4))
    , m_titleEdit(lineEdit(this, QStringLiteral("titleLineEdit"), 200))
    , m_contactEdit(lineEdit(this, QStringLiteral("contactLineEdit"), 50))
    , m_contactTelEdit(lineEdit(this, QStringLiteral("contactTelLineEdit"), 50))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_createdByEdit(lineEdit(this, QStringLiteral("createdByLineEdit"), 50))
    , m_createdAtEdit(lineEdit(this, QStringLiteral("createdAtLineEdit"), 30))
    , m_form(new QFormLayout)
    , m_errorLabel(new QLabel(this))
    , m_reloadButton(new QPushButton(this))
    , m_helpButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    m_chance.id = id;
    setObjectName(QStringLiteral("chanceDialog"));
    buildForm();
    load();
    retranslateUi();
}

ChanceDialog::~ChanceDialog() = default;

void ChanceDialog::buildForm()
{
    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    m_sourceCombo->setEditable(true);
    m_sourceCombo->lineEdit()->setMaxLength(50);
    if (auto sources = Dictionary::items(*m_workspace.db, DictType::ChanceSource)) {
        for (const DictItem& item : *sources)
            m_sourceCombo->addItem(item.item);
    }
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMinimumHeight(90);
    m_rateEdit->setMaximumWidth(80);
    m_idEdit->setEnabled(false);
    m_createdByEdit->setReadOnly(true);
    m_createdAtEdit->setReadOnly(true);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_reloadButton->setObjectName(QStringLiteral("reloadPushButton"));
    m_reloadButton->hide();
    m_helpButton->setObjectName(QStringLiteral("helpPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(true);

    for (QWidget* w : std::initializer_list<QWidget*>{m_idEdit, m_sourceCombo, m_customerNameEdit, m_rateEdit,
                                                      m_titleEdit, m_contactEdit, m_contactTelEdit, m_descriptionEdit,
                                                      m_createdByEdit, m_createdAtEdit})
        m_form->addRow(new QLabel(this), w);
    if (m_chance.id == 0 && m_workspace.session.kind() == RoleKind::Director)
        addAssignRows();
    m_feedback->addField(QStringLiteral("source"), m_sourceCombo);
    m_feedback->addField(QStringLiteral("customerName"), m_customerNameEdit);
    m_feedback->addField(QStringLiteral("rate"), m_rateEdit);
    m_feedback->addField(QStringLiteral("title"), m_titleEdit);
    m_feedback->addField(QStringLiteral("contact"), m_contactEdit);
    m_feedback->addField(QStringLiteral("contactTel"), m_contactTelEdit);
    m_feedback->addField(QStringLiteral("description"), m_descriptionEdit);
    buildLayout();
}

void ChanceDialog::addAssignRows()
{
    m_assignedToCombo = new QComboBox(this);
    m_assignedToCombo->setObjectName(QStringLiteral("assignedToComboBox"));
    m_assignedToCombo->addItem(QString(), 0);
    if (auto people = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).assignees()) {
        for (const Assignee& a : *people)
            m_assignedToCombo->addItem(a.name, a.id);
    }
    m_assignedAtEdit = lineEdit(this, QStringLiteral("assignedAtLineEdit"), 30);
    m_assignedAtEdit->setReadOnly(true);
    m_form->addRow(new QLabel(this), m_assignedToCombo);
    m_form->addRow(new QLabel(this), m_assignedAtEdit);
    connect(m_assignedToCombo, &QComboBox::currentIndexChanged, this, &ChanceDialog::updateAssignedAt);
    m_feedback->addField(QStringLiteral("assignedTo"), m_assignedToCombo);
}

void ChanceDialog::buildLayout()
{
    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorLabel, 1);
    errorRow->addWidget(m_reloadButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_helpButton);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(errorRow);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_saveButton, &QPushButton::clicked, this, &ChanceDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_helpButton, &QPushButton::clicked, this, &ChanceDialog::help);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        load();
        m_feedback->clear();
        m_reloadButton->hide();
    });
}

void ChanceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChanceDialog::retranslateUi()
{
    setWindowTitle(m_chance.id == 0 ? tr("New sales chance") : tr("Edit sales chance"));
    const QList<QString> labels{
        FormFeedback::optional(tr("No.:")),           FormFeedback::optional(tr("Source:")),
        FormFeedback::required(tr("Customer name:")), FormFeedback::required(tr("Success rate (%):")),
        FormFeedback::required(tr("Summary:")),       FormFeedback::optional(tr("Contact:")),
        FormFeedback::optional(tr("Contact phone:")), FormFeedback::required(tr("Description:")),
        FormFeedback::optional(tr("Created by:")),    FormFeedback::optional(tr("Created:")),
        FormFeedback::optional(tr("Assign to:")),     FormFeedback::optional(tr("Assigned:"))};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    if (m_chance.id == 0)
        m_idEdit->setPlaceholderText(tr("(assigned on saving)"));
    if (m_assignedToCombo)
        m_assignedToCombo->setItemText(0, tr("(not now)"));
    m_rateEdit->setPlaceholderText(tr("0–100"));
    m_reloadButton->setText(tr("Reload"));
    m_helpButton->setText(tr("Help"));
    m_cancelButton->setText(tr("Back"));
    m_saveButton->setText(tr("Save"));
}

void ChanceDialog::load()
{
    if (m_chance.id == 0) {
        m_chance.createdByName = m_workspace.session.name();
        m_chance.createdAt = m_workspace.clock->now();
        m_chance.rate = -1;
        showChance();
        return;
    }
    auto chance = ChanceService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_chance.id);
    if (!chance) {
        m_feedback->show(chance.error());
        m_saveButton->setEnabled(false);
        return;
    }
    m_chance = *chance;
    showChance();
}

void ChanceDialog::showChance()
{
    const SalesChance& c = m_chance;
    m_idEdit->setText(c.id > 0 ? QString::number(c.id) : QString());
    m_sourceCombo->setCurrentText(c.source);
    m_customerNameEdit->setText(c.customerName);
    m_rateEdit->setText(c.rate >= 0 ? QString::number(c.rate) : QString());
    m_titleEdit->setText(c.title);
    m_contactEdit->setText(c.contact);
    m_contactTelEdit->setText(c.contactTel);
    m_descriptionEdit->setPlainText(c.description);
    m_createdByEdit->setText(c.createdByName);
    m_createdAtEdit->setText(timeText(c.createdAt));
}

void ChanceDialog::updateAssignedAt()
{
    const bool chosen = m_assignedToCombo->currentData().toLongLong() > 0;
    m_assignedAtEdit->setText(chosen ? timeText(m_workspace.clock->now()) : QString());
}

void ChanceDialog::save()
{
    m_feedback->clear();
    m_reloadButton->hide();
    auto rate = ChanceService::parseRate(m_rateEdit->text());
    if (!rate) {
        m_feedback->show(rate.error());
        return;
    }
    ChanceInput in;
    in.source = m_sourceCombo->currentText();
    in.customerName = m_customerNameEdit->text();
    in.rate = *rate;
    in.title = m_titleEdit->text();
    in.contact = m_contactEdit->text();
    in.contactTel = m_contactTelEdit->text();
    in.description = m_descriptionEdit->toPlainText();
    ChanceService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    Status saved;
    if (m_chance.id == 0) {
        const qint64 assignTo = m_assignedToCombo ? m_assignedToCombo->currentData().toLongLong() : 0;
        auto id = service.create(in, assignTo);
        if (id)
            m_chance.id = *id;
        saved = statusOf(id);
    } else {
        saved = service.edit(m_chance.id, in, m_chance.version);
    }
    if (!saved) {
        m_feedback->show(saved.error());
        if (saved.error().code() == ErrorCode::Conflict) {
            const QString typed = ConflictDialog::describe({{tr("Source:"), in.source},
                                                            {tr("Customer name:"), in.customerName},
                                                            {tr("Success rate:"), m_rateEdit->text()},
                                                            {tr("Summary:"), in.title},
                                                            {tr("Contact:"), in.contact},
                                                            {tr("Contact telephone:"), in.contactTel},
                                                            {tr("Description:"), in.description}});
            if (ConflictDialog::askReload(this, saved.error(), typed)) {
                load();
                m_feedback->clear();
            } else {
                m_reloadButton->show(); // the typed values stay in the form until the user chooses to reload
            }
        }
        return;
    }
    MessageBox::information(this, windowTitle(), tr("Saved."));
    accept();
}

void ChanceDialog::help()
{
    MessageBox::information(
        this, tr("Help"),
        tr("Enter the sales chance. Fields marked ★ are required; the success rate is a whole number from 0 to 100. "
           "A new chance is unassigned until the sales director assigns it to an account manager. Only unassigned "
           "chances can be edited, by their creator or the sales director."));
}

} // namespace ketong
