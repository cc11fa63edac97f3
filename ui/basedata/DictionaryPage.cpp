#include "DictionaryPage.h"

#include "DictItemDialog.h"
#include "ListPanel.h"
#include "basedata/Dictionary.h"
#include "basedata/DictionaryService.h"
#include "common/ListOutput.h"
#include "common/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

DictionaryPage::DictionaryPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_itemLabel(new QLabel(this))
    , m_itemEdit(new QLineEdit(this))
    , m_valueLabel(new QLabel(this))
    , m_valueEdit(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_list(new ListPanel(workspace.db, QStringLiteral("dictionary"), this))
{
    setObjectName(QStringLiteral("dictionaryPage"));
    m_list->setStretchColumn(QStringLiteral("item"));
    m_typeCombo->setObjectName(QStringLiteral("typeComboBox"));
    m_itemEdit->setObjectName(QStringLiteral("itemLineEdit"));
    m_valueEdit->setObjectName(QStringLiteral("valueLineEdit"));
    m_searchButton->setObjectName(QStringLiteral("searchPushButton"));
    m_newButton->setObjectName(QStringLiteral("newPushButton"));
    m_editButton->setObjectName(QStringLiteral("editPushButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_typeCombo->setMinimumContentsLength(10);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_typeCombo);
    filters->addWidget(m_itemLabel);
    filters->addWidget(m_itemEdit);
    filters->addWidget(m_valueLabel);
    filters->addWidget(m_valueEdit);
    filters->addWidget(m_searchButton);
    filters->addStretch();
    filters->addWidget(new ListOutput(this, m_list->model(), this, workspace.db)); // 打印 / 导出
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addWidget(m_deleteButton);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_list, 1);

    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &DictionaryPage::newItem);
    connect(m_searchButton, &QPushButton::clicked, this, &DictionaryPage::search);
    connect(m_itemEdit, &QLineEdit::returnPressed, this, &DictionaryPage::search);
    connect(m_valueEdit, &QLineEdit::returnPressed, this, &DictionaryPage::search);
    connect(m_typeCombo, &QComboBox::activated, this, &DictionaryPage::search);
    connect(m_newButton, &QPushButton::clicked, this, &DictionaryPage::newItem);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editItem(m_list->currentId()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteItem(m_list->currentId()); });
    connect(m_list, &ListPanel::activated, this, &DictionaryPage::editItem);
    connect(m_list, &ListPanel::deleteRequested, this, &DictionaryPage::deleteItem);
    connect(m_list, &ListPanel::currentChanged, this, &DictionaryPage::updateActions);
    retranslateUi();
    reloadTypes();
    search();
}

DictionaryPage::~DictionaryPage() = default;

void DictionaryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DictionaryPage::retranslateUi()
{
    m_typeLabel->setText(tr("Type"));
    m_itemLabel->setText(tr("Item"));
    m_valueLabel->setText(tr("Value"));
    m_searchButton->setText(tr("Search"));
    m_newButton->setText(tr("New"));
    m_editButton->setText(tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
    m_newButton->setToolTip(tr("New dictionary item (Ctrl+N)"));
    if (m_typeCombo->count() > 0)
        m_typeCombo->setItemText(0, tr("All"));
}

void DictionaryPage::reloadTypes()
{
    const QString current = m_typeCombo->currentData().toString();
    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All"), QString());
    if (auto types = Dictionary::types(*m_workspace.db)) {
        for (const QString& type : std::as_const(*types))
            m_typeCombo->addItem(type, type);
    }
    m_typeCombo->setCurrentIndex(qMax(0, m_typeCombo->findData(current)));
}

void DictionaryPage::search()
{
    DictionaryService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto query = service.list({m_typeCombo->currentData().toString(), m_itemEdit->text(), m_valueEdit->text()});
    if (!query) {
        MessageBox::warning(this, tr("Data dictionary"), query.error().message());
        return;
    }
    m_list->setQuery(*query);
    updateActions();
}

bool DictionaryPage::currentEditable() const
{
    return m_list->currentId() != 0 && m_list->currentValue(QStringLiteral("editable")).toInt() == 1;
}

void DictionaryPage::updateActions()
{
    const bool editable = currentEditable();
    m_editButton->setEnabled(editable);
    m_deleteButton->setEnabled(editable);
}

void DictionaryPage::newItem()
{
    DictItem preset;
    preset.type = m_typeCombo->currentData().toString();
    auto* dialog = new DictItemDialog(m_workspace, preset, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadTypes();
        m_list->refresh();
    });
    dialog->open();
}

void DictionaryPage::editItem(qint64 id)
{
    if (!id || !currentEditable())
        return; // fixed items have no edit action
    DictionaryService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto item = service.load(id);
    if (!item) {
        MessageBox::warning(this, tr("Data dictionary"), item.error().message());
        m_list->refresh();
        return;
    }
    auto* dialog = new DictItemDialog(m_workspace, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reloadTypes();
        m_list->refresh();
    });
    dialog->open();
}

void DictionaryPage::deleteItem(qint64 id)
{
    if (!id || !currentEditable())
        return;
    DictionaryService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    auto item = service.load(id);
    if (!item) {
        MessageBox::warning(this, tr("Data dictionary"), item.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete dictionary item"),
                             tr("Delete the item \"%1\" (%2 = %3)?").arg(item->item, item->type, item->value)) !=
        QMessageBox::Yes)
        return;
    if (auto s = service.remove(id, item->version); !s) {
        MessageBox::warning(this, tr("Delete dictionary item"), s.error().message());
        return;
    }
    reloadTypes();
    m_list->refresh();
}

} // namespace ketong
