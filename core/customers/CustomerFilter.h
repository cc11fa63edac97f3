#pragma once

#include <QString>

namespace ketong {

/// The quick views of the customer list (tabs above it).
enum class CustomerView {
    All,              ///< 全部
    Mine,             ///< 我的客户: managed by the session's account
    CreatedToday,     ///< 今日创建
    CreatedThisWeek,  ///< 本周新建 (since Monday)
    CreatedThisMonth, ///< 本月新建
    RecentlyUpdated,  ///< 最近更新: changed within 30 days, newest first
};

/// Which customers the list (and an export of it) shows. Empty / zero fields do not filter.
struct CustomerFilter
{
    QString code;         ///< code starts with (case-insensitive)
    QString name;         ///< name contains (case-insensitive)
    QString region;       ///< dictionary 地区 value
    qint64 managerId = 0; ///< managed by
    int level = 0;        ///< 企业客户等级 value 1–5
    int status = 1;       ///< 1 正常, 2 流失, 0 both (deleted customers are never listed)
    CustomerView view = CustomerView::All;
};

} // namespace ketong
