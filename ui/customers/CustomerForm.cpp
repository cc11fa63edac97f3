#include "CustomerForm.h"

#include "basedata/Dictionary.h"
#include "common/Stars.h"
#include "common/Validation.h"
#include "customers/CustomerService.h"
#include "setup/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyle>

namespace ketong {

namespace {
struct Field
{
    const char* key;
    const char* objectName;
    bool combo;
    bool wide; ///< spans both columns
    int maxLength;
};

/// The form's fields in display order.
const Field kFields[] = {
    {"code", "codeLineEdit", false, false, 20},
    {"name", "customerNameLineEdit", false, true, 100},
    {"region", "regionComboBox", true, false, 0},
    {"manager", "managerComboBox", true, false, 0},
    {"level", "levelComboBox", true, false, 0},
    {"satisfaction", "satisfactionComboBox", true, false, 0},
    {"credit", "creditComboBox", true, false, 0},
    {"customer_type", "customerTypeComboBox", true, false, 0},
    {"source", "sourceComboBox", true, false, 0},
    {"zip", "zipLineEdit", false, false, 10},
    {"address", "addressLineEdit", false, true, 300},
    {"tel", "telLineEdit", false, false, 50},
    {"fax", "faxLineEdit", false, false, 50},
    {"email", "emailLineEdit", false, false, 100},
    {"website", "websiteLineEdit", false, false, 100},
    {"licence_no", "licenceLineEdit", false, false, 50},
    {"legal_rep", "legalRepLineEdit", false, false, 50},
    {"registered_capital", "capitalLineEdit", false, false, 12},
    {"turnover", "turnoverLineEdit", false, false, 12},
    {"bank", "bankLineEdit", false, true, 200},
    {"bank_account", "bankAccountLineEdit", false, false, 50},
    {"local_tax_no", "localTaxLineEdit", false, false, 50},
    {"national_tax_no", "nationalTaxLineEdit", false, false, 50},
};

const QStringList kRequired{QStringLiteral("name"),  QStringLiteral("region"),       QStringLiteral("manager"),
                            QStringLiteral("level"), QStringLiteral("satisfaction"), QStringLiteral("credit")};
} // namespace

CustomerForm::CustomerForm(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_statusLabel(new QLabel(this))
    , m_statusValue(new QLabel(this))
{
    setObjectName(QStringLiteral("customerForm"));
    m_statusValue->setObjectName(QStringLiteral("statusValueLabel"));
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; } "
                                 "QLineEdit[readOnly=\"true\"] { background: palette(window); }"));
    build();
    retranslateUi();
}

void CustomerForm::build()
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    int column = 0;
    const auto place = [&](QLabel* label, QWidget* field, bool wide) {
        if (wide && column != 0) {
            ++row;
            column = 0;
        }
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1, 1, wide ? 3 : 1);
        column = wide ? 4 : column + 2;
        if (column >= 4) {
            column = 0;
            ++row;
        }
    };
    static const QRegularExpression digits(QStringLiteral("[0-9０-９]{0,12}"));
    for (const Field& f : kFields) {
        const QString key = QString::fromLatin1(f.key);
        QWidget* widget = nullptr;
        if (f.combo) {
            auto* combo = new QComboBox(this);
            widget = combo;
        } else {
            auto* edit = new QLineEdit(this);
            edit->setMaxLength(f.maxLength);
            if (key == QLatin1String("registered_capital") || key == QLatin1String("turnover"))
                edit->setValidator(new QRegularExpressionValidator(digits, edit));
            widget = edit;
        }
        widget->setObjectName(QString::fromLatin1(f.objectName));
        if (key == QLatin1String("code")) { // the system numbers customers; only the import keeps legacy codes
            static_cast<QLineEdit*>(widget)->setReadOnly(true);
            widget->setFocusPolicy(Qt::ClickFocus); // Tab goes past it; a click still selects it for copying
        }
        auto* label = new QLabel(this);
        label->setBuddy(widget);
        m_fields.insert(key, widget);
        m_labels.insert(key, label);
        place(label, widget, f.wide);
        if (key == QLatin1String("code"))
            place(m_statusLabel, m_statusValue, false);
    }
}

void CustomerForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerForm::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QString text = CustomerRules::fieldLabel(it.key()).toHtmlEscaped();
        it.value()->setText(kRequired.contains(it.key())
                                ? QStringLiteral("%1 <span style=\"color:#c0392b\">★</span>").arg(text)
                                : text);
    }
    m_statusLabel->setText(tr("Status"));
    m_statusValue->setText(CustomerService::statusLabel(m_status));
    lineEdit(QStringLiteral("code"))->setPlaceholderText(tr("generated when saved"));
    lineEdit(QStringLiteral("website"))->setPlaceholderText(tr("www.example.cn"));
    // The empty choice of optional lists reads the same in every language.
}

QLineEdit* CustomerForm::lineEdit(const QString& key) const
{
    return qobject_cast<QLineEdit*>(m_fields.value(key));
}

QComboBox* CustomerForm::comboBox(const QString& key) const
{
    return qobject_cast<QComboBox*>(m_fields.value(key));
}

void CustomerForm::fillDictionary(const QString& key, const QString& type, bool withEmpty)
{
    QComboBox* combo = comboBox(key);
    combo->clear();
    if (withEmpty)
        combo->addItem(QString(), QString());
    // Ratings read as filled stars (★★★☆☆) whatever the items' text; their values are the stored 1–5.
    const bool rating = type == DictType::Satisfaction || type == DictType::Credit;
    for (const DictItem& item : Dictionary::items(*m_workspace.db, type).valueOr({}))
        combo->addItem(rating ? Stars::text(item.value.toInt()) : item.item, item.value);
}

void CustomerForm::loadChoices(const QList<CustomerRules::Account>& managers, bool managerEditable)
{
    fillDictionary(QStringLiteral("region"), DictType::Region, true);
    fillDictionary(QStringLiteral("level"), DictType::CustomerLevel, false);
    fillDictionary(QStringLiteral("satisfaction"), DictType::Satisfaction, false);
    fillDictionary(QStringLiteral("credit"), DictType::Credit, false);
    fillDictionary(QStringLiteral("customer_type"), DictType::CustomerType, true);
    fillDictionary(QStringLiteral("source"), DictType::CustomerSource, true);
    QComboBox* manager = comboBox(QStringLiteral("manager"));
    manager->clear();
    manager->addItem(QString(), qint64(0));
    for (const CustomerRules::Account& a : managers)
        manager->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.login), a.id);
    manager->setEnabled(managerEditable);
}

namespace {
void selectData(QComboBox* combo, const QVariant& value, const QString& fallbackText)
{
    int index = combo->findData(value);
    if (index < 0 && !value.toString().isEmpty() && value.toString() != QLatin1String("0")) {
        // A value no longer offered (a disabled manager, a removed item) stays visible as it is.
        combo->addItem(fallbackText.isEmpty() ? value.toString() : fallbackText, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(index, 0));
}
} // namespace

void CustomerForm::setCustomer(const Customer& c)
{
    m_status = c.status;
    m_statusValue->setText(CustomerService::statusLabel(c.status));
    const QList<std::pair<const char*, QString>> texts{
        {"code", c.code},
        {"name", c.name},
        {"zip", c.zip},
        {"address", c.address},
        {"tel", c.tel},
        {"fax", c.fax},
        {"email", c.email},
        {"website", c.website},
        {"licence_no", c.licenceNo},
        {"legal_rep", c.legalRep},
        {"bank", c.bank},
        {"bank_account", c.bankAccount},
        {"local_tax_no", c.localTaxNo},
        {"national_tax_no", c.nationalTaxNo},
        {"registered_capital", c.registeredCapital ? QString::number(*c.registeredCapital) : QString()},
        {"turnover", c.turnover ? QString::number(*c.turnover) : QString()}};
    for (const auto& [key, value] : texts)
        lineEdit(QString::fromLatin1(key))->setText(value);
    selectData(comboBox(QStringLiteral("region")), c.region, {});
    selectData(comboBox(QStringLiteral("manager")), c.managerId, c.managerName);
    selectData(comboBox(QStringLiteral("level")), QString::number(c.level), {});
    selectData(comboBox(QStringLiteral("satisfaction")), QString::number(c.satisfaction), {});
    selectData(comboBox(QStringLiteral("credit")), QString::number(c.credit), {});
    selectData(comboBox(QStringLiteral("customer_type")), c.customerType, {});
    selectData(comboBox(QStringLiteral("source")), c.source, {});
}

Customer CustomerForm::customer(const Customer& base) const
{
    Customer c = base;
    const auto text = [this](const char* key) { return lineEdit(QString::fromLatin1(key))->text(); };
    const auto choice = [this](const char* key) { return comboBox(QString::fromLatin1(key))->currentData(); };
    const auto number = [&](const char* key) {
        bool ok = false;
        const qint64 v = Validation::normalizeWidth(text(key)).toLongLong(&ok);
        return ok ? std::optional<qint64>(v) : std::nullopt;
    };
    c.name = text("name");
    c.region = choice("region").toString();
    c.managerId = choice("manager").toLongLong();
    c.level = choice("level").toString().toInt();
    c.satisfaction = choice("satisfaction").toString().toInt();
    c.credit = choice("credit").toString().toInt();
    c.customerType = choice("customer_type").toString();
    c.source = choice("source").toString();
    c.zip = text("zip");
    c.address = text("address");
    c.tel = text("tel");
    c.fax = text("fax");
    c.email = text("email");
    c.website = text("website");
    c.licenceNo = text("licence_no");
    c.legalRep = text("legal_rep");
    c.registeredCapital = number("registered_capital");
    c.turnover = number("turnover");
    c.bank = text("bank");
    c.bankAccount = text("bank_account");
    c.localTaxNo = text("local_tax_no");
    c.nationalTaxNo = text("national_tax_no");
    return c;
}

void CustomerForm::setReadOnly(bool readOnly)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            edit->setReadOnly(readOnly || it.key() == QLatin1String("code"));
        else if (it.key() != QLatin1String("manager") || readOnly)
            it.value()->setEnabled(!readOnly);
    }
}

void CustomerForm::markInvalid(const QString& key)
{
    for (QWidget* w : std::as_const(m_fields)) {
        if (w->property("invalid").toBool()) {
            w->setProperty("invalid", false);
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    QWidget* w = m_fields.value(key);
    if (!w)
        return;
    w->setProperty("invalid", true);
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->setFocus(Qt::OtherFocusReason);
}

} // namespace ketong
