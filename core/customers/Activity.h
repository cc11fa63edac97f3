#pragma once

#include <QDate>
#include <QString>

namespace ketong {

/// An interaction record 交往记录 (SPEC §3.8; table activities).
struct Activity
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;          ///< 时间, required
    QString place;       ///< 地点, required, ≤ 200
    QString title;       ///< 概要, required, ≤ 500
    QString description; ///< 详细信息, ≤ 2000
    QString memo;        ///< 备注, ≤ 300
    QString createdByName;
    int version = 1;
};

} // namespace ketong
