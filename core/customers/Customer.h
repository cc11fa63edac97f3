#pragma once

#include "ketong_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ketong {

/// Customer status (SPEC §4.2).
enum class CustomerStatus { Normal = 1, Lost = 2, Deleted = 3 };

/// A customer file (SPEC §3.6; table customers). Optional text is empty, never null.
struct KETONG_CORE_EXPORT Customer
{
    qint64 id = 0;
    QString code; ///< KH + yyMMdd + sequence, or a legacy code kept from an import
    QString name;
    QString region; ///< dictionary 地区 value
    qint64 managerId = 0;
    QString managerName;  ///< read only (from users)
    int level = 1;        ///< dictionary 企业客户等级 value 1–5
    int satisfaction = 3; ///< 1–5
    int credit = 3;       ///< 1–5
    QString address;
    QString zip;
    QString tel;
    QString fax;
    QString email;
    QString website;
    QString licenceNo;
    QString legalRep;
    std::optional<qint64> registeredCapital; ///< 万元
    std::optional<qint64> turnover;          ///< 万元
    QString bank;
    QString bankAccount;
    QString localTaxNo;
    QString nationalTaxNo;
    QString customerType; ///< dictionary 客户类型 value, optional
    QString source;       ///< dictionary 客户来源 value, optional
    CustomerStatus status = CustomerStatus::Normal;
    QDateTime createdAt;
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;

    /// The stored fields as JSON (for the audit log's before/after).
    QJsonObject toJson() const;
    /// The same as compact JSON text, written directly (an import writes it for every new customer).
    /// `valuesOnly`: without the empty texts and nulls, as a created customer's audit entry holds it (an empty
    /// field of a new record tells nothing, and the entry's summary would list a dozen of them).
    QString toJsonText(bool valuesOnly = false) const;

    /// The key possible duplicates are found by (stored in customers.name_key): the name without spaces,
    /// with full-width characters made half-width, lower case, and without the company-form suffix
    /// 股份有限公司 / 有限责任公司 / 有限公司 / 公司. "北京聪海信息科技有限公司" and "北京 聪海信息科技" share it.
    static QString nameKey(const QString& name);
};

} // namespace ketong
