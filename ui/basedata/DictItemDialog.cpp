#include "DictItemDialog.h"

#include "basedata/Dictionary.h"
#include "basedata/DictionaryService.h"
#include "common/MessageBox.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ketong {

namespace {
const char* kInvalid = "invalid";
}

DictItemDialog::DictItemDialog(const Workspace& workspace, DictItem item, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_item(std::move(item))
    , m_idLabel(new QLabel(this))
    , m_idValue(new QLabel(this))
    , m_typeLabel(new QLabel(this))
    , m_itemLabel(new QLabel(this))
    , m_valueLabel(new QLabel(this))
    , m_typeEdit(new QLineEdit(m_item.type, this))
    , m_itemEdit(new QLineEdit(m_item.item, this))
    , m_valueEdit(new QLineEdit(m_item.value, this))
    , m_editableCheck(new QCheckBox(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("dictItemDialog"));
    m_typeEdit->setObjectName(QStringLiteral("typeLineEdit"));
    m_itemEdit->setObjectName(QStringLiteral("itemLineEdit"));
    m_valueEdit->setObjectName(QStringLiteral("valueLineEdit"));
    m_editableCheck->setObjectName(QStringLiteral("editableCheckBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    for (QLineEdit* edit : {m_typeEdit, m_itemEdit, m_valueEdit})
        edit->setMaxLength(50);
    m_editableCheck->setChecked(m_item.id == 0 || m_item.editable);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c00;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"] { border: 1px solid #d00; background: #fff0f0; }"));
    if (auto types = Dictionary::types(*m_workspace.db)) {
        auto* completer = new QCompleter(*types, this);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_typeEdit->setCompleter(completer);
    }

    auto* form = new QFormLayout;
    form->addRow(m_idLabel, m_idValue);
    form->addRow(m_typeLabel, m_typeEdit);
    form->addRow(m_itemLabel, m_itemEdit);
    form->addRow(m_valueLabel, m_valueEdit);
    form->addRow(QString(), m_editableCheck);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DictItemDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_typeEdit, m_itemEdit, m_valueEdit})
        connect(edit, &QLineEdit::textEdited, edit, [edit] {
            edit->setProperty(kInvalid, false);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        });
    retranslateUi();
    resize(420, sizeHint().height());
}

DictItemDialog::~DictItemDialog() = default;

void DictItemDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DictItemDialog::retranslateUi()
{
    setWindowTitle(m_item.id ? tr("Edit dictionary item") : tr("New dictionary item"));
    m_idLabel->setText(tr("No."));
    m_idValue->setText(m_item.id ? QString::number(m_item.id) : tr("(assigned on saving)"));
    m_typeLabel->setText(tr("Type ★"));
    m_itemLabel->setText(tr("Item ★"));
    m_valueLabel->setText(tr("Value ★"));
    m_editableCheck->setText(tr("Editable"));
    m_typeEdit->setPlaceholderText(tr("e.g. 地区, 服务类型"));
}

QLineEdit* DictItemDialog::editorFor(const QString& field) const
{
    if (field == QLatin1String("type"))
        return m_typeEdit;
    if (field == QLatin1String("item"))
        return m_itemEdit;
    if (field == QLatin1String("value"))
        return m_valueEdit;
    return nullptr;
}

void DictItemDialog::highlight(const QString& field)
{
    if (QLineEdit* edit = editorFor(field)) {
        edit->setProperty(kInvalid, true);
        edit->style()->unpolish(edit);
        edit->style()->polish(edit);
        edit->setFocus();
    }
}

void DictItemDialog::save()
{
    DictItem edited = m_item;
    edited.type = m_typeEdit->text();
    edited.item = m_itemEdit->text();
    edited.value = m_valueEdit->text();
    edited.editable = m_editableCheck->isChecked();
    DictionaryService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    Status status;
    if (edited.id == 0) {
        auto id = service.create(edited);
        status = statusOf(id);
        if (id)
            edited.id = *id;
    } else {
        status = service.update(edited);
    }
    if (status) {
        m_item = edited;
        accept();
        return;
    }
    const Error& e = status.error();
    m_errorLabel->setText(e.message());
    m_errorLabel->show();
    highlight(e.field());
    if (e.code() == ErrorCode::Conflict &&
        MessageBox::question(this, tr("Changed by someone else"),
                             e.message() + QStringLiteral("\n\n") +
                                 tr("Take over the stored version? What you typed stays in the form; save again "
                                    "to overwrite."),
                             QMessageBox::Yes) == QMessageBox::Yes) {
        if (auto fresh = service.load(m_item.id))
            m_item.version = fresh->version;
    }
}

} // namespace ketong
