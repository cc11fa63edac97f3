#include "ActivityDialog.h"

#include "common/MessageBox.h"
#include "customers/ActivityService.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ketong {

ActivityDialog::ActivityDialog(const Workspace& workspace, qint64 customerId, qint64 activityId, bool readOnly,
                               QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_readOnly(readOnly)
    , m_form(new QFormLayout)
    , m_dateEdit(new QDateEdit(this))
    , m_placeEdit(new QLineEdit(this))
    , m_titleEdit(new QLineEdit(this))
    , m_memoEdit(new QLineEdit(this))
    , m_descriptionEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    m_dateEdit->setObjectName(QStringLiteral("dateDateEdit"));
    m_placeEdit->setObjectName(QStringLiteral("placeLineEdit"));
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_memoEdit->setObjectName(QStringLiteral("memoLineEdit"));
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_placeEdit->setMaxLength(200);
    m_titleEdit->setMaxLength(500);
    m_memoEdit->setMaxLength(300);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; }"));
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_dateEdit, m_placeEdit, m_titleEdit, m_memoEdit, m_descriptionEdit})
        m_form->addRow(new QLabel(this), field);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    resize(560, 420);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ActivityDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    m_activity.customerId = customerId;
    m_activity.date = workspace.clock->today();
    if (activityId > 0) {
        auto loaded = ActivityService(*workspace.db, *workspace.clock, workspace.session).load(activityId);
        if (loaded)
            m_activity = *loaded;
        else
            m_errorLabel->setText(loaded.error().message());
    }
    m_dateEdit->setDate(m_activity.date);
    m_placeEdit->setText(m_activity.place);
    m_titleEdit->setText(m_activity.title);
    m_memoEdit->setText(m_activity.memo);
    m_descriptionEdit->setPlainText(m_activity.description);
    if (readOnly) {
        for (QLineEdit* e : {m_placeEdit, m_titleEdit, m_memoEdit})
            e->setReadOnly(true);
        m_dateEdit->setReadOnly(true);
        m_descriptionEdit->setReadOnly(true);
        m_saveButton->hide();
    }
    retranslateUi();
}

void ActivityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ActivityDialog::retranslateUi()
{
    setWindowTitle(m_activity.id > 0 ? tr("Interaction record") : tr("New interaction record"));
    const auto star = [](const QString& label) {
        return QStringLiteral("%1 <span style=\"color:#c0392b\">★</span>").arg(label.toHtmlEscaped());
    };
    const QStringList labels{star(tr("Date")), star(tr("Place")), star(tr("Summary")), tr("Memo"), tr("Details")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(m_readOnly ? tr("Close") : tr("Back"));
}

void ActivityDialog::mark(const QString& field)
{
    const QList<std::pair<QString, QWidget*>> widgets{{QStringLiteral("date"), m_dateEdit},
                                                      {QStringLiteral("place"), m_placeEdit},
                                                      {QStringLiteral("title"), m_titleEdit},
                                                      {QStringLiteral("memo"), m_memoEdit},
                                                      {QStringLiteral("description"), m_descriptionEdit}};
    for (const auto& [key, widget] : widgets) {
        widget->setProperty("invalid", key == field);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        if (key == field)
            widget->setFocus(Qt::OtherFocusReason);
    }
}

bool ActivityDialog::save()
{
    if (m_readOnly)
        return false;
    Activity a = m_activity;
    a.date = m_dateEdit->date();
    a.place = m_placeEdit->text();
    a.title = m_titleEdit->text();
    a.memo = m_memoEdit->text();
    a.description = m_descriptionEdit->toPlainText();
    ActivityService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    Status saved;
    if (a.id > 0) {
        saved = service.update(a);
    } else if (auto id = service.create(a); !id) {
        saved = id.error();
    }
    if (!saved) {
        m_errorLabel->setText(saved.error().message());
        mark(saved.error().field());
        if (saved.error().code() == ErrorCode::Conflict)
            MessageBox::warning(this, windowTitle(), saved.error().message());
        return false;
    }
    accept();
    return true;
}

} // namespace ketong
