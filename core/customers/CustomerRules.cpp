#include "CustomerRules.h"

#include "basedata/Dictionary.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "setup/ReferenceData.h"

#include <QRegularExpression>

namespace ketong {

Result<CustomerRules> CustomerRules::load(const Database& db)
{
    CustomerRules rules;
    for (const QString& type : {DictType::Region, DictType::CustomerLevel, DictType::Satisfaction, DictType::Credit,
                                DictType::CustomerType, DictType::CustomerSource}) {
        auto items = Dictionary::items(db, type);
        if (!items)
            return items.error();
        rules.m_dict.insert(type, *items);
    }
    SqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT u.id, u.login, u.name, u.status, r.kind FROM users u JOIN roles r ON r.id = "
                             "u.role_id ORDER BY u.name, u.id"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next())
        rules.m_accounts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toInt() == 1, q.value(4).toString() == QLatin1String("manager")});
    return rules;
}

void CustomerRules::normalize(Customer& c)
{
    for (QString* text : {&c.code, &c.zip, &c.tel, &c.fax, &c.email, &c.website, &c.licenceNo, &c.bankAccount,
                          &c.localTaxNo, &c.nationalTaxNo})
        *text = Validation::normalizeWidth(*text).trimmed();
    for (QString* text : {&c.name, &c.region, &c.address, &c.legalRep, &c.bank, &c.customerType, &c.source})
        *text = text->trimmed();
    c.code = c.code.toUpper();
}

QString CustomerRules::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("code"), QT_TR_NOOP("Customer code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("manager"), QT_TR_NOOP("Account manager")},
        {QStringLiteral("level"), QT_TR_NOOP("Customer level")},
        {QStringLiteral("satisfaction"), QT_TR_NOOP("Satisfaction")},
        {QStringLiteral("credit"), QT_TR_NOOP("Credit")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("zip"), QT_TR_NOOP("Zip code")},
        {QStringLiteral("tel"), QT_TR_NOOP("Phone")},
        {QStringLiteral("fax"), QT_TR_NOOP("Fax")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("licence_no"), QT_TR_NOOP("Business licence No.")},
        {QStringLiteral("legal_rep"), QT_TR_NOOP("Legal representative")},
        {QStringLiteral("registered_capital"), QT_TR_NOOP("Registered capital (10,000 yuan)")},
        {QStringLiteral("turnover"), QT_TR_NOOP("Annual turnover (10,000 yuan)")},
        {QStringLiteral("bank"), QT_TR_NOOP("Bank")},
        {QStringLiteral("bank_account"), QT_TR_NOOP("Bank account")},
        {QStringLiteral("local_tax_no"), QT_TR_NOOP("Local tax No.")},
        {QStringLiteral("national_tax_no"), QT_TR_NOOP("National tax No.")},
        {QStringLiteral("customer_type"), QT_TR_NOOP("Customer type")},
        {QStringLiteral("source"), QT_TR_NOOP("Customer source")},
    };
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

std::optional<QString> CustomerRules::lookup(const QList<DictItem>& items, const QString& text)
{
    const QString t = text.trimmed();
    for (const DictItem& item : items) {
        if (item.value == t)
            return item.value;
    }
    for (const DictItem& item : items) {
        if (item.item == t)
            return item.value;
    }
    return std::nullopt;
}

std::optional<QString> CustomerRules::regionValue(const QString& text) const
{
    return lookup(m_dict.value(DictType::Region), text);
}

std::optional<int> CustomerRules::levelValue(const QString& text) const
{
    const auto value = lookup(m_dict.value(DictType::CustomerLevel), Validation::normalizeWidth(text));
    bool ok = false;
    const int level = value ? value->toInt(&ok) : 0;
    return ok && level >= 1 && level <= 5 ? std::optional<int>(level) : std::nullopt;
}

std::optional<int> CustomerRules::starValue(const QString& type, const QString& text) const
{
    const QString t = Validation::normalizeWidth(text).trimmed();
    bool ok = false;
    int value = t.toInt(&ok);
    if (!ok) {
        const auto item = lookup(m_dict.value(type), t);
        value = item ? item->toInt(&ok) : 0;
    }
    return ok && value >= 1 && value <= 5 ? std::optional<int>(value) : std::nullopt;
}

QString CustomerRules::regionLabel(const QString& value) const
{
    for (const DictItem& item : m_dict.value(DictType::Region)) {
        if (item.value == value)
            return item.item;
    }
    return value;
}

const CustomerRules::Account* CustomerRules::accountById(qint64 id) const
{
    for (const Account& a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

const CustomerRules::Account* CustomerRules::accountByLogin(const QString& login) const
{
    for (const Account& a : m_accounts) {
        if (a.login.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QList<CustomerRules::Account> CustomerRules::activeManagers() const
{
    QList<Account> list;
    for (const Account& a : m_accounts) {
        if (a.active && a.isManager)
            list.append(a);
    }
    return list;
}

QList<Error> CustomerRules::check(const Customer& c) const
{
    QList<Error> errors;
    // An import checks every row here: a field's key and translated label are made only for a field in error.
    const auto add = [&errors](const char* field, const auto& validate) {
        if (validate(QString(), QString()))
            errors.append(*validate(QString::fromLatin1(field), fieldLabel(QString::fromLatin1(field))));
    };
    const auto label = [](const char* key) { return fieldLabel(QString::fromLatin1(key)); };
    const auto key = [](const char* k) { return QString::fromLatin1(k); };
    const auto inDictionary = [this](const QString& type, const QString& value) {
        const QList<DictItem> items = m_dict.value(type);
        return std::any_of(items.cbegin(), items.cend(), [&value](const DictItem& i) { return i.value == value; });
    };

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    if (!c.code.isEmpty() && !codePattern.match(c.code).hasMatch())
        errors.append(Error(ErrorCode::Invalid,
                            tr("%1 may hold only letters, digits and \"-\", at most 20").arg(label("code")),
                            key("code")));
    add("name", [&c](const QString& k, const QString& l) { return Validation::text(c.name, 100, k, l, true); });
    if (Validation::required(c.region, {}, {}))
        add("region", [&c](const QString& k, const QString& l) { return Validation::required(c.region, k, l); });
    else if (!inDictionary(DictType::Region, c.region))
        errors.append(Error(ErrorCode::Invalid,
                            tr("\"%1\" is not a region of the dictionary (%2)").arg(c.region, DictType::Region),
                            key("region")));
    if (c.managerId <= 0) {
        errors.append(Error(ErrorCode::Required, tr("%1 is required").arg(label("manager")), key("manager")));
    } else if (const Account* a = accountById(c.managerId); !a) {
        errors.append(Error(ErrorCode::Invalid, tr("The account manager does not exist"), key("manager")));
    } else if (!a->isManager) {
        errors.append(
            Error(ErrorCode::Invalid, tr("%1 (%2) is not an account manager").arg(a->name, a->login), key("manager")));
    } else if (!a->active) {
        errors.append(
            Error(ErrorCode::Invalid, tr("The account of %1 (%2) is disabled").arg(a->name, a->login), key("manager")));
    }
    if (!inDictionary(DictType::CustomerLevel, QString::number(c.level)))
        errors.append(Error(ErrorCode::Invalid,
                            tr("%1 must be an item of the dictionary %2").arg(label("level"), DictType::CustomerLevel),
                            key("level")));
    add("satisfaction",
        [&c](const QString& k, const QString& l) { return Validation::intRange(c.satisfaction, 1, 5, k, l); });
    add("credit", [&c](const QString& k, const QString& l) { return Validation::intRange(c.credit, 1, 5, k, l); });
    add("address", [&c](const QString& k, const QString& l) { return Validation::maxLength(c.address, 300, k, l); });
    add("zip", [&c](const QString& k, const QString& l) { return Validation::zip(c.zip, k, l); });
    add("tel", [&c](const QString& k, const QString& l) { return Validation::phone(c.tel, k, l); });
    add("fax", [&c](const QString& k, const QString& l) { return Validation::phone(c.fax, k, l); });
    add("email", [&c](const QString& k, const QString& l) { return Validation::email(c.email, k, l); });
    add("website", [&c](const QString& k, const QString& l) { return Validation::maxLength(c.website, 100, k, l); });
    add("licence_no",
        [&c](const QString& k, const QString& l) { return Validation::maxLength(c.licenceNo, 50, k, l); });
    add("legal_rep", [&c](const QString& k, const QString& l) { return Validation::maxLength(c.legalRep, 50, k, l); });
    if (c.registeredCapital && *c.registeredCapital < 0)
        errors.append(Error(ErrorCode::Invalid, tr("%1 must not be negative").arg(label("registered_capital")),
                            key("registered_capital")));
    if (c.turnover && *c.turnover < 0)
        errors.append(Error(ErrorCode::Invalid, tr("%1 must not be negative").arg(label("turnover")), key("turnover")));
    add("bank", [&c](const QString& k, const QString& l) { return Validation::maxLength(c.bank, 200, k, l); });
    add("bank_account",
        [&c](const QString& k, const QString& l) { return Validation::maxLength(c.bankAccount, 50, k, l); });
    add("local_tax_no",
        [&c](const QString& k, const QString& l) { return Validation::maxLength(c.localTaxNo, 50, k, l); });
    add("national_tax_no",
        [&c](const QString& k, const QString& l) { return Validation::maxLength(c.nationalTaxNo, 50, k, l); });
    if (!c.customerType.isEmpty() && !inDictionary(DictType::CustomerType, c.customerType))
        errors.append(
            Error(ErrorCode::Invalid,
                  tr("\"%1\" is not an item of the dictionary %2").arg(c.customerType, DictType::CustomerType),
                  key("customer_type")));
    if (!c.source.isEmpty() && !inDictionary(DictType::CustomerSource, c.source))
        errors.append(Error(ErrorCode::Invalid,
                            tr("\"%1\" is not an item of the dictionary %2").arg(c.source, DictType::CustomerSource),
                            key("source")));
    return errors;
}

} // namespace ketong
