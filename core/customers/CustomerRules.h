#pragma once

#include "Customer.h"
#include "basedata/DictItem.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace ketong {

class Database;

/// The field rules of a customer file (SPEC §9 item 11, EXCHANGE.md customers.csv), shared by the form
/// (CustomerService) and the import: required name, region, manager, level, satisfaction and credit;
/// lengths; zip 6 digits; e-mail; phone characters; dictionary-backed fields holding existing items; the
/// manager an active account manager. Loads the dictionary items and accounts it needs once, so an
/// import checks thousands of rows without a query per row.
class KETONG_CORE_EXPORT CustomerRules
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerRules)
public:
    /// An account that may appear as a customer's manager.
    struct Account
    {
        qint64 id = 0;
        QString login;
        QString name;
        bool active = false;
        bool isManager = false; ///< its role is of kind manager
    };

    /// Loads the dictionaries (地区, 企业客户等级, 客户类型, 客户来源) and the accounts.
    static Result<CustomerRules> load(const Database& db);

    /// Trims every text field and makes full-width digits, letters and spaces half-width in the fields
    /// of numbers and codes (zip, phones, e-mail, website, account and registration numbers).
    static void normalize(Customer& customer);
    /// Every problem of a (normalised) customer, each naming its field (the keys of customers.csv:
    /// name, region, manager, level, …). Empty when the customer may be stored.
    QList<Error> check(const Customer& customer) const;

    /// The 地区 value for an item's text or value, if the dictionary has it.
    std::optional<QString> regionValue(const QString& text) const;
    /// The 企业客户等级 value (1–5) for "1"…"5" or an item's text.
    std::optional<int> levelValue(const QString& text) const;
    /// 1–5 for "1"…"5" or the text of an item of `type` (客户满意度 / 客户信用度: ☆…☆☆☆☆☆).
    std::optional<int> starValue(const QString& type, const QString& text) const;
    /// The items of dictionary `type` (one of those load() reads), in their order.
    QList<DictItem> items(const QString& type) const { return m_dict.value(type); }
    /// The display text of a region value (the value itself when unknown).
    QString regionLabel(const QString& value) const;

    const Account* accountById(qint64 id) const;
    const Account* accountByLogin(const QString& login) const;
    /// Active account managers, by name.
    QList<Account> activeManagers() const;

    /// A customer field's name for people ("Region"), by its key.
    static QString fieldLabel(const QString& key);

private:
    static std::optional<QString> lookup(const QList<DictItem>& items, const QString& text);

    QHash<QString, QList<DictItem>> m_dict; ///< type → items
    QList<Account> m_accounts;
};

} // namespace ketong
