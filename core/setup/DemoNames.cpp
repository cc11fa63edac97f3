#include "DemoNames.h"

namespace ketong::demo {

namespace {
QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct RegionInfo
{
    QString region;
    QStringList cities;
    QString areaCode;
};

const QList<RegionInfo>& regions()
{
    static const QList<RegionInfo> all{
        {QStringLiteral("北京"), split("北京"), QStringLiteral("010")},
        {QStringLiteral("华北"), split("天津 石家庄 太原 保定 唐山"), QStringLiteral("022")},
        {QStringLiteral("中南"), split("武汉 长沙 郑州 广州 深圳"), QStringLiteral("027")},
        {QStringLiteral("东北"), split("沈阳 大连 长春 哈尔滨"), QStringLiteral("024")},
        {QStringLiteral("西部"), split("成都 重庆 西安 兰州 昆明"), QStringLiteral("028")},
    };
    return all;
}

const RegionInfo& regionInfo(const QString& region)
{
    for (const auto& info : regions()) {
        if (info.region == region)
            return info;
    }
    return regions().first();
}
} // namespace

QString personName(Random& random)
{
    static const QStringList surnames =
        split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹");
    static const QStringList given = split("伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 "
                                           "建华 文 华 红 志强 晓东 海燕 宁 建国 玉兰 鹏 "
                                           "思远 子涵 雨欣 浩然 欣怡 俊杰");
    return random.pick(surnames) + random.pick(given);
}

QString companyName(Random& random, const QString& region)
{
    static const QStringList brands = split("聪海 华夏 恒信 东方 新元 金桥 宏达 天成 瑞丰 鼎盛 博远 万通 中科 长城 "
                                            "蓝天 汇丰 兴业 九州 百川 佳和 联创 正泰 永安 "
                                            "嘉禾 德润 腾飞 华盛 创维 国泰 和信 明达 同方");
    static const QStringList trades = split("信息科技 电子 建材 机械设备 商贸 物流 医药 食品 纺织 化工 电器 软件 通信 "
                                            "环保科技 汽车配件 文化传媒 教育科技 工程");
    static const QStringList suffixes = split("有限公司 有限公司 有限公司 股份有限公司 有限责任公司 集团有限公司");
    const QString& city = random.pick(regionInfo(region).cities);
    return city + random.pick(brands) + random.pick(trades) + random.pick(suffixes);
}

QString address(Random& random, const QString& region)
{
    static const QStringList roads =
        split("人民路 建设路 中山路 解放路 长江路 和平路 新华路 文化路 朝阳路 科技路 学院路 工业大道");
    const QString& city = random.pick(regionInfo(region).cities);
    return QStringLiteral("%1市%2%3号").arg(city, random.pick(roads)).arg(random.between(1, 399));
}

QString phone(Random& random, const QString& region)
{
    return QStringLiteral("%1-%2").arg(regionInfo(region).areaCode).arg(random.between(60000000, 89999999));
}

QString mobile(Random& random)
{
    static const QStringList prefixes = split("135 136 137 138 139 150 151 158 186 188 189");
    return random.pick(prefixes) + QStringLiteral("%1").arg(random.between(10000000, 99999999));
}

QString position(Random& random)
{
    static const QStringList positions =
        split("总经理 副总经理 采购经理 财务总监 技术总监 办公室主任 采购专员 销售总监 项目经理");
    return random.pick(positions);
}

} // namespace ketong::demo
