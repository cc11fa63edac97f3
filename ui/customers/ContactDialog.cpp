#include "ContactDialog.h"

#include "common/MessageBox.h"
#include "customers/ContactService.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ketong {

namespace {
QString star(const QString& label)
{
    return QStringLiteral("%1 <span style=\"color:#c0392b\">★</span>").arg(label.toHtmlEscaped());
}
} // namespace

ContactDialog::ContactDialog(const Workspace& workspace, qint64 customerId, qint64 contactId, bool readOnly,
                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_readOnly(readOnly)
    , m_form(new QFormLayout)
    , m_nameEdit(new QLineEdit(this))
    , m_maleRadio(new QRadioButton(this))
    , m_femaleRadio(new QRadioButton(this))
    , m_positionEdit(new QLineEdit(this))
    , m_telEdit(new QLineEdit(this))
    , m_mobileEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_birthdayCheck(new QCheckBox(this))
    , m_birthdayEdit(new QDateEdit(this))
    , m_memoEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    m_nameEdit->setObjectName(QStringLiteral("contactNameLineEdit"));
    m_maleRadio->setObjectName(QStringLiteral("maleRadioButton"));
    m_femaleRadio->setObjectName(QStringLiteral("femaleRadioButton"));
    m_positionEdit->setObjectName(QStringLiteral("positionLineEdit"));
    m_telEdit->setObjectName(QStringLiteral("telLineEdit"));
    m_mobileEdit->setObjectName(QStringLiteral("mobileLineEdit"));
    m_emailEdit->setObjectName(QStringLiteral("emailLineEdit"));
    m_birthdayCheck->setObjectName(QStringLiteral("birthdayCheckBox"));
    m_birthdayEdit->setObjectName(QStringLiteral("birthdayDateEdit"));
    m_memoEdit->setObjectName(QStringLiteral("memoLineEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_nameEdit->setMaxLength(50);
    m_positionEdit->setMaxLength(50);
    m_telEdit->setMaxLength(50);
    m_mobileEdit->setMaxLength(20);
    m_emailEdit->setMaxLength(100);
    m_memoEdit->setMaxLength(300);
    m_birthdayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthdayEdit->setCalendarPopup(true);
    m_birthdayEdit->setDate(QDate(1980, 1, 1));
    m_birthdayEdit->setEnabled(false);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; }"));
    auto* sexGroup = new QButtonGroup(this);
    sexGroup->addButton(m_maleRadio);
    sexGroup->addButton(m_femaleRadio);
    m_maleRadio->setChecked(true);

    auto* sex = new QHBoxLayout;
    sex->addWidget(m_maleRadio);
    sex->addWidget(m_femaleRadio);
    sex->addStretch();
    auto* birthday = new QHBoxLayout;
    birthday->addWidget(m_birthdayCheck);
    birthday->addWidget(m_birthdayEdit, 1);
    m_form->addRow(new QLabel(this), m_nameEdit);
    m_form->addRow(new QLabel(this), sex);
    m_form->addRow(new QLabel(this), m_positionEdit);
    m_form->addRow(new QLabel(this), m_telEdit);
    m_form->addRow(new QLabel(this), m_mobileEdit);
    m_form->addRow(new QLabel(this), m_emailEdit);
    m_form->addRow(new QLabel(this), birthday);
    m_form->addRow(new QLabel(this), m_memoEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    setMinimumWidth(440);
    m_saveButton->setDefault(true);

    connect(m_birthdayCheck, &QCheckBox::toggled, m_birthdayEdit, &QWidget::setEnabled);
    connect(m_saveButton, &QPushButton::clicked, this, &ContactDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    m_contact.customerId = customerId;
    if (contactId > 0) {
        auto loaded = ContactService(*workspace.db, *workspace.clock, workspace.session).load(contactId);
        if (loaded)
            m_contact = *loaded;
        else
            m_errorLabel->setText(loaded.error().message());
    }
    display(m_contact);
    if (m_readOnly) {
        for (QLineEdit* e : {m_nameEdit, m_positionEdit, m_telEdit, m_mobileEdit, m_emailEdit, m_memoEdit})
            e->setReadOnly(true);
        for (QWidget* w : std::initializer_list<QWidget*>{m_maleRadio, m_femaleRadio, m_birthdayCheck, m_birthdayEdit})
            w->setEnabled(false);
        m_saveButton->hide();
    }
    retranslateUi();
}

void ContactDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ContactDialog::retranslateUi()
{
    setWindowTitle(m_contact.id > 0 ? tr("Contact %1").arg(m_contact.name) : tr("New contact"));
    const QStringList labels{star(tr("Name")), tr("Sex"),    star(tr("Position")), star(tr("Office phone")),
                             tr("Mobile"),     tr("E-mail"), tr("Birthday"),       tr("Memo")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(row));
    }
    m_maleRadio->setText(tr("Male"));
    m_femaleRadio->setText(tr("Female"));
    m_birthdayCheck->setText(tr("known"));
    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(m_readOnly ? tr("Close") : tr("Back"));
}

void ContactDialog::display(const Contact& c)
{
    m_nameEdit->setText(c.name);
    (c.sex == QStringLiteral("女") ? m_femaleRadio : m_maleRadio)->setChecked(true);
    m_positionEdit->setText(c.position);
    m_telEdit->setText(c.tel);
    m_mobileEdit->setText(c.mobile);
    m_emailEdit->setText(c.email);
    m_birthdayCheck->setChecked(c.birthday.isValid());
    if (c.birthday.isValid())
        m_birthdayEdit->setDate(c.birthday);
    m_memoEdit->setText(c.memo);
}

Contact ContactDialog::typed() const
{
    Contact c = m_contact;
    c.name = m_nameEdit->text();
    c.sex = m_femaleRadio->isChecked() ? QStringLiteral("女") : QStringLiteral("男");
    c.position = m_positionEdit->text();
    c.tel = m_telEdit->text();
    c.mobile = m_mobileEdit->text();
    c.email = m_emailEdit->text();
    c.birthday = m_birthdayCheck->isChecked() ? m_birthdayEdit->date() : QDate();
    c.memo = m_memoEdit->text();
    return c;
}

void ContactDialog::mark(const QString& field)
{
    const QList<std::pair<QString, QWidget*>> widgets{
        {QStringLiteral("name"), m_nameEdit},         {QStringLiteral("sex"), m_maleRadio},
        {QStringLiteral("position"), m_positionEdit}, {QStringLiteral("tel"), m_telEdit},
        {QStringLiteral("mobile"), m_mobileEdit},     {QStringLiteral("email"), m_emailEdit},
        {QStringLiteral("birthday"), m_birthdayEdit}, {QStringLiteral("memo"), m_memoEdit}};
    for (const auto& [key, widget] : widgets) {
        widget->setProperty("invalid", key == field);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        if (key == field)
            widget->setFocus(Qt::OtherFocusReason);
    }
}

bool ContactDialog::save()
{
    if (m_readOnly)
        return false;
    ContactService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const Contact c = typed();
    Status saved;
    if (c.id > 0) {
        saved = service.update(c);
    } else if (auto id = service.create(c); !id) {
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
