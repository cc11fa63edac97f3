#include "ReferenceData.h"

namespace ketong {

QList<DictSeed> defaultDictionary()
{
    QList<DictSeed> rows;
    const auto add = [&](const QString& type, const QStringList& items, bool editable, bool numbered) {
        for (int i = 0; i < items.size(); ++i)
            rows.append({type, items.at(i), numbered ? QString::number(i + 1) : items.at(i), editable});
    };
    add(DictType::CustomerLevel,
        {QStringLiteral("普通客户"), QStringLiteral("重点开发客户"), QStringLiteral("大客户"),
         QStringLiteral("合作伙伴"), QStringLiteral("战略合作伙伴")},
        false, true);
    add(DictType::ServiceType, {QStringLiteral("咨询"), QStringLiteral("建议"), QStringLiteral("投诉")}, true, false);
    add(DictType::Region,
        {QStringLiteral("北京"), QStringLiteral("华北"), QStringLiteral("中南"), QStringLiteral("东北"),
         QStringLiteral("西部")},
        true, false);
    QStringList stars;
    for (int i = 1; i <= 5; ++i)
        stars << QString(i, QChar(0x2606));
    add(DictType::Satisfaction, stars, false, true);
    add(DictType::Credit, stars, false, true);
    add(DictType::ProductType, {QStringLiteral("电器"), QStringLiteral("电脑"), QStringLiteral("办公用品")}, true,
        false);
    add(DictType::ChanceSource,
        {QStringLiteral("电话咨询"), QStringLiteral("网站"), QStringLiteral("展会"), QStringLiteral("老客户介绍"),
         QStringLiteral("广告")},
        true, false);
    add(DictType::CustomerType, {QStringLiteral("企业"), QStringLiteral("事业单位"), QStringLiteral("政府机关")}, true,
        false);
    add(DictType::CustomerSource,
        {QStringLiteral("销售机会"), QStringLiteral("主动来访"), QStringLiteral("老客户介绍"), QStringLiteral("导入")},
        true, false);
    return rows;
}

} // namespace ketong
