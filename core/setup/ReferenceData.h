#pragma once

#include "ketong_core_export.h"

#include <QList>
#include <QString>

namespace ketong {

/// The dictionary type names of SPEC §3.3, as stored in dict_items.type.
namespace DictType {
inline const QString CustomerLevel = QStringLiteral("企业客户等级");
inline const QString ServiceType = QStringLiteral("服务类型");
inline const QString Region = QStringLiteral("地区");
inline const QString Satisfaction = QStringLiteral("客户满意度");
inline const QString Credit = QStringLiteral("客户信用度");
inline const QString ProductType = QStringLiteral("产品类型");
inline const QString ChanceSource = QStringLiteral("机会来源");
inline const QString CustomerType = QStringLiteral("客户类型");
inline const QString CustomerSource = QStringLiteral("客户来源");
} // namespace DictType

/// The keys of the settings table and their defaults.
namespace SettingKey {
inline const QString ChurnMonths = QStringLiteral("churn.months");
inline const QString CompanyName = QStringLiteral("company.name");
inline const QString DemoDatabase = QStringLiteral("demo");
} // namespace SettingKey

struct DictSeed
{
    QString type;
    QString item;
    QString value;
    bool editable;
};

/// The dictionary rows `init` loads (SPEC §3.3).
KETONG_CORE_EXPORT QList<DictSeed> defaultDictionary();

} // namespace ketong
